#pragma once
#include "classic/ClassicClassifier.h"

#include <cstdint>
#include <vector>

namespace digitpad {

// A multi-class support vector machine (one-vs-one, as libsvm and OpenCV do) with an RBF or a
// linear kernel. OpenCV's cv::ml::SVM trains it; the model keeps the support vectors and the
// 45 pairwise decision functions so it can turn decision values into probabilities by
// pairwise coupling (Wu, Lin and Weng 2004), which OpenCV's predict() does not offer.
class SvmClassifier final : public ClassicClassifier {
public:
    enum class Kernel : std::uint32_t { Linear = 0, Rbf = 1 };

    struct DecisionFunction {
        double rho = 0;
        std::vector<std::uint32_t> vectors; // rows of the support-vector matrix
        std::vector<double> alphas;
    };

    struct Machine {
        Kernel kernel = Kernel::Rbf;
        double gamma = 0;
        std::vector<std::uint8_t> classes;   // digit of each class position, ascending
        std::size_t featureCount = 0;
        std::vector<float> supportVectors;   // row-major, featureCount per row
        std::vector<DecisionFunction> pairs; // (0,1), (0,2), ... (1,2), ... as OpenCV orders them
    };

    // Checks the machine (feature count, classes, decision functions) and throws Error naming
    // `source` when it is inconsistent.
    SvmClassifier(const ClassicModelType& type, FeatureSpec features, HyperParameters parameters, Machine machine,
                  const std::string& source = "SVM");

    std::string kind() const override { return classicKind(ClassicAlgorithm::RbfSvm); }
    std::unique_ptr<Classifier> clone() const override;
    static std::unique_ptr<SvmClassifier> fromModelFile(const ModelFile& file, const std::string& name);

    static std::unique_ptr<SvmClassifier> train(const ClassicModelType& type, const HyperParameters& parameters,
                                                const std::vector<float>& features,
                                                const std::vector<std::uint8_t>& labels);

    std::size_t supportVectorCount() const;
    // The winner of OpenCV's one-vs-one vote for a feature row, for checking equivalence.
    int votedDigit(const float* row) const;

protected:
    std::vector<Probabilities> scoreFeatures(const float* rows, std::size_t count) const override;
    std::string payload() const override;
    std::string sizeSummary() const override;

private:
    std::vector<std::vector<double>> decisionValues(const float* rows, std::size_t count) const;
    Machine machine_;
};

} // namespace digitpad
