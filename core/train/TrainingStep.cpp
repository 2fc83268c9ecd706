#include "train/TrainingStep.h"

#include "cnn/NetworkPasses.h"
#include "util/Error.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <string>

namespace digitpad {

tiny_dnn::float_t StableCrossEntropy::f(const tiny_dnn::vec_t& y, const tiny_dnn::vec_t& t) {
    tiny_dnn::float_t loss = 0;
    for (std::size_t i = 0; i < y.size(); ++i) loss -= t[i] * std::log(std::max(y[i], kFloor));
    return loss;
}

tiny_dnn::vec_t StableCrossEntropy::df(const tiny_dnn::vec_t& y, const tiny_dnn::vec_t& t) {
    tiny_dnn::vec_t d(y.size());
    for (std::size_t i = 0; i < y.size(); ++i) d[i] = -t[i] / std::max(y[i], kFloor);
    return d;
}

const tiny_dnn::tensor_t& trainOnBatch(CnnNetwork& net, WorkerPool& workers, Adam& optimizer, tiny_dnn::tensor_t inputs,
                                       const std::vector<tiny_dnn::vec_t>& targets, StepProfile* profile) {
    using Clock = std::chrono::steady_clock;
    const auto since = [](Clock::time_point start) { return std::chrono::duration<double>(Clock::now() - start).count(); };
    if (inputs.empty() || inputs.size() != targets.size()) throw Error("a training batch needs one target per image");
    const std::size_t count = inputs.size();
    LayerTimes* layerTimes = profile ? &profile->layers : nullptr;
    const tiny_dnn::tensor_t& outputs = forwardPass(net, std::move(inputs), layerTimes);
    auto start = Clock::now();
    tiny_dnn::tensor_t lossGradient;
    lossGradient.reserve(count);
    for (std::size_t s = 0; s < count; ++s) lossGradient.push_back(StableCrossEntropy::df(outputs[s], targets[s]));
    if (profile) profile->lossSeconds += since(start);
    backwardPass(net, std::move(lossGradient), layerTimes);
    start = Clock::now();
    optimizer.step(net, workers, count);
    if (profile) {
        profile->optimizerSeconds += since(start);
        if (profile->layerNames.empty())
            for (tiny_dnn::layer* layer : net) profile->layerNames.push_back(layer->layer_type());
        ++profile->steps;
        profile->images += count;
    }
    return outputs;
}

std::vector<tiny_dnn::vec_t> oneHotTargets(const std::vector<tiny_dnn::label_t>& labels, std::size_t classes) {
    std::vector<tiny_dnn::vec_t> targets(labels.size(), tiny_dnn::vec_t(classes, 0.0f));
    for (std::size_t i = 0; i < labels.size(); ++i) {
        if (labels[i] >= classes) throw Error("label " + std::to_string(labels[i]) + " is not a class");
        targets[i][labels[i]] = 1.0f;
    }
    return targets;
}

} // namespace digitpad
