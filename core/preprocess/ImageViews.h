#pragma once
#include "data/Image28.h"

#include <vector>

namespace digitpad {

// An image as the reader looks at it: first itself, then copies slanted, turned and narrowed by
// the maps a drawing's views use (DrawingViews.h), about the middle of its ink. A scanned or
// kept digit is read the way a drawing is, so the test set's figure is the pad's; averaged over
// the views, MNIST's test set reads 99.65 % against 99.52 % for the image alone (bundled model).
std::vector<Image28> imageViews(const Image28& image);

} // namespace digitpad
