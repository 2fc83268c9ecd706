#include "pen/PenPathModel.h"

#include "train/StyleStrokes.h"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <random>
#include <utility>

namespace digitpad {
namespace {

using Rows = Eigen::Map<const Eigen::Matrix<float, Eigen::Dynamic, kPenPathFeatures, Eigen::RowMajor>>;
using Row = Eigen::Map<const Eigen::Matrix<float, kPenPathFeatures, 1>>;

} // namespace

PenPathModel PenPathModel::fromStyleGenerator(std::size_t perDigit, std::uint32_t seed) {
    std::mt19937 rng(seed);
    PenPathModel model;
    for (std::size_t i = 0; i < perDigit * kClassCount; ++i) {
        const int digit = static_cast<int>(i % kClassCount);
        const std::size_t variant = (i / kClassCount) % strokeStyleVariants(digit).size();
        const PenPathFeatures path = penPathFeatures(drawStyledDigit(digit, variant, rng));
        model.paths_.insert(model.paths_.end(), path.begin(), path.end());
        model.squaredNorms_.push_back(Row(path.data()).squaredNorm());
        model.digits_.push_back(digit);
    }
    return model;
}

Probabilities PenPathModel::predict(const Drawing& drawing) const {
    Probabilities shares{};
    shares.fill(1.0f / kClassCount);
    const PenPathFeatures features = penPathFeatures(drawing);
    if (digits_.empty() || std::all_of(features.begin(), features.end(), [](float f) { return f == 0; })) return shares;
    // |p - q|^2 = |p|^2 - 2 p.q + |q|^2, the |q|^2 alike for all: one matrix-vector product.
    const Eigen::VectorXf products = Rows(paths_.data(), static_cast<Eigen::Index>(digits_.size()), kPenPathFeatures) *
                                     Row(features.data());
    std::vector<std::pair<float, int>> nearest; // distance, digit: the kNearest closest so far
    for (std::size_t i = 0; i < digits_.size(); ++i) {
        const float distance = squaredNorms_[i] - 2 * products[static_cast<Eigen::Index>(i)];
        if (nearest.size() == kNearest && distance >= nearest.back().first) continue;
        if (nearest.size() == kNearest) nearest.pop_back();
        nearest.insert(std::upper_bound(nearest.begin(), nearest.end(), std::make_pair(distance, digits_[i])),
                       {distance, digits_[i]});
    }
    // Half a vote for every digit: a path unlike any the generator drew rules nothing out.
    std::array<float, kClassCount> votes{};
    votes.fill(0.5f);
    for (const auto& [distance, digit] : nearest) votes[static_cast<std::size_t>(digit)] += 1;
    const float total = static_cast<float>(nearest.size()) + 0.5f * kClassCount;
    for (std::size_t c = 0; c < shares.size(); ++c) shares[c] = votes[c] / total;
    return shares;
}

Probabilities withPenPath(const Probabilities& image, const Probabilities& path, double weight) {
    std::array<double, kClassCount> logs{};
    for (std::size_t c = 0; c < logs.size(); ++c) logs[c] = logOf(image[c]) + weight * logOf(path[c]);
    return softmaxOf(logs);
}

} // namespace digitpad
