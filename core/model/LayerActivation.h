#pragma once
// tiny-dnn's feedforward_layer::forward_activation / backward_activation for a range of
// samples, without their thread start per call, so a layer can run them inside its own split
// of the batch. Same arithmetic as tiny-dnn's.
#include "model/TinyDnn.h"

namespace digitpad {

// output[s] = f(preActivation[s]) for s in [begin, end).
template <typename Function>
void activate(Function& f, tiny_dnn::tensor_t& output, tiny_dnn::tensor_t& preActivation, std::size_t begin,
              std::size_t end) {
    for (std::size_t s = begin; s < end; ++s) {
        const auto size = static_cast<tiny_dnn::serial_size_t>(preActivation[s].size());
        output[s].resize(size);
        f.itef(output[s], preActivation[s], size);
    }
}

// delta[s] = upstream[s] times the activation's derivative at output[s], for s in [begin, end).
template <typename Function>
void deactivate(Function& f, const tiny_dnn::tensor_t& upstream, const tiny_dnn::tensor_t& output,
                tiny_dnn::tensor_t& delta, std::size_t begin, std::size_t end) {
    for (std::size_t s = begin; s < end; ++s) {
        const auto size = static_cast<tiny_dnn::serial_size_t>(upstream[s].size());
        delta[s].resize(size);
        if (f.one_hot()) {
            for (tiny_dnn::serial_size_t c = 0; c < size; ++c) delta[s][c] = upstream[s][c] * f.df(output[s][c]);
        } else {
            for (tiny_dnn::serial_size_t c = 0; c < size; ++c) {
                const tiny_dnn::vec_t jacobianRow = f.df(output[s], c);
                delta[s][c] = vectorize::dot(&upstream[s][0], &jacobianRow[0], size);
            }
        }
    }
}

} // namespace digitpad
