#include "cnn/DnnlImageConvolution.h"

#include "cnn/DnnlOperand.h"

#include <cstring>
#include <vector>

namespace digitpad {

using namespace dnnl_support;

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
        : input(inputDesc(s)), weights(weightsDesc(s)), bias(biasDesc(s)), output(outputDesc(s)), desc(bestDesc(engine, s)),
          pass(desc), inputOperand(engine, input, desc.src_desc()), outputOperand(engine, output, desc.dst_desc()),
          plainWeights(weights, engine, DNNL_MEMORY_NONE), kernelWeights(desc.weights_desc(), engine),
          biasMemory(bias, engine, DNNL_MEMORY_NONE), weightsToKernel(plainWeights, kernelWeights) {}

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
        return {engine, dnnl::prop_kind::forward_inference, algorithm, anyLayout(inputDesc(s)), anyLayout(weightsDesc(s)),
                biasDesc(s), anyLayout(outputDesc(s)), strides, padding, padding};
#else
        const dnnl::convolution_forward::desc d(dnnl::prop_kind::forward_inference, algorithm, anyLayout(inputDesc(s)),
                                                anyLayout(weightsDesc(s)), biasDesc(s), anyLayout(outputDesc(s)), strides,
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
