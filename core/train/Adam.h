#pragma once
// Adam (Kingma & Ba, 2015) as tiny-dnn 1.0.0a3's adam computes it, float for float, with the
// update of all the network's weights cut among its worker threads. tiny-dnn's update runs on
// one thread, a weight vector at a time: at 16 cores it would be a serial stretch of every
// training step. Its quirk is kept so runs train as they did: the bias correction's powers
// advance once per weight vector updated, not once per step.
#include "cnn/TinyDnn.h"
#include "util/WorkerPool.h"

#include <cmath>
#include <cstddef>
#include <vector>

namespace digitpad {

class Adam {
public:
    float alpha = 0.001f; // the learning rate

    // After a backward pass: moves each trainable layer's weights along the batch's mean
    // gradient (the gradient slots summed, over `batchSize`), on `workers`.
    void step(CnnNetwork& net, WorkerPool& workers, std::size_t batchSize);

private:
    struct Moments {
        std::vector<float> first, second;
    };
    // One weight vector's update: where it is, its gradient slots and its correction powers.
    struct Target {
        tiny_dnn::vec_t* weights;
        const tiny_dnn::tensor_t* gradients;
        Moments* moments;
        float b1Power, b2Power;
    };
    void update(const Target& target, std::size_t begin, std::size_t end, float perSample) const;
    void updateFromSum(const float* gradient, float* w, float* m, float* v, std::size_t begin, std::size_t end,
                       float perSample, const Target& target) const;
    // Adam's step for one weight given its gradient `g` (tiny-dnn's adam, expression for expression).
    void moveWeight(float g, float& m, float& v, float& w, float firstCorrection, float secondCorrection) const {
        m = kB1 * m + (1.0f - kB1) * g;
        v = kB2 * v + (1.0f - kB2) * g * g;
        w -= alpha * (m / firstCorrection) / std::sqrt((v / secondCorrection) + kEpsilon);
    }

    static constexpr float kB1 = 0.9f, kB2 = 0.999f, kEpsilon = 1e-8f;
    float b1Power_ = kB1, b2Power_ = kB2;
    std::vector<Moments> moments_; // per weight vector, in the network's order
};

} // namespace digitpad
