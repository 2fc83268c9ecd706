#pragma once
// Dropout (Srivastava et al., 2014) as tiny-dnn's dropout_layer means it, without the faults of
// the 1.0.0a3 release Debian ships, which left most of the default network's hidden layer
// untrained:
// - its backward pass loops over as many units as the batch has samples, so with a batch of 32
//   only the first 32 of 256 hidden units ever got a gradient (the others kept their random
//   initial weights and a bias of exactly 0);
// - it keeps a unit with probability `rate` instead of dropping it with that probability, so a
//   training pass saw 2/3 of what a prediction sees;
// - its backward pass leaves out the 1 / (1 - rate) scale its forward pass applies.
// Layer type, shape and (no) weights stay tiny-dnn's, so model files are unchanged; the masks
// come from a stream keyed by the network's own generator (NetworkRandom.h), which training seeds.
#include "cnn/ImageForward.h"
#include "cnn/NetworkRandom.h"
#include "cnn/TinyDnn.h"

#include <vector>

namespace digitpad {

class Dropout : public tiny_dnn::dropout_layer, public ImageForward {
public:
    // `random` must outlive the layer.
    Dropout(NetworkRandom& random, tiny_dnn::serial_size_t size, float rate)
        : dropout_layer(size, rate), random_(&random), size_(size), keep_(1.0f - rate), scale_(1.0f / (1.0f - rate)) {}

    void set_context(tiny_dnn::net_phase phase) override {
        dropout_layer::set_context(phase);
        phase_ = phase;
    }

    void forward_propagation(const std::vector<tiny_dnn::tensor_t*>& in, std::vector<tiny_dnn::tensor_t*>& out) override {
        const tiny_dnn::tensor_t& input = *in[0];
        tiny_dnn::tensor_t& output = *out[0];
        const bool training = phase_ == tiny_dnn::net_phase::train;
        if (training) masks_.resize(input.size(), tiny_dnn::vec_t(size_));
        const std::uint64_t key = training ? drawKey(*random_) : 0;
        for (std::size_t s = 0; s < input.size(); ++s) {
            output[s].resize(size_);
            if (!training) {
                std::copy(input[s].begin(), input[s].end(), output[s].begin());
                continue;
            }
            tiny_dnn::vec_t& mask = masks_[s];
            for (std::size_t i = 0; i < size_; ++i) {
                mask[i] = below(key, s * size_ + i, keep_) ? scale_ : 0.0f;
                output[s][i] = mask[i] * input[s][i];
            }
        }
    }

    void forwardImage(const tiny_dnn::vec_t& input, tiny_dnn::vec_t& output, ImageScratch&) const override {
        output = input;
    }

    void back_propagation(const std::vector<tiny_dnn::tensor_t*>&, const std::vector<tiny_dnn::tensor_t*>&,
                          std::vector<tiny_dnn::tensor_t*>& outGrad, std::vector<tiny_dnn::tensor_t*>& inGrad) override {
        const tiny_dnn::tensor_t& delta = *outGrad[0];
        tiny_dnn::tensor_t& inputGradient = *inGrad[0];
        const bool masked = phase_ == tiny_dnn::net_phase::train && masks_.size() >= delta.size();
        for (std::size_t s = 0; s < delta.size(); ++s)
            for (std::size_t i = 0; i < size_; ++i) inputGradient[s][i] = masked ? masks_[s][i] * delta[s][i] : delta[s][i];
    }

private:
    NetworkRandom* random_;
    std::size_t size_;
    float keep_, scale_;
    tiny_dnn::net_phase phase_ = tiny_dnn::net_phase::train; // dropout_layer's own start
    std::vector<tiny_dnn::vec_t> masks_; // per sample: 0 for a dropped unit, 1 / (1 - rate) for a kept one
};

} // namespace digitpad
