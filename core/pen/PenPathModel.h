#pragma once
// A second opinion from the pen's path: the digits of the nearest paths among drawings the style
// generator wrote (k nearest neighbours on penPathFeatures). It reads people's digits far less
// well than the image model alone, but differently: put together with it, it tells apart digits
// whose ink looks alike and whose pen went differently (tests/benchmarks/pen_path.sh).
#include "model/Classifier.h"
#include "pen/PenPath.h"

#include <cstdint>
#include <vector>

namespace digitpad {

class PenPathModel {
public:
    static constexpr int kNearest = 7;

    // The paths of `perDigit` drawings of each digit, every variant in turn, written carefully or
    // in a hurry as the generator does, drawn from `seed`.
    static PenPathModel fromStyleGenerator(std::size_t perDigit, std::uint32_t seed);

    // Each digit's share of the kNearest nearest paths, smoothed so that none is impossible;
    // every digit alike for a drawing with no path.
    Probabilities predict(const Drawing& drawing) const;
    std::size_t size() const { return digits_.size(); }

private:
    std::vector<float> paths_;        // one row of kPenPathFeatures per path
    std::vector<float> squaredNorms_; // of each row, for distances as one matrix-vector product
    std::vector<int> digits_;
};

// The image model's reading and the pen path's put together in logit space:
// log p = log image + weight * log path, renormalized.
Probabilities withPenPath(const Probabilities& image, const Probabilities& path, double weight);

} // namespace digitpad
