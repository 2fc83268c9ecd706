#pragma once
// tiny-dnn's max_pooling_layer (square window, stride = window) with a direct loop over the
// window instead of index tables, and no thread start per call. Same outputs, same choice of
// the first maximum on ties, same gradients.
#include "cnn/ImageForward.h"
#include "cnn/LayerActivation.h"
#include "cnn/TinyDnn.h"
#include "util/SplitWork.h"

#include <algorithm>
#include <cstdint>
#include <limits>

namespace digitpad {

template <typename Activation>
class FastMaxPooling : public tiny_dnn::max_pooling_layer<Activation>, public ImageForward {
public:
    using Base = tiny_dnn::max_pooling_layer<Activation>;

    // `workers` run the passes in parts and must outlive the layer.
    FastMaxPooling(WorkerPool& workers, int inWidth, int inHeight, int channels, int window)
        : Base(inWidth, inHeight, channels, window), workers_(&workers), inWidth_(inWidth), inHeight_(inHeight), channels_(channels),
          window_(window), outWidth_(inWidth / window), outHeight_(inHeight / window) {}

    void forward_propagation(const std::vector<tiny_dnn::tensor_t*>& in, std::vector<tiny_dnn::tensor_t*>& out) override {
        const tiny_dnn::tensor_t& input = *in[0];
        tiny_dnn::tensor_t& pooled = *out[1];
        winners_.resize(input.size());
        splitWork(*workers_, input.size(), workParts(*workers_, input.size(), kMinimumPerPart), [&](std::size_t, std::size_t begin, std::size_t end) {
            for (std::size_t s = begin; s < end; ++s) poolSample(input[s], pooled[s], winners_[s]);
            activate(static_cast<Activation&>(this->activation_function()), *out[0], pooled, begin, end);
        });
    }

    void forwardImage(const tiny_dnn::vec_t& input, tiny_dnn::vec_t& output, ImageScratch& scratch) const override {
        if (window_ == 2)
            maxOf2x2(input.data(), output);
        else
            poolSample(input, output, scratch.winners);
        activateInPlace<Activation>(output);
    }

    void back_propagation(const std::vector<tiny_dnn::tensor_t*>&, const std::vector<tiny_dnn::tensor_t*>& out,
                          std::vector<tiny_dnn::tensor_t*>& outGrad, std::vector<tiny_dnn::tensor_t*>& inGrad) override {
        tiny_dnn::tensor_t& delta = *outGrad[1];
        tiny_dnn::tensor_t& inputGradient = *inGrad[0];
        splitWork(*workers_, delta.size(), workParts(*workers_, delta.size(), kMinimumPerPart), [&](std::size_t, std::size_t begin, std::size_t end) {
            deactivate(static_cast<Activation&>(this->activation_function()), *outGrad[0], *out[0], delta, begin, end);
            for (std::size_t s = begin; s < end; ++s) {
                std::fill(inputGradient[s].begin(), inputGradient[s].end(), 0.0f);
                for (std::size_t o = 0; o < winners_[s].size(); ++o) inputGradient[s][winners_[s][o]] = delta[s][o];
            }
        });
    }

private:
    // Samples a part takes at the least. Two lets a training batch of 32 use 16 cores (with 16 a
    // part, pooling ran on 2 and took a fifth of a 16-thread step); a sample of the default
    // network's first pooling is some 18,000 comparisons, well above a part's cost.
    static constexpr std::size_t kMinimumPerPart = 2;

    void poolSample(const tiny_dnn::vec_t& input, tiny_dnn::vec_t& pooled, std::vector<std::uint32_t>& winners) const {
        const std::size_t outputs = static_cast<std::size_t>(channels_ * outWidth_ * outHeight_);
        pooled.resize(outputs);
        winners.resize(outputs);
        if (window_ == 2) return poolSample2x2(input.data(), pooled.data(), winners.data());
        std::size_t o = 0;
        for (int c = 0; c < channels_; ++c)
            for (int oy = 0; oy < outHeight_; ++oy)
                for (int ox = 0; ox < outWidth_; ++ox, ++o) {
                    float best = std::numeric_limits<float>::lowest();
                    std::uint32_t winner = 0;
                    for (int dy = 0; dy < window_; ++dy)
                        for (int dx = 0; dx < window_; ++dx) {
                            const auto i = static_cast<std::uint32_t>((c * inHeight_ + oy * window_ + dy) * inWidth_ +
                                                                      ox * window_ + dx);
                            if (input[i] > best) {
                                best = input[i];
                                winner = i;
                            }
                        }
                    pooled[o] = best;
                    winners[o] = winner;
                }
    }

    // Both architectures' window, without branches: which of four values wins is data, and a
    // branch on it is mispredicted about half the time. Order and ties as in the general loop.
    void poolSample2x2(const float* input, float* pooled, std::uint32_t* winners) const {
        std::size_t o = 0;
        for (int c = 0; c < channels_; ++c)
            for (int oy = 0; oy < outHeight_; ++oy) {
                const auto top = static_cast<std::uint32_t>((c * inHeight_ + 2 * oy) * inWidth_);
                const auto bottom = top + static_cast<std::uint32_t>(inWidth_);
                for (int ox = 0; ox < outWidth_; ++ox, ++o) {
                    const auto left = static_cast<std::uint32_t>(2 * ox);
                    float best = input[top + left];
                    std::uint32_t winner = top + left;
                    const float candidates[3] = {input[top + left + 1], input[bottom + left], input[bottom + left + 1]};
                    const std::uint32_t places[3] = {top + left + 1, bottom + left, bottom + left + 1};
                    for (int k = 0; k < 3; ++k) {
                        const bool wins = candidates[k] > best;
                        best = wins ? candidates[k] : best;
                        winner = wins ? places[k] : winner;
                    }
                    pooled[o] = best;
                    winners[o] = winner;
                }
            }
    }

    // The maxima alone, where no backward pass asks where they came from: the pooling of a
    // drawing's view took twice as long with the winners.
    void maxOf2x2(const float* input, tiny_dnn::vec_t& pooled) const {
        pooled.resize(static_cast<std::size_t>(channels_ * outWidth_ * outHeight_));
        float* out = pooled.data();
        for (int c = 0; c < channels_; ++c)
            for (int oy = 0; oy < outHeight_; ++oy) {
                const float* top = input + (c * inHeight_ + 2 * oy) * inWidth_;
                const float* bottom = top + inWidth_;
                for (int ox = 0; ox < outWidth_; ++ox)
                    *out++ = std::max(std::max(top[2 * ox], top[2 * ox + 1]), std::max(bottom[2 * ox], bottom[2 * ox + 1]));
            }
    }

    WorkerPool* workers_;
    int inWidth_, inHeight_, channels_, window_, outWidth_, outHeight_;
    std::vector<std::vector<std::uint32_t>> winners_; // per sample, per output: the input it came from
};

} // namespace digitpad
