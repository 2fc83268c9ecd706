#pragma once
#include "preprocess/Drawing.h"

#include <vector>

namespace digitpad {

// The drawing as the reader looks at it: first itself, then a few copies slanted either way,
// turned either way and narrowed. People slant and turn their digits far more than MNIST's
// writers did, and a curled or hasty stroke that one view misreads the others often read
// right; averaging what the model says about every view (test-time augmentation) reads
// people's digits better and is less sure when the views disagree.
std::vector<Drawing> drawingViews(const Drawing& drawing);

// The maps that make the views after the first, about the ink's middle: x' = xx x + xy y,
// y' = yx x + yy y (y down). An image is read in the same views (ImageViews.h).
struct ViewTransform {
    double xx, xy, yx, yy;
};
std::vector<ViewTransform> viewTransforms();

} // namespace digitpad
