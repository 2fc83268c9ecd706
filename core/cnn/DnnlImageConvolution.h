#pragma once
#include "cnn/DnnlConvolution.h" // ConvolutionShape

#include <memory>

namespace digitpad {

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
