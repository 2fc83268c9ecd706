#pragma once
// One step of minibatch training: forward, the loss gradient, backward, and the optimizer's
// update, on the network's own passes (cnn/NetworkPasses.h) rather than tiny-dnn's fit().
#include "cnn/NetworkPasses.h"
#include "cnn/TinyDnn.h"
#include "train/Adam.h"
#include "train/StepProfile.h"

#include <string>
#include <vector>

namespace digitpad {

// tiny-dnn's cross_entropy_multiclass differentiates to -t/p, which is infinite once softmax
// rounds a probability to 0 and then turns every weight into NaN. Clamping p keeps the
// gradient finite without changing it anywhere training normally goes.
struct StableCrossEntropy {
    static constexpr tiny_dnn::float_t kFloor = 1e-7f;

    static tiny_dnn::float_t f(const tiny_dnn::vec_t& y, const tiny_dnn::vec_t& t);
    static tiny_dnn::vec_t df(const tiny_dnn::vec_t& y, const tiny_dnn::vec_t& t);
};

// Trains `net` (in the training phase) on one batch with soft or one-hot `targets`, one per
// input, under StableCrossEntropy; returns the batch's outputs from before the update, valid
// until the network's next pass.
// The optimizer's update runs on `workers`, the network's own.
const tiny_dnn::tensor_t& trainOnBatch(CnnNetwork& net, WorkerPool& workers, Adam& optimizer, tiny_dnn::tensor_t inputs,
                                       const std::vector<tiny_dnn::vec_t>& targets, StepProfile* profile = nullptr);

// The targets of class labels: 1 for the label, 0 elsewhere.
std::vector<tiny_dnn::vec_t> oneHotTargets(const std::vector<tiny_dnn::label_t>& labels, std::size_t classes);

} // namespace digitpad
