#pragma once
// tiny-dnn's fully_connected_layer with the batch done as three matrix products (Eigen GEMM)
// instead of a loop per sample that starts threads for every sample of the backward pass.
// Weights, their layout (input-major: W[in * outSize + out]) and initialisation stay tiny-dnn's.
#include "linalg/EigenOperand.h"
#include "model/LayerActivation.h"
#include "model/SummedWeightGradients.h"
#include "model/TinyDnn.h"

#include <Eigen/Core>

namespace digitpad {

template <typename Activation>
class GemmFullyConnected : public tiny_dnn::fully_connected_layer<Activation> {
public:
    using Base = tiny_dnn::fully_connected_layer<Activation>;
    using Matrix = RowMajorMatrix;

    GemmFullyConnected(int inSize, int outSize) : Base(inSize, outSize), inSize_(inSize), outSize_(outSize) {}

    std::string layer_type() const override { return "fully-connected"; }

    void set_sample_count(tiny_dnn::serial_size_t samples) override {
        setSampleCountWithSummedWeightGradients(*this, samples);
    }

    void forward_propagation(const std::vector<tiny_dnn::tensor_t*>& in, std::vector<tiny_dnn::tensor_t*>& out) override {
        gather(*in[0], inSize_, inputs_);
        const Eigen::Map<const Matrix> weights((*in[1]).at(0).data(), inSize_, outSize_);
        const Eigen::Map<const Eigen::RowVectorXf> bias((*in[2]).at(0).data(), outSize_);
        multiplyInto(operand(inputs_), operand(weights), result_);
        result_.rowwise() += bias;
        scatter(result_, *out[1]);
        activate(static_cast<Activation&>(this->activation_function()), *out[0], *out[1], 0, out[1]->size());
    }

    void back_propagation(const std::vector<tiny_dnn::tensor_t*>& in, const std::vector<tiny_dnn::tensor_t*>& out,
                          std::vector<tiny_dnn::tensor_t*>& outGrad, std::vector<tiny_dnn::tensor_t*>& inGrad) override {
        deactivate(static_cast<Activation&>(this->activation_function()), *outGrad[0], *out[0], *outGrad[1], 0, outGrad[1]->size());
        gather(*outGrad[1], outSize_, deltas_);
        gather(*in[0], inSize_, inputs_);
        const Eigen::Map<const Matrix> weights((*in[1]).at(0).data(), inSize_, outSize_);
        multiplyInto(operand(deltas_), operand(weights, true), result_);
        tiny_dnn::tensor_t& inputGradient = *inGrad[0];
        for (std::size_t s = 0; s < inputGradient.size(); ++s)
            Eigen::Map<Eigen::RowVectorXf>(inputGradient[s].data(), inSize_) += result_.row(static_cast<Eigen::Index>(s));
        // The batch's sum in the first sample's slot: tiny-dnn sums the slots when it updates.
        multiply(operand(inputs_, true), operand(deltas_), (*inGrad[1])[0].data(), Accumulate::Yes);
        Eigen::Map<Eigen::RowVectorXf>((*inGrad[2])[0].data(), outSize_) += deltas_.colwise().sum();
    }

private:
    static void gather(const tiny_dnn::tensor_t& rows, int width, Matrix& matrix) {
        matrix.resize(static_cast<Eigen::Index>(rows.size()), width);
        for (std::size_t s = 0; s < rows.size(); ++s)
            matrix.row(static_cast<Eigen::Index>(s)) = Eigen::Map<const Eigen::RowVectorXf>(rows[s].data(), width);
    }

    void scatter(const Matrix& matrix, tiny_dnn::tensor_t& rows) const {
        for (std::size_t s = 0; s < rows.size(); ++s) {
            rows[s].resize(static_cast<std::size_t>(outSize_));
            Eigen::Map<Eigen::RowVectorXf>(rows[s].data(), outSize_) = matrix.row(static_cast<Eigen::Index>(s));
        }
    }

    int inSize_, outSize_;
    Matrix inputs_, result_, deltas_; // kept between calls so a training step allocates nothing
};

} // namespace digitpad
