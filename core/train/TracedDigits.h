#pragma once
// MNIST's digits as if drawn on the pad. MNIST holds the shapes of hundreds of writers, but
// written with a felt pen and scanned; the pad draws every stroke with one round pen. Each
// image is thinned to its skeleton, the skeleton followed into strokes, and the strokes read
// through the canvas's own preprocessing, so the model can learn those writers' shapes with
// the pad's pen.
#include "data/Dataset.h"
#include "data/Image28.h"
#include "preprocess/Drawing.h"

#include <cstddef>
#include <cstdint>

namespace digitpad {

// The one-pixel-wide skeleton of an image's ink (pixels of at least half ink), by Zhang and
// Suen's thinning (1984): 1 on the skeleton, 0 elsewhere.
Image28 skeletonOf(const Image28& image);

// The skeleton followed into strokes: a stroke runs from an end or a fork to the next end or
// fork, a closed loop is one stroke; points smoothed along each stroke and given in canvas
// pixels (14 to an image pixel), as the pad would have them. Empty for an image with no ink.
Drawing traceDigit(const Image28& image);

// `count` images of `source` (picked at random with `seed`; all when count is 0) traced and
// read like the pad's drawings, each stroke drawn with a random pen pressure.
Dataset tracedDataset(const Dataset& source, std::size_t count, std::uint32_t seed);

} // namespace digitpad
