#include "cnn/DnnlConvolution.h"

#include <dnnl.hpp>

#if DNNL_CPU_RUNTIME == DNNL_RUNTIME_OMP
#include <omp.h>
#endif

#include <algorithm>
#include <cstring>
#include <optional>

namespace digitpad {

namespace {

using dnnl::memory;
using Tag = memory::format_tag;
constexpr auto kFloat = memory::data_type::f32;

// OpenMP's thread count is per calling thread (an ICV of its own), so this touches no other
// thread's work.
void runOnThisThreadOnly() {
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

} // namespace

struct DnnlConvolution::Passes {
    dnnl::engine engine{dnnl::engine::kind::cpu, 0};
    dnnl::stream stream{engine};
    memory::desc input, weights, bias, output;
    memory::dims strides{1, 1}, padding{0, 0};
    dnnl::convolution_forward::primitive_desc forwardDesc;
    // The backward passes are built when first asked for: inference never needs them, and the
    // first layer never needs the input gradient.
    struct Forward {
        dnnl::convolution_forward pass;
        Operand input, weights, bias, output;
    };
    struct WeightGradient {
        dnnl::convolution_backward_weights pass;
        Operand input, outputGradient, weightGradient, biasGradient;
    };
    struct InputGradient {
        dnnl::convolution_backward_data pass;
        Operand outputGradient, weights, inputGradient;
    };
    std::optional<Forward> forward;
    std::optional<WeightGradient> weightGradient;
    std::optional<InputGradient> inputGradient;

    explicit Passes(const ConvolutionShape& s)
        : input({s.samples, s.inChannels, s.inHeight, s.inWidth}, kFloat, Tag::nchw),
          weights({s.outChannels, s.inChannels, s.window, s.window}, kFloat, Tag::oihw),
          bias({s.outChannels}, kFloat, Tag::x), output({s.samples, s.outChannels, s.outHeight(), s.outWidth()}, kFloat, Tag::nchw),
          forwardDesc(makeForwardDesc()) {}

    static memory::desc anyLayout(const memory::desc& plain) { return memory::desc(plain.dims(), kFloat, Tag::any); }

#if DNNL_VERSION_MAJOR >= 3
    dnnl::convolution_forward::primitive_desc makeForwardDesc() const {
        return {engine, dnnl::prop_kind::forward_training, dnnl::algorithm::convolution_direct, anyLayout(input),
                anyLayout(weights), bias, anyLayout(output), strides, padding, padding};
    }
    dnnl::convolution_backward_weights::primitive_desc makeWeightGradientDesc() const {
        return {engine, dnnl::algorithm::convolution_direct, anyLayout(input), anyLayout(weights), bias, anyLayout(output),
                strides, padding, padding, forwardDesc};
    }
    dnnl::convolution_backward_data::primitive_desc makeInputGradientDesc() const {
        return {engine, dnnl::algorithm::convolution_direct, anyLayout(input), anyLayout(weights), anyLayout(output),
                strides, padding, padding, forwardDesc};
    }
#else
    dnnl::convolution_forward::primitive_desc makeForwardDesc() const {
        const dnnl::convolution_forward::desc d(dnnl::prop_kind::forward_training, dnnl::algorithm::convolution_direct,
                                                anyLayout(input), anyLayout(weights), bias, anyLayout(output), strides,
                                                padding, padding);
        return {d, engine};
    }
    dnnl::convolution_backward_weights::primitive_desc makeWeightGradientDesc() const {
        const dnnl::convolution_backward_weights::desc d(dnnl::algorithm::convolution_direct, anyLayout(input),
                                                         anyLayout(weights), bias, anyLayout(output), strides, padding,
                                                         padding);
        return {d, engine, forwardDesc};
    }
    dnnl::convolution_backward_data::primitive_desc makeInputGradientDesc() const {
        const dnnl::convolution_backward_data::desc d(dnnl::algorithm::convolution_direct, anyLayout(input),
                                                      anyLayout(weights), anyLayout(output), strides, padding, padding);
        return {d, engine, forwardDesc};
    }
#endif

    Forward& forwardPass() {
        if (!forward)
            forward.emplace(Forward{dnnl::convolution_forward(forwardDesc), Operand(engine, input, forwardDesc.src_desc()),
                                    Operand(engine, weights, forwardDesc.weights_desc()), Operand(engine, bias, bias),
                                    Operand(engine, output, forwardDesc.dst_desc())});
        return *forward;
    }
    WeightGradient& weightGradientPass() {
        if (!weightGradient) {
            const auto d = makeWeightGradientDesc();
            weightGradient.emplace(WeightGradient{
                dnnl::convolution_backward_weights(d), Operand(engine, input, d.src_desc()),
                Operand(engine, output, d.diff_dst_desc()), Operand(engine, weights, d.diff_weights_desc()),
                Operand(engine, bias, bias)});
        }
        return *weightGradient;
    }
    InputGradient& inputGradientPass() {
        if (!inputGradient) {
            const auto d = makeInputGradientDesc();
            inputGradient.emplace(InputGradient{dnnl::convolution_backward_data(d),
                                                Operand(engine, output, d.diff_dst_desc()),
                                                Operand(engine, weights, d.weights_desc()),
                                                Operand(engine, input, d.diff_src_desc())});
        }
        return *inputGradient;
    }
};

DnnlConvolution::DnnlConvolution(const ConvolutionShape& shape) : shape_(shape), passes_(std::make_unique<Passes>(shape)) {}
DnnlConvolution::DnnlConvolution(DnnlConvolution&&) noexcept = default;
DnnlConvolution& DnnlConvolution::operator=(DnnlConvolution&&) noexcept = default;
DnnlConvolution::~DnnlConvolution() = default;

void DnnlConvolution::forward(const float* input, const float* weights, const float* bias, float* output) {
    runOnThisThreadOnly();
    Passes::Forward& f = passes_->forwardPass();
    dnnl::stream& stream = passes_->stream;
    f.pass.execute(stream, {{DNNL_ARG_SRC, f.input.in(input, stream)},
                            {DNNL_ARG_WEIGHTS, f.weights.in(weights, stream)},
                            {DNNL_ARG_BIAS, f.bias.in(bias, stream)},
                            {DNNL_ARG_DST, f.output.out(output)}});
    f.output.finish(stream);
    stream.wait();
}

void DnnlConvolution::weightGradient(const float* input, const float* outputGradient, float* weightGradient,
                                     float* biasGradient) {
    runOnThisThreadOnly();
    Passes::WeightGradient& g = passes_->weightGradientPass();
    dnnl::stream& stream = passes_->stream;
    g.pass.execute(stream, {{DNNL_ARG_SRC, g.input.in(input, stream)},
                            {DNNL_ARG_DIFF_DST, g.outputGradient.in(outputGradient, stream)},
                            {DNNL_ARG_DIFF_WEIGHTS, g.weightGradient.out(weightGradient)},
                            {DNNL_ARG_DIFF_BIAS, g.biasGradient.out(biasGradient)}});
    g.weightGradient.finish(stream);
    stream.wait();
}

void DnnlConvolution::inputGradient(const float* outputGradient, const float* weights, float* inputGradient) {
    runOnThisThreadOnly();
    Passes::InputGradient& g = passes_->inputGradientPass();
    dnnl::stream& stream = passes_->stream;
    g.pass.execute(stream, {{DNNL_ARG_DIFF_DST, g.outputGradient.in(outputGradient, stream)},
                            {DNNL_ARG_WEIGHTS, g.weights.in(weights, stream)},
                            {DNNL_ARG_DIFF_SRC, g.inputGradient.out(inputGradient)}});
    g.inputGradient.finish(stream);
    stream.wait();
}

struct DnnlImageConvolution::Pass {
    dnnl::engine engine{dnnl::engine::kind::cpu, 0};
    dnnl::stream stream{engine};
    memory::desc input, weights, bias, output;
    dnnl::convolution_forward::primitive_desc desc;
    dnnl::convolution_forward pass;
    Operand inputOperand, outputOperand;
    memory plainWeights, kernelWeights, biasMemory;
    dnnl::reorder weightsToKernel;
    std::vector<float> weightsInKernel; // the plain weights now in kernelWeights

    explicit Pass(const ConvolutionShape& s)
        : input(inputOf(s)), weights(weightsOf(s)), bias(biasOf(s)), output(outputOf(s)), desc(bestDesc(engine, s)), pass(desc),
          inputOperand(engine, input, desc.src_desc()), outputOperand(engine, output, desc.dst_desc()),
          plainWeights(weights, engine, DNNL_MEMORY_NONE), kernelWeights(desc.weights_desc(), engine),
          biasMemory(bias, engine, DNNL_MEMORY_NONE), weightsToKernel(plainWeights, kernelWeights) {}

    static memory::desc inputOf(const ConvolutionShape& s) { return {{1, s.inChannels, s.inHeight, s.inWidth}, kFloat, Tag::nchw}; }
    static memory::desc weightsOf(const ConvolutionShape& s) {
        return {{s.outChannels, s.inChannels, s.window, s.window}, kFloat, Tag::oihw};
    }
    static memory::desc biasOf(const ConvolutionShape& s) { return {{s.outChannels}, kFloat, Tag::x}; }
    static memory::desc outputOf(const ConvolutionShape& s) {
        return {{1, s.outChannels, s.outHeight(), s.outWidth()}, kFloat, Tag::nchw};
    }
    static memory::desc anyLayout(const memory::desc& plain) { return memory::desc(plain.dims(), kFloat, Tag::any); }

    static dnnl::convolution_forward::primitive_desc bestDesc(const dnnl::engine& engine, const ConvolutionShape& s) {
        try {
            return describe(engine, s, dnnl::algorithm::convolution_winograd);
        } catch (const dnnl::error&) {
            return describe(engine, s, dnnl::algorithm::convolution_direct); // no Winograd for this shape or CPU
        }
    }

    // Throws dnnl::error where oneDNN has no kernel for the algorithm.
    static dnnl::convolution_forward::primitive_desc describe(const dnnl::engine& engine, const ConvolutionShape& s,
                                                              dnnl::algorithm algorithm) {
        const memory::dims strides{1, 1}, padding{0, 0};
#if DNNL_VERSION_MAJOR >= 3
        return {engine, dnnl::prop_kind::forward_inference, algorithm, anyLayout(inputOf(s)), anyLayout(weightsOf(s)),
                biasOf(s), anyLayout(outputOf(s)), strides, padding, padding};
#else
        const dnnl::convolution_forward::desc d(dnnl::prop_kind::forward_inference, algorithm, anyLayout(inputOf(s)),
                                                anyLayout(weightsOf(s)), biasOf(s), anyLayout(outputOf(s)), strides,
                                                padding, padding);
        return {d, engine};
#endif
    }

    // Comparing the weights costs a few microseconds; trusting a pointer would read a model's
    // old weights after a training step or an adaptation wrote new ones in place.
    void useWeights(const float* values) {
        const std::size_t count = weights.get_size() / sizeof(float);
        if (weightsInKernel.size() == count && std::memcmp(values, weightsInKernel.data(), count * sizeof(float)) == 0) return;
        weightsInKernel.assign(values, values + count);
        plainWeights.set_data_handle(weightsInKernel.data());
        weightsToKernel.execute(stream, plainWeights, kernelWeights);
    }
};

bool DnnlImageConvolution::hasWinograd(const ConvolutionShape& shape) {
    runOnThisThreadOnly();
    try {
        const dnnl::engine engine{dnnl::engine::kind::cpu, 0};
        Pass::describe(engine, shape, dnnl::algorithm::convolution_winograd);
        return true;
    } catch (const dnnl::error&) {
        return false;
    }
}

DnnlImageConvolution::DnnlImageConvolution(const ConvolutionShape& shape) : shape_(shape) {
    runOnThisThreadOnly(); // making the kernel may run parallel regions too
    pass_ = std::make_unique<Pass>(shape);
}
DnnlImageConvolution::DnnlImageConvolution(DnnlImageConvolution&&) noexcept = default;
DnnlImageConvolution& DnnlImageConvolution::operator=(DnnlImageConvolution&&) noexcept = default;
DnnlImageConvolution::~DnnlImageConvolution() = default;

void DnnlImageConvolution::forward(const float* input, const float* weights, const float* bias, float* output) {
    runOnThisThreadOnly();
    Pass& p = *pass_;
    p.useWeights(weights);
    p.biasMemory.set_data_handle(const_cast<float*>(bias));
    p.pass.execute(p.stream, {{DNNL_ARG_SRC, p.inputOperand.in(input, p.stream)},
                              {DNNL_ARG_WEIGHTS, p.kernelWeights},
                              {DNNL_ARG_BIAS, p.biasMemory},
                              {DNNL_ARG_DST, p.outputOperand.out(output)}});
    p.outputOperand.finish(p.stream);
    p.stream.wait();
}

} // namespace digitpad
