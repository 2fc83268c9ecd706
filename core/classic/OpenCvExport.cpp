#include "classic/OpenCvExport.h"

#include <cmath>

namespace digitpad {
namespace {

// Copies the tree under `root` out of OpenCV's shared node and split arrays.
ForestClassifier::Tree exportTree(const cv::ml::RTrees& forest, int root) {
    const auto& nodes = forest.getNodes();
    const auto& splits = forest.getSplits();
    ForestClassifier::Tree tree(1);
    std::vector<std::pair<int, std::size_t>> pending{{root, 0}}; // OpenCV node, our slot
    while (!pending.empty()) {
        const auto [index, slot] = pending.back();
        pending.pop_back();
        const cv::ml::DTrees::Node& node = nodes[static_cast<std::size_t>(index)];
        ForestClassifier::Node out;
        if (node.split < 0) {
            out.digit = static_cast<std::uint8_t>(std::lround(node.value));
        } else {
            const cv::ml::DTrees::Split& split = splits[static_cast<std::size_t>(node.split)];
            out.feature = static_cast<std::uint32_t>(split.varIdx);
            out.threshold = split.c;
            // OpenCV goes left when value <= c, the other way for an "inversed" split.
            const int low = split.inversed ? node.right : node.left;
            const int high = split.inversed ? node.left : node.right;
            out.left = static_cast<std::int32_t>(tree.size());
            out.right = out.left + 1;
            tree.resize(tree.size() + 2);
            pending.push_back({low, static_cast<std::size_t>(out.left)});
            pending.push_back({high, static_cast<std::size_t>(out.right)});
        }
        tree[slot] = out;
    }
    return tree;
}

} // namespace

std::vector<ForestClassifier::Tree> exportForest(const cv::ml::RTrees& forest) {
    std::vector<ForestClassifier::Tree> trees;
    for (const int root : forest.getRoots()) trees.push_back(exportTree(forest, root));
    return trees;
}

SvmClassifier::Machine exportSvm(const cv::ml::SVM& svm, const cv::Mat& classLabels, std::size_t featureCount) {
    SvmClassifier::Machine machine;
    const bool rbf = svm.getKernelType() == cv::ml::SVM::RBF;
    machine.kernel = rbf ? SvmClassifier::Kernel::Rbf : SvmClassifier::Kernel::Linear;
    machine.gamma = rbf ? svm.getGamma() : 0.0;
    machine.featureCount = featureCount;
    for (int i = 0; i < static_cast<int>(classLabels.total()); ++i)
        machine.classes.push_back(static_cast<std::uint8_t>(classLabels.at<int>(i)));
    const cv::Mat vectors = svm.getSupportVectors();
    machine.supportVectors.assign(vectors.ptr<float>(0), vectors.ptr<float>(0) + vectors.total());
    const std::size_t classes = machine.classes.size();
    for (std::size_t i = 0; i < classes * (classes - 1) / 2; ++i) {
        cv::Mat alpha, index;
        SvmClassifier::DecisionFunction pair;
        pair.rho = svm.getDecisionFunction(static_cast<int>(i), alpha, index);
        for (int j = 0; j < static_cast<int>(index.total()); ++j) {
            pair.vectors.push_back(static_cast<std::uint32_t>(index.at<int>(j)));
            pair.alphas.push_back(alpha.at<double>(j));
        }
        machine.pairs.push_back(std::move(pair));
    }
    return machine;
}

cv::Ptr<cv::ml::TrainData> makeTrainData(const std::vector<float>& features, const std::vector<std::uint8_t>& labels,
                                         std::size_t featureCount) {
    const int rows = static_cast<int>(labels.size());
    const int width = static_cast<int>(featureCount);
    const cv::Mat samples = cv::Mat(rows, width, CV_32F, const_cast<float*>(features.data())).clone();
    cv::Mat responses(rows, 1, CV_32S);
    for (int i = 0; i < rows; ++i) responses.at<int>(i) = labels[static_cast<std::size_t>(i)];
    // Every feature is a number; the response is a class, so OpenCV classifies.
    cv::Mat varTypes(width + 1, 1, CV_8U, cv::Scalar(cv::ml::VAR_ORDERED));
    varTypes.at<std::uint8_t>(width) = cv::ml::VAR_CATEGORICAL;
    return cv::ml::TrainData::create(samples, cv::ml::ROW_SAMPLE, responses, cv::noArray(), cv::noArray(),
                                     cv::noArray(), varTypes);
}

} // namespace digitpad
