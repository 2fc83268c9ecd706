#include "cnn/DnnlConvolution.h"

#include "cnn/DnnlOperand.h"

#include <optional>

namespace digitpad {

using namespace dnnl_support;

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
        : input(inputDesc(s)), weights(weightsDesc(s)), bias(biasDesc(s)), output(outputDesc(s)),
          forwardDesc(makeForwardDesc()) {}

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

} // namespace digitpad
