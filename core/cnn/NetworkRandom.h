#pragma once
// The random numbers a network draws (its initial weights, its dropout masks) come from a
// generator the network owns. tiny-dnn draws from one process-wide generator, so building a
// model on one thread while another trains would race on it, and a run's dropout would depend on
// whatever else the process did before. Both helpers below draw exactly as tiny-dnn's
// uniform_rand does, so a seed gives the weights it always gave.
#include "cnn/TinyDnn.h"

#include <cmath>
#include <random>

namespace digitpad {

using NetworkRandom = std::mt19937;

// tiny-dnn's Xavier initialisation (uniform in +-sqrt(6 / (fan in + fan out))) on `random`.
class XavierFrom final : public tiny_dnn::weight_init::function {
public:
    explicit XavierFrom(NetworkRandom& random) : random_(&random) {}

    void fill(tiny_dnn::vec_t* weight, tiny_dnn::serial_size_t fanIn, tiny_dnn::serial_size_t fanOut) override {
        const float base = std::sqrt(6.0f / static_cast<float>(fanIn + fanOut));
        for (float& w : *weight) w = std::uniform_real_distribution<float>(-base, base)(*random_);
    }

private:
    NetworkRandom* random_;
};

// True with probability p, as tiny_dnn::bernoulli.
inline bool bernoulli(NetworkRandom& random, float p) {
    return std::uniform_real_distribution<float>(0.0f, 1.0f)(random) <= p;
}

} // namespace digitpad
