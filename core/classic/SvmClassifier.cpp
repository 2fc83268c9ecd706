#include "classic/SvmClassifier.h"

#include "classic/OpenCvExport.h"
#include "linalg/EigenOperand.h"
#include "util/Error.h"

#include <Eigen/Dense>
#include <opencv2/core.hpp>

#include <algorithm>
#include <cmath>

namespace digitpad {
namespace {

// Decision values are functional margins (+-1 on the margin); this slope maps the margin to
// a pairwise probability of about 0.95, a fixed stand-in for libsvm's fitted Platt scaling.
constexpr double kSigmoidSlope = 3.0;

std::size_t pairCount(std::size_t classes) { return classes * (classes - 1) / 2; }

// Pairwise coupling, method 2 of Wu, Lin and Weng: minimise
// sum_i sum_{j!=i} (r_ji p_i - r_ij p_j)^2 subject to sum p = 1, a small linear system.
std::vector<double> couple(const std::vector<std::vector<double>>& r) {
    const int k = static_cast<int>(r.size());
    cv::Mat system = cv::Mat::zeros(k + 1, k + 1, CV_64F);
    cv::Mat rhs = cv::Mat::zeros(k + 1, 1, CV_64F);
    for (int t = 0; t < k; ++t) {
        for (int j = 0; j < k; ++j) {
            if (j == t) continue;
            system.at<double>(t, t) += r[j][t] * r[j][t];
            system.at<double>(t, j) = -r[j][t] * r[t][j];
        }
        system.at<double>(t, k) = system.at<double>(k, t) = 1.0;
    }
    rhs.at<double>(k) = 1.0;
    cv::Mat solution;
    std::vector<double> p(static_cast<std::size_t>(k), 1.0 / k);
    if (!cv::solve(system, rhs, solution, cv::DECOMP_LU)) return p;
    double sum = 0;
    for (int t = 0; t < k; ++t) sum += p[t] = std::max(0.0, solution.at<double>(t));
    if (sum <= 0) return std::vector<double>(static_cast<std::size_t>(k), 1.0 / k);
    for (double& v : p) v /= sum;
    return p;
}

void checkMachine(const SvmClassifier::Machine& m, std::size_t featureCount, const std::string& name) {
    if (m.kernel != SvmClassifier::Kernel::Rbf && m.kernel != SvmClassifier::Kernel::Linear)
        throw Error(name + ": unknown SVM kernel");
    if (m.kernel == SvmClassifier::Kernel::Rbf && !(m.gamma > 0 && std::isfinite(m.gamma)))
        throw Error(name + ": invalid RBF gamma");
    if (m.featureCount != featureCount)
        throw Error(name + ": support vectors have " + std::to_string(m.featureCount) + " features, the " +
                    "feature settings give " + std::to_string(featureCount));
    if (m.classes.size() < 2 || m.classes.size() > kClassCount || !std::is_sorted(m.classes.begin(), m.classes.end()) ||
        std::adjacent_find(m.classes.begin(), m.classes.end()) != m.classes.end() || m.classes.back() >= kClassCount)
        throw Error(name + ": invalid SVM class list");
    if (m.pairs.size() != pairCount(m.classes.size()))
        throw Error(name + ": expected " + std::to_string(pairCount(m.classes.size())) + " decision functions");
    const std::size_t vectorCount = featureCount ? m.supportVectors.size() / featureCount : 0;
    for (const float v : m.supportVectors)
        if (!std::isfinite(v)) throw Error(name + ": support vectors contain NaN or infinity");
    for (const auto& pair : m.pairs) {
        if (!std::isfinite(pair.rho) || pair.vectors.size() != pair.alphas.size())
            throw Error(name + ": corrupt decision function");
        for (std::size_t i = 0; i < pair.vectors.size(); ++i)
            if (pair.vectors[i] >= vectorCount || !std::isfinite(pair.alphas[i]))
                throw Error(name + ": corrupt decision function");
    }
}

} // namespace

SvmClassifier::SvmClassifier(const ClassicModelType& type, FeatureSpec features, HyperParameters parameters,
                             Machine machine, const std::string& source)
    : ClassicClassifier(type, features, std::move(parameters)), machine_(std::move(machine)) {
    checkMachine(machine_, features.size(), source);
}

std::unique_ptr<Classifier> SvmClassifier::clone() const { return std::make_unique<SvmClassifier>(*this); }

std::size_t SvmClassifier::supportVectorCount() const {
    return machine_.featureCount ? machine_.supportVectors.size() / machine_.featureCount : 0;
}

std::string SvmClassifier::sizeSummary() const {
    return std::to_string(supportVectorCount()) + " support vectors";
}

std::unique_ptr<SvmClassifier> SvmClassifier::train(const ClassicModelType& type, const HyperParameters& parameters,
                                                    const std::vector<float>& features,
                                                    const std::vector<std::uint8_t>& labels) {
    auto data = makeTrainData(features, labels, type.features.size());
    auto svm = cv::ml::SVM::create();
    svm->setType(cv::ml::SVM::C_SVC);
    const bool rbf = type.algorithm == ClassicAlgorithm::RbfSvm;
    svm->setKernel(rbf ? cv::ml::SVM::RBF : cv::ml::SVM::LINEAR);
    svm->setC(parameters.at("C"));
    if (rbf) svm->setGamma(parameters.at("gamma"));
    // OpenCV's default stops the solver after 1,000 iterations, far too early for MNIST-sized
    // problems; libsvm's tolerance without an iteration cap converges properly.
    svm->setTermCriteria(cv::TermCriteria(cv::TermCriteria::EPS, 0, 1e-3));
    svm->train(data);

    return std::make_unique<SvmClassifier>(type, type.features, parameters,
                                           exportSvm(*svm, data->getClassLabels(), type.features.size()));
}

std::vector<std::vector<double>> SvmClassifier::decisionValues(const float* rows, std::size_t count) const {
    using Matrix = RowMajorMatrix;
    const auto width = static_cast<Eigen::Index>(machine_.featureCount);
    const Eigen::Map<const Matrix> x(rows, static_cast<Eigen::Index>(count), width);
    const Eigen::Map<const Matrix> sv(machine_.supportVectors.data(), static_cast<Eigen::Index>(supportVectorCount()), width);
    // The kernel between every row and every support vector is one matrix product, the bulk
    // of the work; Eigen's GEMM is several times faster than cv::gemm here.
    Matrix kernel;
    multiplyInto(operand(x), operand(sv, true), kernel);
    if (machine_.kernel == Kernel::Rbf) {
        const Eigen::VectorXf xNorms = x.rowwise().squaredNorm();
        const Eigen::RowVectorXf svNorms = sv.rowwise().squaredNorm().transpose();
        const float gamma = static_cast<float>(machine_.gamma);
        for (Eigen::Index i = 0; i < kernel.rows(); ++i)
            kernel.row(i) = ((kernel.row(i) * -2.0f + svNorms).array() + xNorms(i)).max(0.0f) * -gamma;
        kernel = kernel.array().exp().matrix();
    }
    std::vector<std::vector<double>> values(count, std::vector<double>(machine_.pairs.size()));
    for (std::size_t i = 0; i < count; ++i) {
        const float* k = kernel.data() + i * kernel.cols();
        for (std::size_t p = 0; p < machine_.pairs.size(); ++p) {
            const DecisionFunction& pair = machine_.pairs[p];
            double sum = -pair.rho;
            for (std::size_t v = 0; v < pair.vectors.size(); ++v) sum += pair.alphas[v] * k[pair.vectors[v]];
            values[i][p] = sum;
        }
    }
    return values;
}

std::vector<Probabilities> SvmClassifier::scoreFeatures(const float* rows, std::size_t count) const {
    const std::size_t classes = machine_.classes.size();
    std::vector<Probabilities> result;
    for (const std::vector<double>& values : decisionValues(rows, count)) {
        // r[i][j]: probability of class i given that it is i or j.
        std::vector<std::vector<double>> r(classes, std::vector<double>(classes, 0.5));
        std::size_t p = 0;
        for (std::size_t i = 0; i < classes; ++i)
            for (std::size_t j = i + 1; j < classes; ++j, ++p) {
                const double ri = std::clamp(1.0 / (1.0 + std::exp(-kSigmoidSlope * values[p])), 1e-7, 1 - 1e-7);
                r[i][j] = ri;
                r[j][i] = 1 - ri;
            }
        const std::vector<double> coupled = couple(r);
        Probabilities probabilities{};
        for (std::size_t c = 0; c < classes; ++c) probabilities[machine_.classes[c]] = static_cast<float>(coupled[c]);
        result.push_back(probabilities);
    }
    return result;
}

int SvmClassifier::votedDigit(const float* row) const {
    const std::vector<double> values = decisionValues(row, 1).front();
    std::vector<int> votes(machine_.classes.size(), 0);
    std::size_t p = 0;
    for (std::size_t i = 0; i < votes.size(); ++i)
        for (std::size_t j = i + 1; j < votes.size(); ++j, ++p) ++votes[values[p] > 0 ? i : j];
    return machine_.classes[static_cast<std::size_t>(std::max_element(votes.begin(), votes.end()) - votes.begin())];
}

std::string SvmClassifier::payload() const {
    ByteWriter out;
    out.u32(static_cast<std::uint32_t>(machine_.kernel));
    out.f64(machine_.gamma);
    out.u32(static_cast<std::uint32_t>(machine_.classes.size()));
    for (std::uint8_t digit : machine_.classes) out.u32(digit);
    out.u32(static_cast<std::uint32_t>(machine_.featureCount));
    out.u32(static_cast<std::uint32_t>(supportVectorCount()));
    out.floats(machine_.supportVectors.data(), machine_.supportVectors.size());
    out.u32(static_cast<std::uint32_t>(machine_.pairs.size()));
    for (const DecisionFunction& pair : machine_.pairs) {
        out.f64(pair.rho);
        out.u32(static_cast<std::uint32_t>(pair.vectors.size()));
        for (std::size_t v = 0; v < pair.vectors.size(); ++v) {
            out.u32(pair.vectors[v]);
            out.f64(pair.alphas[v]);
        }
    }
    return out.data();
}

std::unique_ptr<SvmClassifier> SvmClassifier::fromModelFile(const ModelFile& file, const std::string& name) {
    const Header header = readHeader(file, name);
    ByteReader in(file.payload, name);
    Machine m;
    m.kernel = static_cast<Kernel>(in.u32());
    m.gamma = in.f64();
    const std::uint32_t classCount = in.u32();
    if (classCount > kClassCount) throw Error(name + ": invalid SVM class list");
    for (std::uint32_t i = 0; i < classCount; ++i) {
        const std::uint32_t digit = in.u32();
        if (digit >= kClassCount) throw Error(name + ": invalid SVM class list");
        m.classes.push_back(static_cast<std::uint8_t>(digit));
    }
    m.featureCount = in.u32();
    const std::uint64_t vectorCount = in.u32();
    if (m.featureCount == 0 || vectorCount * m.featureCount * 4 > in.remaining())
        throw Error(name + ": truncated model data");
    m.supportVectors.resize(static_cast<std::size_t>(vectorCount) * m.featureCount);
    in.floats(m.supportVectors.data(), m.supportVectors.size());
    const std::uint32_t pairs = in.u32();
    if (pairs != pairCount(m.classes.size())) throw Error(name + ": wrong number of SVM decision functions");
    for (std::uint32_t p = 0; p < pairs; ++p) {
        DecisionFunction pair;
        pair.rho = in.f64();
        const std::uint32_t n = in.u32();
        if (static_cast<std::uint64_t>(n) * 12 > in.remaining()) throw Error(name + ": truncated model data");
        for (std::uint32_t v = 0; v < n; ++v) {
            pair.vectors.push_back(in.u32());
            pair.alphas.push_back(in.f64());
        }
        m.pairs.push_back(std::move(pair));
    }
    if (!in.atEnd()) throw Error(name + ": " + std::to_string(in.remaining()) + " unexpected bytes after the SVM");
    const bool linearType = header.type->algorithm == ClassicAlgorithm::LinearSvm;
    if ((m.kernel == Kernel::Linear) != linearType) throw Error(name + ": SVM kernel does not match its type");
    return std::make_unique<SvmClassifier>(*header.type, header.features, header.parameters, std::move(m), name);
}

} // namespace digitpad
