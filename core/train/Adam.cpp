#include "train/Adam.h"

#include "util/SplitWork.h"

#include <algorithm>
#include <cmath>

namespace digitpad {
namespace {

// Weights per part: small enough to share the default network's 300,000 weights among 16
// cores, large enough that taking a part costs far less than doing it.
constexpr std::size_t kWeightsPerPart = 8192;

} // namespace

void Adam::step(CnnNetwork& net, WorkerPool& workers, std::size_t batchSize) {
    std::vector<Target> targets;
    for (tiny_dnn::layer* layer : net) {
        if (!layer->trainable()) continue;
        const std::vector<tiny_dnn::vec_t*> weights = layer->weights();
        const std::vector<tiny_dnn::tensor_t*> gradients = layer->weights_grads();
        for (std::size_t k = 0; k < weights.size(); ++k) {
            b1Power_ *= kB1;
            b2Power_ *= kB2;
            targets.push_back({weights[k], gradients[k], nullptr, b1Power_, b2Power_});
        }
    }
    moments_.resize(std::max(moments_.size(), targets.size())); // first step: all zero
    for (std::size_t t = 0; t < targets.size(); ++t) {
        Moments& moments = moments_[t];
        moments.first.resize(targets[t].weights->size(), 0.0f);
        moments.second.resize(targets[t].weights->size(), 0.0f);
        targets[t].moments = &moments;
    }
    // Parts of kWeightsPerPart, each within one weight vector.
    struct Part {
        const Target* target;
        std::size_t begin, end;
    };
    std::vector<Part> parts;
    for (const Target& target : targets)
        for (std::size_t begin = 0; begin < target.weights->size(); begin += kWeightsPerPart)
            parts.push_back({&target, begin, std::min(target.weights->size(), begin + kWeightsPerPart)});
    const float perSample = 1.0f / static_cast<float>(batchSize);
    workers.run(parts.size(), [&](std::size_t p) { update(*parts[p].target, parts[p].begin, parts[p].end, perSample); });
    for (tiny_dnn::layer* layer : net)
        if (layer->trainable()) layer->post_update();
}

void Adam::update(const Target& target, std::size_t begin, std::size_t end, float perSample) const {
    float* w = target.weights->data();
    float* m = target.moments->first.data();
    float* v = target.moments->second.data();
    if (target.gradients->size() == 1) return updateFromSum((*target.gradients)[0].data(), w, m, v, begin, end, perSample, target);
    const float firstCorrection = 1.0f - target.b1Power, secondCorrection = 1.0f - target.b2Power;
    for (std::size_t i = begin; i < end; ++i) {
        // The GEMM layers keep the batch's sum in one slot; tiny-dnn's keep one per sample.
        float g = 0.0f;
        for (const tiny_dnn::vec_t& slot : *target.gradients) g += slot[i];
        moveWeight(g * perSample, m[i], v[i], w[i], firstCorrection, secondCorrection);
    }
}

// The GEMM layers' single slot: the same arithmetic in a loop over arrays that never overlap
// (restrict), which the compiler turns into vector instructions; the loop above, summing slots
// first, runs a weight at a time. The results are the same to the bit.
void Adam::updateFromSum(const float* __restrict gradient, float* __restrict w, float* __restrict m, float* __restrict v,
                         std::size_t begin, std::size_t end, float perSample, const Target& target) const {
    const float firstCorrection = 1.0f - target.b1Power, secondCorrection = 1.0f - target.b2Power;
    for (std::size_t i = begin; i < end; ++i)
        moveWeight(gradient[i] * perSample, m[i], v[i], w[i], firstCorrection, secondCorrection);
}

} // namespace digitpad
