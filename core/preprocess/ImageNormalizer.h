#pragma once
#include "preprocess/GrayImage.h"
#include "preprocess/InkBuffer.h"

#include <string>

namespace digitpad {

struct NormalizedImage {
    InkBuffer ink;
    std::string problem; // non-empty when the picture holds no ink
};

// The same MNIST recipe as for strokes, for a picture: crop to the ink, scale to fit 20x20
// keeping aspect ratio (bilinear), ready for centre-of-mass centring.
NormalizedImage normalizeImage(const GrayImage& image);

} // namespace digitpad
