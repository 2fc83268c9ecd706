#pragma once
// tiny-dnn gives every trainable weight one gradient slot per sample of the batch, zeroes them
// all before each batch and adds them all up for the update: for the seed network that is
// several megabytes written and read per step for nothing, since the GEMM layers compute the
// batch's sum directly. Their weight and bias gradients keep a single slot instead.
#include "cnn/TinyDnn.h"

namespace digitpad {

// Does what tiny_dnn::layer::set_sample_count does, except for the weight gradients.
inline void setSampleCountWithSummedWeightGradients(tiny_dnn::layer& layer, tiny_dnn::serial_size_t samples) {
    const auto grow = [samples](tiny_dnn::tensor_t* tensor) { tensor->resize(samples, (*tensor)[0]); };
    const auto inputs = layer.inputs();
    grow(inputs[0]->get_data());
    grow(inputs[0]->get_gradient());
    for (std::size_t i = 1; i < inputs.size(); ++i) inputs[i]->get_gradient()->resize(1);
    for (const auto& output : layer.outputs()) {
        grow(output->get_data());
        grow(output->get_gradient());
    }
}

} // namespace digitpad
