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
    float& sample = samples_[static_cast<std::size_t>(v * kSide + u)];
    sample = std::max(sample, value);
}

double InkBuffer::totalInk() const {
    double total = 0;
    for (float s : samples_) total += s;
    return total;
}

Image28 InkBuffer::toCentredImage() const {
    double mass = 0, sumX = 0, sumY = 0;
    for (int v = 0; v < kSide; ++v)
        for (int u = 0; u < kSide; ++u) {
            const double s = sample(u, v);
            mass += s;
            sumX += s * u;
            sumY += s * v;
        }
    Image28 image;
    if (mass <= 0) return image;
    // Centre of mass in pixel-index coordinates, then the shift that moves it to 14,
    // rounded to whole samples (1/8 px) so the reduction stays an exact box filter.
    const double comX = (sumX / mass + 0.5) / kScale - 0.5;
    const double comY = (sumY / mass + 0.5) / kScale - 0.5;
    const int shiftU = static_cast<int>(std::lround((kCentreOfMass - comX) * kScale));
    const int shiftV = static_cast<int>(std::lround((kCentreOfMass - comY) * kScale));
    constexpr float kNorm = 1.0f / (kScale * kScale);
    for (int y = 0; y < Image28::kSide; ++y)
        for (int x = 0; x < Image28::kSide; ++x) {
            float sum = 0;
            for (int dv = 0; dv < kScale; ++dv) {
                const int v = y * kScale + dv - shiftV;
                if (v < 0 || v >= kSide) continue;
                for (int du = 0; du < kScale; ++du) {
                    const int u = x * kScale + du - shiftU;
                    if (u >= 0 && u < kSide) sum += sample(u, v);
                }
            }
            image.at(x, y) = std::min(1.0f, sum * kNorm);
        }
    return image;
}

} // namespace digitpad
