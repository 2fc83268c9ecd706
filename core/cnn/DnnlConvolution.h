#pragma once
// oneDNN's convolution kernels (the ones PyTorch's CPU convolutions run on) for one part of a
// batch: valid padding, stride 1, on plain arrays in tiny-dnn's order. A layer keeps one per
// worker and part size; oneDNN's types stay in the .cpp.
#include <memory>
#include <vector>

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

// One image's forward pass for reading, on the calling thread. The weights stay in the kernel's
// own layout from call to call and are reordered only when they differ from the last call's (a
// Winograd kernel's reorder costs more than its pass); where oneDNN has Winograd's algorithm for
// the shape (3x3 windows on AVX-512 in oneDNN 2), it runs that, else its direct kernels. Results
// agree with the GEMM's to float rounding.
class DnnlImageConvolution {
public:
    explicit DnnlImageConvolution(const ConvolutionShape& shape); // shape.samples must be 1
    DnnlImageConvolution(DnnlImageConvolution&&) noexcept;
    DnnlImageConvolution& operator=(DnnlImageConvolution&&) noexcept;
    ~DnnlImageConvolution();

    // Whether oneDNN has Winograd's algorithm for one image of this shape on this CPU.
    static bool hasWinograd(const ConvolutionShape& shape);

    const ConvolutionShape& shape() const { return shape_; }
    void forward(const float* input, const float* weights, const float* bias, float* output);

private:
    struct Pass;
    ConvolutionShape shape_;
    std::unique_ptr<Pass> pass_;
};

} // namespace digitpad
