#pragma once
// A guess at how a traced digit was written. Tracing an image (train/TracedDigits) gives its
// skeleton's pieces in no particular order or direction; the pen-path model needs them as a
// person's pen would have gone. Most people start a digit at its top, toward the left, go round
// a loop they start on counterclockwise, and at a fork carry on the straightest way.
#include "preprocess/Drawing.h"

namespace digitpad {

// The same pieces, joined where they meet into strokes, in a plausible order and direction.
Drawing inWritingOrder(const Drawing& traced);

} // namespace digitpad
