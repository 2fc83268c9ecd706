#pragma once
#include "data/Image28.h"

#include <algorithm>
#include <vector>

namespace digitpad {

// A supersampled 28x28 field (kScale x kScale samples per pixel) that ink is drawn into before
// it is reduced to an Image28. Coordinates are in 28x28 pixel units: (0,0) is the top-left
// corner of the field, (28,28) the bottom-right one.
class InkBuffer {
public:
    // 4x4 samples give 17 grey levels per pixel, as many as a pen's anti-aliased edge needs:
    // 8x8 read the pen drawings and style sets the same (97.1 % and 95.5 % against 97.1 % and
    // 96.0 %) at more than twice the time, most of a drawing's preprocessing.
    static constexpr int kScale = 4;
    static constexpr int kSide = Image28::kSide * kScale;
    // MNIST's digits fill a 20x20 box in the middle of the field, 4 pixels from every edge;
    // drawings and pictures are scaled into it the same way.
    static constexpr double kFitBox = 20.0;
    static constexpr double kBoxOrigin = (Image28::kSide - kFitBox) / 2;

    InkBuffer();

    float sample(int u, int v) const { return samples_[static_cast<std::size_t>(v * kSide + u)]; }
    // Row v, for a loop that may ink its samples first..last (0 <= first <= last < kSide) at once.
    float* rowToInk(int v, int first, int last) {
        markInked(first, last, v);
        return samples_.data() + rowStart(v);
    }
    // Raises one sample to at least `value` (ink never erases ink).
    void raise(int u, int v, float value);
    bool hasInk() const;

    // Area-averages down to 28x28 after shifting the ink so that its centre of mass falls on
    // pixel (14, 14), as MNIST was made. Ink shifted out of the field is dropped.
    Image28 toCentredImage() const;

    // Position of a sample's centre in 28x28 pixel units.
    static double sampleCentre(int u) { return (u + 0.5) / kScale; }

private:
    static std::size_t rowStart(int v) { return static_cast<std::size_t>(v) * kSide; }
    const float* rowAt(int v) const { return samples_.data() + rowStart(v); }
    void markInked(int first, int last, int v) {
        left_ = std::min(left_, first);
        right_ = std::max(right_, last);
        top_ = std::min(top_, v);
        bottom_ = std::max(bottom_, v);
    }

    std::vector<float> samples_;
    // Every sample outside these columns and rows is blank: what reading the ink has to visit.
    int left_ = kSide, right_ = -1, top_ = kSide, bottom_ = -1;
};

} // namespace digitpad
