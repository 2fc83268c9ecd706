#pragma once
#include "data/Image28.h"

#include <random>

namespace digitpad {

// Light, label-preserving distortions, like the variation between people's handwriting:
// shifts of up to 2 px, rotations of up to 12 degrees, scaling by 0.9-1.1 and a little shear.
Image28 augment(const Image28& image, std::mt19937& rng);

} // namespace digitpad
