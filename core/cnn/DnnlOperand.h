#pragma once
// What the oneDNN kernels' wrappers share: a convolution's array descriptions, making a call run
// on its calling thread only, and an operand in the caller's plain order beside the layout a
// kernel asked for. For .cpp files only: oneDNN's types stay out of the headers the rest of
// DigitPad includes.
#include "cnn/DnnlConvolution.h" // ConvolutionShape

#include <dnnl.hpp>

#if DNNL_CPU_RUNTIME == DNNL_RUNTIME_OMP
#include <omp.h>
#endif

namespace digitpad::dnnl_support {

using dnnl::memory;
using Tag = memory::format_tag;
inline constexpr auto kFloat = memory::data_type::f32;

// A convolution's arrays in tiny-dnn's plain order (DnnlConvolution.h), and the same shape in
// whatever layout a kernel picks.
inline memory::desc inputDesc(const ConvolutionShape& s) {
    return {{s.samples, s.inChannels, s.inHeight, s.inWidth}, kFloat, Tag::nchw};
}
inline memory::desc weightsDesc(const ConvolutionShape& s) {
    return {{s.outChannels, s.inChannels, s.window, s.window}, kFloat, Tag::oihw};
}
inline memory::desc biasDesc(const ConvolutionShape& s) { return {{s.outChannels}, kFloat, Tag::x}; }
inline memory::desc outputDesc(const ConvolutionShape& s) {
    return {{s.samples, s.outChannels, s.outHeight(), s.outWidth()}, kFloat, Tag::nchw};
}
inline memory::desc anyLayout(const memory::desc& plain) { return memory::desc(plain.dims(), kFloat, Tag::any); }

// OpenMP's thread count is per calling thread (an ICV of its own), so this touches no other
// thread's work.
inline void runOnThisThreadOnly() {
#if DNNL_CPU_RUNTIME == DNNL_RUNTIME_OMP
    if (omp_get_max_threads() != 1) omp_set_num_threads(1);
#endif
}

// The caller's array in plain order, and the layout the kernel asked for: the same memory when
// they agree, a reordered copy when not (oneDNN's fast kernels want channels in blocks of 8 or 16).
class Operand {
public:
    Operand(const dnnl::engine& engine, const memory::desc& plain, const memory::desc& kernel)
        : plain_(plain, engine, DNNL_MEMORY_NONE), same_(plain == kernel),
          kernel_(same_ ? plain_ : memory(kernel, engine)) {
        if (!same_) {
            toKernel_ = dnnl::reorder(plain_, kernel_);
            toPlain_ = dnnl::reorder(kernel_, plain_);
        }
    }

    const memory& in(const float* values, dnnl::stream& stream) {
        plain_.set_data_handle(const_cast<float*>(values));
        if (!same_) toKernel_.execute(stream, plain_, kernel_);
        return kernel_;
    }
    // Where the kernel writes a result meant for `values`; finish() brings it there.
    const memory& out(float* values) {
        plain_.set_data_handle(values);
        return kernel_;
    }
    void finish(dnnl::stream& stream) {
        if (!same_) toPlain_.execute(stream, kernel_, plain_);
    }

private:
    memory plain_;
    bool same_;
    memory kernel_;
    dnnl::reorder toKernel_, toPlain_;
};

} // namespace digitpad::dnnl_support
