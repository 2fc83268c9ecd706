#pragma once
#include "data/Image28.h"

#include <array>
#include <optional>
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

// Why one digit and not another: how each input pixel moves the difference of the two scores
// before the softmax, which is the log of the ratio of their probabilities (so the shared
// normalisation drops out). Signed: positive where more ink speaks for `digit` over `against`,
// negative where it speaks for `against`; scaled so the largest magnitude is 1.
struct Contrast {
    int against = -1;
    std::array<float, Image28::kPixels> separation{};
    // The evidence for each of the two: the ink that raises that digit's score (each pixel's
    // value times the score's gradient there, where positive), each scaled so its largest is 1.
    std::array<float, Image28::kPixels> evidenceFor{};
    std::array<float, Image28::kPixels> evidenceAgainst{};
};

// What a CNN looked at for one drawing: its convolution layers' outputs, and how much each
// input pixel moves the network's score for the digit (the gradient's magnitude of the score
// before the softmax, scaled so the largest is 1).
struct Inspection {
    int digit = -1;
    std::vector<FeatureMaps> layers;
    std::array<float, Image28::kPixels> saliency{};
    // When asked "why this digit and not that one".
    std::optional<Contrast> contrast;
};

} // namespace digitpad
