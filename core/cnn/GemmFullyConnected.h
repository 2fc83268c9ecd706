#pragma once
// tiny-dnn's fully_connected_layer with the batch done as three matrix products (Eigen GEMM)
// instead of a loop per sample that starts threads for every sample of the backward pass.
// Weights, their layout (input-major: W[in * outSize + out]) and initialisation stay tiny-dnn's.
#include "linalg/EigenOperand.h"
#include "cnn/ImageForward.h"
#include "cnn/LayerActivation.h"
#include "cnn/NetworkRandom.h"
#include "cnn/SummedWeightGradients.h"
#include "cnn/TinyDnn.h"
#include "util/SplitWork.h"

#include <Eigen/Core>

#include <algorithm>
#include <vector>

namespace digitpad {

template <typename Activation>
class GemmFullyConnected : public tiny_dnn::fully_connected_layer<Activation>, public ImageForward {
public:
    using Base = tiny_dnn::fully_connected_layer<Activation>;
    using Matrix = RowMajorMatrix;

    // `workers` share the products; the weights are drawn from `random` (as GemmConvolution's).
    // Both must outlive the layer.
    GemmFullyConnected(WorkerPool& workers, NetworkRandom& random, int inSize, int outSize)
        : Base(inSize, outSize), workers_(&workers), inSize_(inSize), outSize_(outSize) {
        this->weight_init(std::make_shared<XavierFrom>(random));
    }

    std::string layer_type() const override { return "fully-connected"; }

    void set_sample_count(tiny_dnn::serial_size_t samples) override {
        setSampleCountWithSummedWeightGradients(*this, samples);
    }

    void forward_propagation(const std::vector<tiny_dnn::tensor_t*>& in, std::vector<tiny_dnn::tensor_t*>& out) override {
        gather(*in[0], inSize_, inputs_);
        const Eigen::Map<const Matrix> weights((*in[1]).at(0).data(), inSize_, outSize_);
        const Eigen::Map<const Eigen::RowVectorXf> bias((*in[2]).at(0).data(), outSize_);
        multiplyByOutputs(weights);
        result_.rowwise() += bias;
        scatter(result_, *out[1]);
        activate(static_cast<Activation&>(this->activation_function()), *out[0], *out[1], 0, out[1]->size());
    }

    void forwardImage(const tiny_dnn::vec_t& input, tiny_dnn::vec_t& output, ImageScratch& scratch) const override {
        const std::vector<const tiny_dnn::vec_t*> parameters = this->weights();
        const MatrixOperand row{input.data(), 1, inSize_};
        const MatrixOperand weights{parameters[0]->data(), inSize_, outSize_};
        multiplyInto(row, weights, scratch.result);
        output.assign(parameters[1]->begin(), parameters[1]->end()); // the bias, then the product onto it
        for (int o = 0; o < outSize_; ++o) output[static_cast<std::size_t>(o)] += scratch.result(0, o);
        activateInPlace<Activation>(output);
    }

    void back_propagation(const std::vector<tiny_dnn::tensor_t*>& in, const std::vector<tiny_dnn::tensor_t*>& out,
                          std::vector<tiny_dnn::tensor_t*>& outGrad, std::vector<tiny_dnn::tensor_t*>& inGrad) override {
        deactivate(static_cast<Activation&>(this->activation_function()), *outGrad[0], *out[0], *outGrad[1], 0, outGrad[1]->size());
        gather(*outGrad[1], outSize_, deltas_);
        gather(*in[0], inSize_, inputs_);
        const float* weights = (*in[1]).at(0).data();
        tiny_dnn::tensor_t& inputGradient = *inGrad[0];
        float* weightGradient = (*inGrad[1])[0].data();
        // Both products are cut by input: a part takes its rows of the weights (and of their
        // gradient) and its columns of the input gradient, so no part waits on another.
        const auto inputs = static_cast<std::size_t>(inSize_);
        const std::size_t parts = worthSplitting() ? workParts(*workers_, inputs, kMinimumOutputsPerPart) : 1;
        partResults_.resize(std::max(partResults_.size(), parts));
        splitWork(*workers_, inputs, parts, [&](std::size_t part, std::size_t begin, std::size_t end) {
            const auto width = static_cast<std::ptrdiff_t>(end - begin);
            const MatrixOperand weightRows{weights + begin * outSize_, width, outSize_, true};
            Matrix& result = partResults_[part];
            multiplyInto(operand(deltas_), weightRows, result);
            for (std::size_t s = 0; s < inputGradient.size(); ++s)
                std::copy_n(result.row(static_cast<Eigen::Index>(s)).data(), width, inputGradient[s].data() + begin);
            // The batch's sum in the first sample's slot: tiny-dnn sums the slots when it updates.
            const MatrixOperand inputColumns{inputs_.data() + begin, inputs_.rows(), width, true, inSize_};
            multiply(inputColumns, operand(deltas_), weightGradient + begin * outSize_, Accumulate::Yes);
        });
        Eigen::Map<Eigen::RowVectorXf>((*inGrad[2])[0].data(), outSize_) += deltas_.colwise().sum();
    }

private:
    // result_ = inputs_ * weights, cut by output columns among the cores. For a drawing or two
    // the product is a matrix-vector one that reads every weight once (1 MB in the default
    // network's hidden layer): each core reads its share, which stays in its own cache from one
    // drawing to the next. A training batch's product is cut the same way.
    void multiplyByOutputs(const Eigen::Map<const Matrix>& weights) {
        const std::size_t outputs = static_cast<std::size_t>(outSize_);
        const std::size_t parts = worthSplitting() ? workParts(*workers_, outputs, kMinimumOutputsPerPart) : 1;
        if (parts == 1) return multiplyInto(operand(inputs_), operand(weights), result_);
        result_.resize(inputs_.rows(), outSize_);
        partResults_.resize(std::max(partResults_.size(), parts));
        splitWork(*workers_, outputs, parts, [&](std::size_t part, std::size_t begin, std::size_t end) {
            const MatrixOperand columns{weights.data() + begin, inSize_, static_cast<std::ptrdiff_t>(end - begin), false,
                                        outSize_};
            multiplyInto(operand(inputs_), columns, partResults_[part]);
        });
        for (std::size_t part = 0; part < parts; ++part)
            result_.middleCols(static_cast<Eigen::Index>(sliceStart(outputs, parts, part)), partResults_[part].cols()) =
                partResults_[part];
    }

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

    bool worthSplitting() const { return static_cast<double>(inSize_) * outSize_ >= kMinimumSplitProduct; }

    // Below some 100,000 multiply-adds per drawing (the output layers) a thread costs more than it saves.
    static constexpr double kMinimumSplitProduct = 1e5;
    static constexpr std::size_t kMinimumOutputsPerPart = 32;

    WorkerPool* workers_;
    int inSize_, outSize_;
    Matrix inputs_, result_, deltas_; // kept between calls so a training step allocates nothing
    std::vector<Matrix> partResults_;
};

} // namespace digitpad
