#pragma once
#include "classic/ClassicClassifier.h"

#include <cstdint>
#include <vector>

namespace digitpad {

// A random forest. OpenCV's cv::ml::RTrees grows it; the model keeps each tree as a compact
// array of threshold splits so it can report the share of trees voting for each digit (the
// probabilities) and save in a small binary form instead of OpenCV's YAML.
class ForestClassifier final : public ClassicClassifier {
public:
    struct Node {
        std::int32_t left = -1; // taken when feature <= threshold; -1 marks a leaf
        std::int32_t right = -1;
        std::uint32_t feature = 0;
        float threshold = 0;
        std::uint8_t digit = 0; // a leaf's vote
    };
    using Tree = std::vector<Node>; // root first; children always after their parent

    // Checks every tree (links, features, leaves) and throws Error naming `source` when one is
    // corrupt.
    ForestClassifier(const ClassicModelType& type, FeatureSpec features, HyperParameters parameters,
                     std::vector<Tree> trees, const std::string& source = "random forest");

    std::string kind() const override { return classicKind(ClassicAlgorithm::RandomForest); }
    std::unique_ptr<Classifier> clone() const override;
    static std::unique_ptr<ForestClassifier> fromModelFile(const ModelFile& file, const std::string& name);

    static std::unique_ptr<ForestClassifier> train(const ClassicModelType& type, const HyperParameters& parameters,
                                                   const std::vector<float>& features,
                                                   const std::vector<std::uint8_t>& labels);

    std::size_t treeCount() const { return trees_.size(); }
    std::size_t nodeCount() const;

protected:
    std::vector<Probabilities> scoreFeatures(const float* rows, std::size_t count) const override;
    std::string payload() const override;
    std::string sizeSummary() const override;

private:
    std::vector<Tree> trees_;
};

} // namespace digitpad
