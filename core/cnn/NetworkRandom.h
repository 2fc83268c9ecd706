#pragma once
// The random numbers a network draws (its initial weights, its dropout masks) come from a
// generator the network owns. tiny-dnn draws from one process-wide generator, so building a
// model on one thread while another trains would race on it, and a run's dropout would depend on
// whatever else the process did before. Both helpers below draw exactly as tiny-dnn's
// uniform_rand does, so a seed gives the weights it always gave.
#include "cnn/TinyDnn.h"

#include <cmath>
#include <cstdint>
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

// Many cheap independent draws from one of the generator's: the n-th number of the stream that
// `key` starts, by SplitMix64 (Steele, Lea and Flood, 2014), each a hash of key + n. A dropout
// mask takes 8,192 draws a step; through std::mt19937 and a distribution they took 0.1 ms, alone
// on one thread while every other part of the step runs on all of them.
inline std::uint64_t splitMix64(std::uint64_t key, std::uint64_t n) {
    std::uint64_t z = key + (n + 1) * 0x9e3779b97f4a7c15ull;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

// A key for splitMix64, drawn from the network's generator.
inline std::uint64_t drawKey(NetworkRandom& random) {
    const std::uint64_t high = random();
    return (high << 32) | random();
}

// Whether the n-th draw of `key`'s stream, as a uniform number in [0, 1), falls below p.
inline bool below(std::uint64_t key, std::uint64_t n, float p) {
    return static_cast<float>(splitMix64(key, n) >> 40) * (1.0f / 16777216.0f) < p;
}

} // namespace digitpad
