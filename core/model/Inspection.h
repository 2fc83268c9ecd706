#pragma once
#include "data/Image28.h"

#include <array>
#include <string>
#include <vector>

namespace digitpad {

// The activations of one layer for one image: `maps` channels of width x height, row-major.
struct FeatureMaps {
    std::string layer; // e.g. "conv 1"
    int width = 0;
    int height = 0;
    std::vector<std::vector<float>> maps;
};

// What a CNN looked at for one drawing: its convolution layers' outputs, and how much each
// input pixel moves the network's score for the digit (the gradient's magnitude of the score
// before the softmax, scaled so the largest is 1).
struct Inspection {
    int digit = -1;
    std::vector<FeatureMaps> layers;
    std::array<float, Image28::kPixels> saliency{};
};

} // namespace digitpad
