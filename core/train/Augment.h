#pragma once
#include "data/Image28.h"

#include <random>

namespace digitpad {

// Light, label-preserving distortions, like the variation between people's handwriting:
// shifts of up to 2 px, rotations of up to 12 degrees, scaling by 0.9-1.1 and a little shear.
Image28 augment(const Image28& image, std::mt19937& rng);

// Elastic distortion (Simard, Steinkraus and Platt, 2003): every pixel moves by a random field
// smoothed with a Gaussian of `sigma` px and scaled by `alpha`, the wobble of a real pen stroke.
Image28 elasticDistort(const Image28& image, std::mt19937& rng, double alpha = 34, double sigma = 4);

} // namespace digitpad
