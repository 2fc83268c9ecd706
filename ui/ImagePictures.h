#pragma once
#include "data/Image28.h"

#include <QImage>

#include <array>
#include <vector>

namespace digitpad {

// An Image28 as an 8-bit picture, white ink on black as MNIST stores it.
QImage toQImage(const Image28& image);
// The image in grey with `heat` (0..1 per pixel, same layout) laid over it in red to yellow.
QImage heatOverlay(const Image28& image, const std::array<float, Image28::kPixels>& heat);
// The image in grey with a signed map (-1..1) laid over it: positive in orange, negative in blue.
QImage signedOverlay(const Image28& image, const std::array<float, Image28::kPixels>& values);
// One feature map (row-major, width x height) as grey, its own minimum black and maximum white.
QImage featureMapImage(const std::vector<float>& values, int width, int height);

} // namespace digitpad
