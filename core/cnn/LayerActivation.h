#pragma once
// tiny-dnn's feedforward_layer::forward_activation / backward_activation for a range of
// samples, without their thread start per call, so a layer can run them inside its own split
// of the batch. ReLU and identity get loops the compiler vectorises (tiny-dnn makes a virtual
// call per element); anything else goes through tiny-dnn's activation object. Same arithmetic.
#include "cnn/TinyDnn.h"

#include <algorithm>
#include <type_traits>

namespace digitpad {

// output[s] = f(preActivation[s]) for s in [begin, end).
template <typename Activation>
void activate(Activation& f, tiny_dnn::tensor_t& output, tiny_dnn::tensor_t& preActivation, std::size_t begin,
              std::size_t end) {
    for (std::size_t s = begin; s < end; ++s) {
        const std::size_t size = preActivation[s].size();
        output[s].resize(size);
        const float* in = preActivation[s].data();
        float* out = output[s].data();
        if constexpr (std::is_same_v<Activation, tiny_dnn::activation::relu>)
            for (std::size_t i = 0; i < size; ++i) out[i] = std::max(0.0f, in[i]);
        else if constexpr (std::is_same_v<Activation, tiny_dnn::activation::identity>)
            std::copy(in, in + size, out);
        else
            f.itef(output[s], preActivation[s], static_cast<tiny_dnn::serial_size_t>(size));
    }
}

// ReLU's delta: the upstream gradient where the unit was open. Both loads unconditional, and the
// arrays declared apart (restrict): GCC then turns the choice into a vector blend. Reading
// upstream only where output > 0 kept the loop scalar, with a branch that mispredicts on about
// half of a layer's units.
inline void reluDelta(const float* __restrict upstream, const float* __restrict output, float* __restrict delta,
                      std::size_t count) {
    for (std::size_t i = 0; i < count; ++i) {
        const float u = upstream[i];
        delta[i] = output[i] > 0.0f ? u : 0.0f;
    }
}

// delta[s] = upstream[s] times the activation's derivative at output[s], for s in [begin, end).
template <typename Activation>
void deactivate(Activation& f, const tiny_dnn::tensor_t& upstream, const tiny_dnn::tensor_t& output,
                tiny_dnn::tensor_t& delta, std::size_t begin, std::size_t end) {
    for (std::size_t s = begin; s < end; ++s) {
        const std::size_t size = upstream[s].size();
        delta[s].resize(size);
        const float* up = upstream[s].data();
        const float* y = output[s].data();
        float* d = delta[s].data();
        if constexpr (std::is_same_v<Activation, tiny_dnn::activation::relu>) {
            reluDelta(up, y, d, size);
        } else if constexpr (std::is_same_v<Activation, tiny_dnn::activation::identity>) {
            std::copy(up, up + size, d);
        } else if (f.one_hot()) {
            for (std::size_t c = 0; c < size; ++c) d[c] = up[c] * f.df(y[c]);
        } else {
            for (std::size_t c = 0; c < size; ++c) {
                const tiny_dnn::vec_t jacobianRow = f.df(output[s], c);
                d[c] = vectorize::dot(up, &jacobianRow[0], static_cast<tiny_dnn::serial_size_t>(size));
            }
        }
    }
}

} // namespace digitpad
