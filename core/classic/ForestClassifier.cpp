#include "classic/ForestClassifier.h"

#include "classic/OpenCvExport.h"

#include "util/Error.h"
#include "util/SplitWork.h"

#include <opencv2/core.hpp>

#include <cmath>

namespace digitpad {
namespace {

void checkTrees(const std::vector<ForestClassifier::Tree>& trees, std::size_t featureCount, const std::string& name) {
    if (trees.empty()) throw Error(name + ": the forest has no trees");
    for (const ForestClassifier::Tree& tree : trees) {
        if (tree.empty()) throw Error(name + ": the forest has an empty tree");
        const auto size = static_cast<std::int64_t>(tree.size());
        for (std::int64_t i = 0; i < size; ++i) {
            const ForestClassifier::Node& node = tree[static_cast<std::size_t>(i)];
            const bool leaf = node.left < 0 && node.right < 0;
            // Children strictly after their parent: a walk always ends, whatever the file says.
            const bool linked = node.left > i && node.left < size && node.right > i && node.right < size;
            if (leaf ? node.digit >= kClassCount : (!linked || node.feature >= featureCount || !std::isfinite(node.threshold)))
                throw Error(name + ": corrupt tree node");
        }
    }
}

int walk(const ForestClassifier::Tree& tree, const float* row) {
    std::size_t i = 0;
    while (tree[i].left >= 0)
        i = static_cast<std::size_t>(row[tree[i].feature] <= tree[i].threshold ? tree[i].left : tree[i].right);
    return tree[i].digit;
}

} // namespace

ForestClassifier::ForestClassifier(const ClassicModelType& type, FeatureSpec features, HyperParameters parameters,
                                   std::vector<Tree> trees, const std::string& source)
    : ClassicClassifier(type, features, std::move(parameters)), trees_(std::move(trees)) {
    checkTrees(trees_, features.size(), source);
}

std::unique_ptr<Classifier> ForestClassifier::clone() const { return std::make_unique<ForestClassifier>(*this); }

std::size_t ForestClassifier::nodeCount() const {
    std::size_t count = 0;
    for (const Tree& tree : trees_) count += tree.size();
    return count;
}

std::string ForestClassifier::sizeSummary() const {
    return std::to_string(trees_.size()) + " trees, " + std::to_string(nodeCount()) + " nodes";
}

std::unique_ptr<ForestClassifier> ForestClassifier::train(const ClassicModelType& type,
                                                          const HyperParameters& parameters,
                                                          const std::vector<float>& features,
                                                          const std::vector<std::uint8_t>& labels) {
    auto data = makeTrainData(features, labels, type.features.size());
    auto forest = cv::ml::RTrees::create();
    forest->setMaxDepth(static_cast<int>(parameters.at("max_depth")));
    forest->setMinSampleCount(static_cast<int>(parameters.at("min_samples")));
    forest->setActiveVarCount(static_cast<int>(parameters.at("features_per_split")));
    forest->setCVFolds(0);
    forest->setUseSurrogates(false);
    forest->setCalculateVarImportance(false);
    forest->setTermCriteria(cv::TermCriteria(cv::TermCriteria::MAX_ITER, static_cast<int>(parameters.at("trees")), 0));
    forest->train(data);

    return std::make_unique<ForestClassifier>(type, type.features, parameters, exportForest(*forest));
}

std::vector<Probabilities> ForestClassifier::scoreFeatures(const float* rows, std::size_t count) const {
    const std::size_t width = features().size();
    std::vector<Probabilities> result(count);
    const float share = 1.0f / static_cast<float>(trees_.size());
    splitWork(count, workParts(count, 32, threads()), [&](std::size_t, std::size_t begin, std::size_t end) {
        for (std::size_t i = begin; i < end; ++i) {
            Probabilities& votes = result[i];
            votes.fill(0.0f);
            for (const Tree& tree : trees_) votes[walk(tree, rows + i * width)] += share;
        }
    });
    return result;
}

std::string ForestClassifier::payload() const {
    ByteWriter out;
    out.u32(static_cast<std::uint32_t>(trees_.size()));
    for (const Tree& tree : trees_) {
        out.u32(static_cast<std::uint32_t>(tree.size()));
        for (const Node& node : tree) {
            out.u32(static_cast<std::uint32_t>(node.left));
            out.u32(static_cast<std::uint32_t>(node.right));
            out.u32(node.feature);
            out.floats(&node.threshold, 1);
            out.u32(node.digit);
        }
    }
    return out.data();
}

std::unique_ptr<ForestClassifier> ForestClassifier::fromModelFile(const ModelFile& file, const std::string& name) {
    const Header header = readHeader(file, name);
    constexpr std::size_t kNodeBytes = 20;
    ByteReader in(file.payload, name);
    const std::uint32_t treeCount = in.u32();
    if (treeCount == 0 || treeCount > in.remaining() / (4 + kNodeBytes)) throw Error(name + ": truncated model data");
    std::vector<Tree> trees(treeCount);
    for (Tree& tree : trees) {
        const std::uint32_t nodes = in.u32();
        if (static_cast<std::uint64_t>(nodes) * kNodeBytes > in.remaining()) throw Error(name + ": truncated model data");
        tree.resize(nodes);
        for (Node& node : tree) {
            node.left = static_cast<std::int32_t>(in.u32());
            node.right = static_cast<std::int32_t>(in.u32());
            node.feature = in.u32();
            in.floats(&node.threshold, 1);
            const std::uint32_t digit = in.u32();
            if (digit >= kClassCount) throw Error(name + ": corrupt tree node");
            node.digit = static_cast<std::uint8_t>(digit);
        }
    }
    if (!in.atEnd()) throw Error(name + ": " + std::to_string(in.remaining()) + " unexpected bytes after the forest");
    return std::make_unique<ForestClassifier>(*header.type, header.features, header.parameters, std::move(trees), name);
}

} // namespace digitpad
