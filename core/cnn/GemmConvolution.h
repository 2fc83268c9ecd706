#pragma once
// A drop-in replacement for tiny-dnn's convolutional_layer (valid padding, stride 1). A batch is
// cut among the network's workers and each part runs oneDNN's kernels (DnnlConvolution), what
// PyTorch's CPU convolutions run on: the default network's training step went from 7.47 to
// 5.95 ms on 2 cores with them in place of im2col + Eigen GEMM (docs/performance.md). One drawing
// through a 5x5 window is still an im2col + GEMM, its output rows cut among the cores when large
// enough: oneDNN's direct kernel gains nothing on a lone image there; through a 3x3 window it runs
// oneDNN's Winograd kernel (readsImagesOnDnnl). So is the forward pass of one-channel images (the
// first layer), where oneDNN's kernels are slow. Weights, their layout, initialisation and the
// activation stay tiny-dnn's, so model files are unchanged.
#include "linalg/EigenOperand.h"
#include "cnn/DnnlConvolution.h"
#include "cnn/DnnlImageConvolution.h"
#include "cnn/ImageForward.h"
#include "cnn/LayerActivation.h"
#include "cnn/NetworkRandom.h"
#include "cnn/SummedWeightGradients.h"
#include "cnn/TinyDnn.h"
#include "util/SplitWork.h"

#include <Eigen/Core>

#include <algorithm>
#include <optional>
#include <type_traits>

namespace digitpad {

template <typename Activation>
class GemmConvolution : public tiny_dnn::convolutional_layer<Activation>, public ImageForward {
public:
    using Base = tiny_dnn::convolutional_layer<Activation>;
    using Matrix = RowMajorMatrix;

    // `workers` run the passes in parts; the weights are drawn from `random` (tiny-dnn draws them
    // as soon as the layer is connected, before the network could say where from). Both must
    // outlive the layer.
    GemmConvolution(WorkerPool& workers, NetworkRandom& random, int inWidth, int inHeight, int window, int inChannels,
                    int outChannels)
        : Base(inWidth, inHeight, window, inChannels, outChannels), workers_(&workers), inWidth_(inWidth), inHeight_(inHeight),
          window_(window), inChannels_(inChannels), outChannels_(outChannels), outWidth_(inWidth - window + 1),
          outHeight_(inHeight - window + 1) {
        this->weight_init(std::make_shared<XavierFrom>(random));
    }

    std::string layer_type() const override { return "conv"; }

    void set_context(tiny_dnn::net_phase phase) override {
        Base::set_context(phase);
        training_ = phase == tiny_dnn::net_phase::train;
    }

    void set_sample_count(tiny_dnn::serial_size_t samples) override {
        setSampleCountWithSummedWeightGradients(*this, samples);
    }

    void forward_propagation(const std::vector<tiny_dnn::tensor_t*>& in, std::vector<tiny_dnn::tensor_t*>& out) override {
        const tiny_dnn::tensor_t& input = *in[0];
        const Eigen::Map<const Matrix> weights((*in[1]).at(0).data(), outChannels_, patchSize());
        const Eigen::Map<const Eigen::VectorXf> bias((*in[2]).at(0).data(), outChannels_);
        tiny_dnn::tensor_t& preActivation = *out[1];
        if (input.size() == 1 && !training_ && readsImagesOnDnnl())
            return forwardOnDnnl(input.front(), weights, bias, preActivation, *out[0]);
        const std::size_t parts = workParts(*workers_, input.size(), kMinimumPerPart);
        const double multiplyAdds = static_cast<double>(outChannels_) * static_cast<double>(patchSize()) *
                                    static_cast<double>(pixels());
        // Samples too few to share among the cores go one at a time, each cut by output rows when
        // large enough. A lone small image stays a GEMM too: oneDNN's call and reorders cost more
        // than its arithmetic there (measured: seed's reading 3 % slower through oneDNN).
        const bool cutRows = workers_->parts() > 1 && multiplyAdds >= kMinimumSplitProduct;
        if (parts == 1 && (cutRows || input.size() == 1)) {
            for (std::size_t s = 0; s < input.size(); ++s)
                forwardByRows(input, weights, bias, preActivation, *out[0], s, cutRows);
            return;
        }
        workspaces_.resize(std::max(workspaces_.size(), parts));
        if (inChannels_ == 1) {
            forwardImageByImage(input, weights, bias, preActivation, *out[0], parts);
            return;
        }
        splitWork(*workers_, input.size(), parts, [&](std::size_t part, std::size_t begin, std::size_t end) {
            Workspace& w = workspaces_[part];
            for (std::size_t first = begin; first < end; first += kChunk) {
                const std::size_t count = std::min(kChunk, end - first);
                gather(input, first, count, w.input);
                w.output.resize(count * outputSize());
                w.kernel(shapeFor(count)).forward(w.input.data(), weights.data(), bias.data(), w.output.data());
                for (std::size_t s = 0; s < count; ++s) {
                    preActivation[first + s].resize(outputSize());
                    (*out[0])[first + s].resize(outputSize());
                    store(w.output.data() + s * outputSize(), pixels(), pixels(), preActivation, *out[0], first + s);
                }
            }
            // A part of one chunk (as in a training batch) keeps its input for the backward pass.
            w.inputOf = end - begin <= kChunk ? InputKey{input.data(), begin, end} : InputKey{};
        });
    }

    void forwardImage(const tiny_dnn::vec_t& input, tiny_dnn::vec_t& output, ImageScratch& scratch) const override {
        const std::vector<const tiny_dnn::vec_t*> parameters = this->weights();
        if (readsImagesOnDnnl()) {
            output.resize(outputSize());
            scratch.convolution(this, shapeFor(1)).forward(input.data(), parameters[0]->data(), parameters[1]->data(), output.data());
            activateInPlace<Activation>(output);
            return;
        }
        const Eigen::Map<const Matrix> weights(parameters[0]->data(), outChannels_, patchSize());
        const Eigen::Map<const Eigen::VectorXf> bias(parameters[1]->data(), outChannels_);
        scratch.patches.resize(patchSize(), pixels());
        unrollImage(input.data(), 0, outHeight_, scratch.patches.data(), scratch.patches.cols());
        multiplyOntoBias(weights, bias, scratch.patches, scratch.result);
        output.assign(scratch.result.data(), scratch.result.data() + outputSize());
        activateInPlace<Activation>(output);
    }

    void back_propagation(const std::vector<tiny_dnn::tensor_t*>& in, const std::vector<tiny_dnn::tensor_t*>& out,
                          std::vector<tiny_dnn::tensor_t*>& outGrad, std::vector<tiny_dnn::tensor_t*>& inGrad) override {
        const tiny_dnn::tensor_t& input = *in[0];
        tiny_dnn::tensor_t& delta = *outGrad[1];
        const Eigen::Map<const Matrix> weights((*in[1]).at(0).data(), outChannels_, patchSize());
        const std::size_t parts = workParts(*workers_, input.size(), kMinimumPerPart);
        const bool inputGradientWanted = !(training_ && isFirstLayer()); // training reads no image's gradient
        workspaces_.resize(std::max(workspaces_.size(), parts));
        splitWork(*workers_, input.size(), parts, [&](std::size_t part, std::size_t begin, std::size_t end) {
            Workspace& w = workspaces_[part];
            w.weightGradient.setZero(outChannels_, patchSize());
            w.biasGradient.setZero(outChannels_);
            for (std::size_t first = begin; first < end; first += kChunk) {
                const std::size_t count = std::min(kChunk, end - first);
                if (!(w.inputOf == InputKey{input.data(), first, first + count})) gather(input, first, count, w.input);
                w.deltas.resize(count * outputSize());
                for (std::size_t s = 0; s < count; ++s)
                    gatherDelta(*outGrad[0], *out[0], delta, first + s, w.deltas.data() + s * outputSize());
                DnnlConvolution& kernel = w.kernel(shapeFor(count));
                w.chunkWeightGradient.resize(outChannels_, patchSize());
                w.chunkBiasGradient.resize(outChannels_);
                kernel.weightGradient(w.input.data(), w.deltas.data(), w.chunkWeightGradient.data(),
                                      w.chunkBiasGradient.data());
                w.weightGradient += w.chunkWeightGradient;
                w.biasGradient += w.chunkBiasGradient;
                if (!inputGradientWanted) continue;
                w.inputGradient.resize(count * inputSize());
                kernel.inputGradient(w.deltas.data(), weights.data(), w.inputGradient.data());
                scatter(w.inputGradient, first, count, *inGrad[0]);
            }
        });
        sumWeightGradients(parts, (*inGrad[1])[0].data(), (*inGrad[2])[0].data());
    }

private:
    // tiny-dnn keeps a gradient per sample and sums them when it updates; the batch's sum in the
    // first sample's slot is the same sum. The parts' sums are added up by channel rows among
    // the cores: with 16 parts of the default network's second layer, a single thread would add
    // 800,000 floats while the others wait.
    void sumWeightGradients(std::size_t parts, float* weightGradientData, float* biasGradientData) {
        const auto rows = static_cast<std::size_t>(outChannels_);
        splitWork(*workers_, rows, workParts(*workers_, rows, 4), [&](std::size_t, std::size_t begin, std::size_t end) {
            const auto first = static_cast<Eigen::Index>(begin), count = static_cast<Eigen::Index>(end - begin);
            Eigen::Map<Matrix> weightGradient(weightGradientData, outChannels_, patchSize());
            Eigen::Map<Eigen::VectorXf> biasGradient(biasGradientData, outChannels_);
            for (std::size_t part = 0; part < parts; ++part) {
                weightGradient.middleRows(first, count) += workspaces_[part].weightGradient.middleRows(first, count);
                biasGradient.segment(first, count) += workspaces_[part].biasGradient.segment(first, count);
            }
        });
    }

    // One drawing's pass, its output rows cut among the cores (when `cutRows`): each unrolls and multiplies only
    // its own rows, so the unrolling is shared as well as the product. A drawing's convolutions
    // are most of its reading.
    void forwardByRows(const tiny_dnn::tensor_t& input, const Eigen::Map<const Matrix>& weights,
                       const Eigen::Map<const Eigen::VectorXf>& bias, tiny_dnn::tensor_t& preActivation,
                       tiny_dnn::tensor_t& output, std::size_t sample, bool cutRows) {
        preActivation[sample].resize(static_cast<std::size_t>(outChannels_ * pixels()));
        output[sample].resize(preActivation[sample].size());
        const auto rows = static_cast<std::size_t>(outHeight_);
        const std::size_t parts = cutRows ? workParts(*workers_, rows, kMinimumRowsPerPart) : 1;
        workspaces_.resize(std::max(workspaces_.size(), parts));
        splitWork(*workers_, rows, parts, [&](std::size_t part, std::size_t begin, std::size_t end) {
            Workspace& w = workspaces_[part];
            const auto y0 = static_cast<int>(begin), y1 = static_cast<int>(end);
            w.patches.resize(patchSize(), (y1 - y0) * outWidth_);
            unrollImage(input[sample].data(), y0, y1, w.patches.data(), w.patches.cols());
            multiplyOntoBias(weights, bias, w.patches, w.result);
            store(w.result.data(), w.result.cols(), w.result.cols(), preActivation, output, sample, y0 * outWidth_);
            w.inputOf = InputKey{}; // its parts hold no whole input for the backward pass
        });
    }

    // A batch of one-channel images (the network's first layer), each part's images one at a
    // time, whole: oneDNN's kernels for a single input channel ran at a third of the speed of
    // its others (the default network's first layer: 0.41 ms a training step at 2 threads,
    // 0.31 ms this way). The backward pass gathers its input again.
    void forwardImageByImage(const tiny_dnn::tensor_t& input, const Eigen::Map<const Matrix>& weights,
                             const Eigen::Map<const Eigen::VectorXf>& bias, tiny_dnn::tensor_t& preActivation,
                             tiny_dnn::tensor_t& output, std::size_t parts) {
        splitWork(*workers_, input.size(), parts, [&](std::size_t part, std::size_t begin, std::size_t end) {
            Workspace& w = workspaces_[part];
            w.patches.resize(patchSize(), pixels());
            for (std::size_t s = begin; s < end; ++s) {
                preActivation[s].resize(outputSize());
                output[s].resize(outputSize());
                unrollImage(input[s].data(), 0, outHeight_, w.patches.data(), w.patches.cols());
                multiplyOntoBias(weights, bias, w.patches, w.result);
                store(w.result.data(), w.result.cols(), w.result.cols(), preActivation, output, s);
            }
            w.inputOf = InputKey{};
        });
    }

    // A drawing read in place (readsImagesOnDnnl), on the calling thread.
    void forwardOnDnnl(const tiny_dnn::vec_t& image, const Eigen::Map<const Matrix>& weights,
                       const Eigen::Map<const Eigen::VectorXf>& bias, tiny_dnn::tensor_t& preActivation,
                       tiny_dnn::tensor_t& output) {
        workspaces_.resize(std::max<std::size_t>(workspaces_.size(), 1));
        Workspace& w = workspaces_.front();
        w.output.resize(outputSize());
        if (!imageKernel_) imageKernel_.emplace(shapeFor(1));
        imageKernel_->forward(image.data(), weights.data(), bias.data(), w.output.data());
        preActivation.front().resize(outputSize());
        output.front().resize(outputSize());
        store(w.output.data(), pixels(), pixels(), preActivation, output, 0);
        w.inputOf = InputKey{};
    }

    // result = bias (down each row) + weights * patches: the product adds onto the bias, where
    // a product into zeros and a pass adding the bias would go over the result twice more.
    static void multiplyOntoBias(const Eigen::Map<const Matrix>& weights, const Eigen::Map<const Eigen::VectorXf>& bias,
                                 const Matrix& patches, Matrix& result) {
        result = bias.replicate(1, patches.cols());
        multiplyInto(operand(weights), operand(patches), result, Accumulate::Yes);
    }

    // `count` floats of each channel of one sample, `rowStride` apart from channel to channel,
    // are its pixels from `offset` on: they go to its pre-activation and, activated, to its
    // output (both sized by the caller), in one pass.
    void store(const float* result, Eigen::Index rowStride, Eigen::Index count, tiny_dnn::tensor_t& preActivation,
               tiny_dnn::tensor_t& output, std::size_t sample, Eigen::Index offset = 0) {
        for (Eigen::Index c = 0; c < outChannels_; ++c) {
            const float* from = result + c * rowStride;
            float* pre = preActivation[sample].data() + c * pixels() + offset;
            float* out = output[sample].data() + c * pixels() + offset;
            if constexpr (std::is_same_v<Activation, tiny_dnn::activation::relu>)
                copyAndRectify(from, pre, out, count);
            else
                std::copy(from, from + count, pre);
        }
        if constexpr (!std::is_same_v<Activation, tiny_dnn::activation::relu>)
            activate(static_cast<Activation&>(this->activation_function()), output, preActivation, sample, sample + 1);
    }

    // One sample's delta (the upstream gradient through the activation) into `target`; ReLU
    // goes straight there, anything else through tiny-dnn's tensor.
    void gatherDelta(const tiny_dnn::tensor_t& upstream, const tiny_dnn::tensor_t& output, tiny_dnn::tensor_t& delta,
                     std::size_t sample, float* target) {
        if constexpr (std::is_same_v<Activation, tiny_dnn::activation::relu>) {
            reluDelta(upstream[sample].data(), output[sample].data(), target, outputSize());
        } else {
            deactivate(static_cast<Activation&>(this->activation_function()), upstream, output, delta, sample, sample + 1);
            std::copy(delta[sample].begin(), delta[sample].end(), target);
        }
    }

    // The arrays never overlap: saying so (restrict) lets the compiler vectorise without
    // checking, where a loop over three plain pointers ran scalar.
    static void copyAndRectify(const float* __restrict from, float* __restrict pre, float* __restrict out,
                               Eigen::Index count) {
        for (Eigen::Index i = 0; i < count; ++i) {
            pre[i] = from[i];
            out[i] = std::max(0.0f, from[i]);
        }
    }

    // One image through a 3x3 window over several channels (the `deep` and `seed` networks) runs
    // on oneDNN's Winograd kernel where oneDNN has one: a `deep` network reads a drawing in
    // 0.68-0.71 ms instead of 0.94-0.96 on 2 cores (docs/performance.md). A 5x5 window (the bundled
    // `default` network) has none, and oneDNN's direct kernel gains nothing on one image (nor on a
    // CPU without AVX-512), so those stay a GEMM, their readings to the bit.
    bool readsImagesOnDnnl() const { return readsImagesOnDnnl_; }
    // Under about a million multiply-adds (`seed`'s last layer, 3x3 pixels) oneDNN's call and
    // reorders cost more than they save. Asked once, when the layer is built: oneDNN's answer
    // takes a kernel's description.
    bool winogradPays() const {
        return window_ == 3 && inChannels_ > 1 &&
               static_cast<double>(outputSize()) * static_cast<double>(patchSize()) >= kMinimumSplitProduct &&
               DnnlImageConvolution::hasWinograd(shapeFor(1));
    }

    // The network's first layer: its input is the image, not another layer's output.
    bool isFirstLayer() const {
        const auto& inputs = this->prev();
        return inputs.empty() || !inputs[0] || inputs[0]->prev() == nullptr;
    }

    Eigen::Index pixels() const { return outWidth_ * outHeight_; }
    std::size_t inputSize() const { return static_cast<std::size_t>(inChannels_ * inWidth_ * inHeight_); }
    std::size_t outputSize() const { return static_cast<std::size_t>(outChannels_ * pixels()); }
    ConvolutionShape shapeFor(std::size_t samples) const {
        return {static_cast<int>(samples), inChannels_, inHeight_, inWidth_, outChannels_, window_};
    }
    Eigen::Index patchSize() const { return inChannels_ * window_ * window_; }

    // Samples [first, first + count) side by side, as the kernels read them.
    void gather(const tiny_dnn::tensor_t& input, std::size_t first, std::size_t count, std::vector<float>& target) const {
        target.resize(count * inputSize());
        for (std::size_t s = 0; s < count; ++s) std::copy(input[first + s].begin(), input[first + s].end(), target.begin() + s * inputSize());
    }

    // The reverse: a part's input gradient into each sample's; it writes the gradient, as every
    // layer does (NetworkPasses.h).
    void scatter(const std::vector<float>& gradients, std::size_t first, std::size_t count, tiny_dnn::tensor_t& gradient) const {
        for (std::size_t s = 0; s < count; ++s) {
            const auto from = gradients.begin() + static_cast<std::ptrdiff_t>(s * inputSize());
            std::copy(from, from + static_cast<std::ptrdiff_t>(inputSize()), gradient[first + s].begin());
        }
    }

    // Output rows [y0, y1) of one image into `patches`, whose rows are `stride` floats apart.
    // The rows are runs of outWidth_ floats (3 to 26 in our architectures): copies of a width
    // known at compile time are a few vector moves, where a general copy's set-up costs more
    // than the copy.
    void unrollImage(const float* image, int y0, int y1, float* patches, Eigen::Index stride) const {
        switch (outWidth_) {
        case 3: return unrollRuns<3>(image, y0, y1, patches, stride);
        case 8: return unrollRuns<8>(image, y0, y1, patches, stride);
        case 11: return unrollRuns<11>(image, y0, y1, patches, stride);
        case 24: return unrollRuns<24>(image, y0, y1, patches, stride);
        case 26: return unrollRuns<26>(image, y0, y1, patches, stride);
        default: return unrollRuns<0>(image, y0, y1, patches, stride);
        }
    }

    // Width 0: outWidth_, known only at run time.
    template <int Width>
    void unrollRuns(const float* image, int y0, int y1, float* patches, Eigen::Index stride) const {
        const int width = Width > 0 ? Width : outWidth_;
        for (int c = 0; c < inChannels_; ++c)
            for (int ky = 0; ky < window_; ++ky)
                for (int kx = 0; kx < window_; ++kx) {
                    float* row = patches + ((c * window_ + ky) * window_ + kx) * stride;
                    for (int y = y0; y < y1; ++y) {
                        const float* source = image + (c * inHeight_ + y + ky) * inWidth_ + kx;
                        float* target = row + (y - y0) * width;
                        for (int x = 0; x < width; ++x) target[x] = source[x];
                    }
                }
    }

    // Samples passed to a kernel at a time: bounds the part's arrays when a whole test set is
    // predicted in one call.
    static constexpr std::size_t kChunk = 32;
    // Fewer samples than this per core are not worth a thread (a single drawing never is). Two
    // lets a training batch of 32 use 16 cores; a part is then still some 7 million
    // multiply-adds in the default network's second layer.
    static constexpr std::size_t kMinimumPerPart = 2;
    // Below about a million multiply-adds (~25 us) one image's pass is not worth cutting by rows
    // (measured: the default network's first convolution, 460,000, gains nothing).
    static constexpr double kMinimumSplitProduct = 1e6;
    static constexpr std::size_t kMinimumRowsPerPart = 2;

    // Which samples a workspace's input was gathered from.
    struct InputKey {
        const tiny_dnn::vec_t* batch = nullptr;
        std::size_t begin = 0, end = 0;
        bool operator==(const InputKey& o) const { return batch == o.batch && begin == o.begin && end == o.end; }
    };

    // One core's buffers and kernels, kept between calls so a training step allocates nothing.
    struct Workspace {
        Matrix patches, result, weightGradient, chunkWeightGradient; // patches, result: one drawing's rows
        Eigen::VectorXf biasGradient, chunkBiasGradient;
        std::vector<float> input, output, deltas, inputGradient;
        InputKey inputOf;
        std::vector<DnnlConvolution> kernels; // one per part size met (a batch's, a test set's last chunk)

        DnnlConvolution& kernel(const ConvolutionShape& shape) {
            for (DnnlConvolution& k : kernels)
                if (k.shape() == shape) return k;
            return kernels.emplace_back(shape);
        }
    };

    WorkerPool* workers_;
    bool training_ = false; // set by the network's phase
    int inWidth_, inHeight_, window_, inChannels_, outChannels_, outWidth_, outHeight_;
    std::vector<Workspace> workspaces_;
    bool readsImagesOnDnnl_ = winogradPays(); // after the shape's members
    std::optional<DnnlImageConvolution> imageKernel_; // a lone image's pass in place (readsImagesOnDnnl)
};

} // namespace digitpad
