#pragma once
// oneDNN's convolution kernels (the ones PyTorch's CPU convolutions run on) for one part of a
// batch: valid padding, stride 1, on plain arrays in tiny-dnn's order. A layer keeps one per
// worker and part size; oneDNN's types stay in the .cpp.
#include <memory>

namespace digitpad {

struct ConvolutionShape {
    int samples = 1, inChannels = 1, inHeight = 1, inWidth = 1, outChannels = 1, window = 1;

    int outHeight() const { return inHeight - window + 1; }
    int outWidth() const { return inWidth - window + 1; }
    bool operator==(const ConvolutionShape& o) const {
        return samples == o.samples && inChannels == o.inChannels && inHeight == o.inHeight && inWidth == o.inWidth &&
               outChannels == o.outChannels && window == o.window;
    }
};

// Arrays: input [samples][inChannels][inHeight][inWidth], weights [out][in][window][window],
// bias [out], output [samples][outChannels][outHeight][outWidth]; gradients as their values.
// Each call runs on the calling thread only: the network cuts the batch among its own workers,
// sized to the cores it may use, and oneDNN's OpenMP threads on top would oversubscribe them.
class DnnlConvolution {
public:
    explicit DnnlConvolution(const ConvolutionShape& shape);
    DnnlConvolution(DnnlConvolution&&) noexcept;
    DnnlConvolution& operator=(DnnlConvolution&&) noexcept;
    ~DnnlConvolution();

    const ConvolutionShape& shape() const { return shape_; }

    void forward(const float* input, const float* weights, const float* bias, float* output);
    // Both written, not added to.
    void weightGradient(const float* input, const float* outputGradient, float* weightGradient, float* biasGradient);
    void inputGradient(const float* outputGradient, const float* weights, float* inputGradient);

private:
    struct Passes;
    ConvolutionShape shape_;
    std::unique_ptr<Passes> passes_;
};

} // namespace digitpad
