#include "preprocess/InkBuffer.h"

#include <algorithm>
#include <cmath>

namespace digitpad {
namespace {

// MNIST's mean centre of mass, in pixel-index coordinates (pixel i's centre is at i).
constexpr double kCentreOfMass = 14.0;

} // namespace

InkBuffer::InkBuffer() : samples_(static_cast<std::size_t>(kSide) * kSide, 0.0f) {}

void InkBuffer::raise(int u, int v, float value) {
    if (u < 0 || v < 0 || u >= kSide || v >= kSide) return;
    markInked(u, u, v);
    float& sample = samples_[static_cast<std::size_t>(v * kSide + u)];
    sample = std::max(sample, value);
}

bool InkBuffer::hasInk() const {
    for (int v = top_; v <= bottom_; ++v) {
        const float* row = rowAt(v);
        if (std::any_of(row + left_, row + right_ + 1, [](float s) { return s > 0; })) return true;
    }
    return false;
}

Image28 InkBuffer::toCentredImage() const {
    // Row by row in eight float lanes the compiler can vectorise (a running double sum over all
    // the samples is a chain of dependent additions): exact for the rasterizer's 0/1 ink.
    constexpr int kLanes = 8;
    static_assert(kSide % kLanes == 0);
    double mass = 0, sumX = 0, sumY = 0;
    const int laneStart = left_ / kLanes * kLanes;
    for (int v = top_; v <= bottom_; ++v) {
        const float* row = rowAt(v);
        float laneMass[kLanes] = {}, laneMoment[kLanes] = {};
        for (int u = laneStart; u <= right_; u += kLanes)
            for (int k = 0; k < kLanes; ++k) {
                laneMass[k] += row[u + k];
                laneMoment[k] += row[u + k] * static_cast<float>(u + k);
            }
        double rowMass = 0, rowMoment = 0;
        for (int k = 0; k < kLanes; ++k) {
            rowMass += laneMass[k];
            rowMoment += laneMoment[k];
        }
        mass += rowMass;
        sumX += rowMoment;
        sumY += rowMass * v;
    }
    Image28 image;
    if (mass <= 0) return image;
    // Centre of mass in pixel-index coordinates, then the shift that moves it to 14,
    // rounded to whole samples (1/kScale px) so the reduction stays an exact box filter.
    const double comX = (sumX / mass + 0.5) / kScale - 0.5;
    const double comY = (sumY / mass + 0.5) / kScale - 0.5;
    const int shiftU = static_cast<int>(std::lround((kCentreOfMass - comX) * kScale));
    const int shiftV = static_cast<int>(std::lround((kCentreOfMass - comY) * kScale));
    constexpr float kNorm = 1.0f / (kScale * kScale);
    // Each output row: its kScale sample rows added into one (vectorised), then each pixel's
    // kScale columns of that; ink shifted out of the buffer counts nothing.
    std::vector<float> rows(kSide);
    for (int y = 0; y < Image28::kSide; ++y) {
        std::fill(rows.begin(), rows.end(), 0.0f);
        for (int dv = 0; dv < kScale; ++dv) {
            const int v = y * kScale + dv - shiftV;
            if (v < top_ || v > bottom_) continue; // blank, or outside the buffer
            const float* row = rowAt(v);
            for (int u = left_; u <= right_; ++u) rows[static_cast<std::size_t>(u)] += row[u]; // blank beside
        }
        for (int x = 0; x < Image28::kSide; ++x) {
            const int first = x * kScale - shiftU;
            float sum = 0;
            for (int du = std::max(0, -first); du < std::min(kScale, kSide - first); ++du)
                sum += rows[static_cast<std::size_t>(first + du)];
            image.at(x, y) = std::min(1.0f, sum * kNorm);
        }
    }
    return image;
}

} // namespace digitpad
