#pragma once
// A network's passes run layer by layer, without what tiny-dnn's network::predict and fit add
// around them: layer::forward() zeroes every layer's output gradients before each pass and
// update_weight() zeroes the input gradients again after it (megabytes of memory written per
// training batch of the seed network), and fit() copies the batch four times on its way in.
// The layers write, rather than add to, the gradients they pass back, so nothing needs zeroing
// but the weight gradients, which the layers sum over the batch.
#include "cnn/LayerTimes.h"
#include "cnn/TinyDnn.h"

#include <cstddef>
#include <vector>

namespace digitpad {

// Runs every layer forward on `samples` (in the network's current phase) and returns the last
// layer's output, one row per sample; it stays valid until the next pass. `times`, when given,
// gets each layer's time added.
const tiny_dnn::tensor_t& forwardPass(CnnNetwork& net, tiny_dnn::tensor_t samples, LayerTimes* times = nullptr);

// After forwardPass: from the loss gradient with respect to the outputs, every layer's backward
// pass, last to first, from zeroed weight gradients.
void backwardPass(CnnNetwork& net, tiny_dnn::tensor_t outputGradient, LayerTimes* times = nullptr);

} // namespace digitpad
