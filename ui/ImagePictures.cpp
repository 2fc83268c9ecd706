#include "ImagePictures.h"

#include <algorithm>
#include <cmath>

namespace digitpad {

QImage toQImage(const Image28& image) {
    QImage out(Image28::kSide, Image28::kSide, QImage::Format_Grayscale8);
    for (int y = 0; y < Image28::kSide; ++y) {
        uchar* line = out.scanLine(y);
        for (int x = 0; x < Image28::kSide; ++x)
            line[x] = static_cast<uchar>(std::lround(std::clamp(image.at(x, y), 0.0f, 1.0f) * 255));
    }
    return out;
}

namespace {

using PixelValues = std::array<float, Image28::kPixels>;

// The 97th percentile of the magnitudes, which overlays show at full strength: a few extreme
// pixels would otherwise leave everything else dark.
float fullStrength(const PixelValues& values) {
    PixelValues sorted;
    std::transform(values.begin(), values.end(), sorted.begin(), [](float v) { return std::abs(v); });
    std::nth_element(sorted.begin(), sorted.begin() + Image28::kPixels * 97 / 100, sorted.end());
    return std::max(sorted[Image28::kPixels * 97 / 100], 1e-12f);
}

int channel(float v) { return static_cast<int>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255)); }

} // namespace

QImage signedOverlay(const Image28& image, const PixelValues& values) {
    // Full strength at 60 % of the largest magnitude, and weaker values fainter than linear: a
    // gradient is rarely zero anywhere, and a linear scale colours the whole picture.
    float largest = 1e-12f;
    for (const float v : values) largest = std::max(largest, std::abs(v));
    const float top = 0.6f * largest;
    QImage out(Image28::kSide, Image28::kSide, QImage::Format_RGB32);
    for (int y = 0; y < Image28::kSide; ++y)
        for (int x = 0; x < Image28::kSide; ++x) {
            const float ink = 0.35f * std::clamp(image.at(x, y), 0.0f, 1.0f);
            const float v = std::clamp(values[static_cast<std::size_t>(y * Image28::kSide + x)] / top, -1.0f, 1.0f);
            const float up = std::max(v, 0.0f) * std::max(v, 0.0f), down = std::max(-v, 0.0f) * std::max(-v, 0.0f);
            out.setPixel(x, y, qRgb(channel(ink + 1.2f * up), channel(ink + 0.6f * up + 0.5f * down), channel(ink + 1.2f * down)));
        }
    return out;
}

QImage heatOverlay(const Image28& image, const PixelValues& heat) {
    const float top = fullStrength(heat);
    QImage out(Image28::kSide, Image28::kSide, QImage::Format_RGB32);
    for (int y = 0; y < Image28::kSide; ++y)
        for (int x = 0; x < Image28::kSide; ++x) {
            const float ink = 0.45f * std::clamp(image.at(x, y), 0.0f, 1.0f);
            const float h = std::clamp(heat[static_cast<std::size_t>(y * Image28::kSide + x)] / top, 0.0f, 1.0f);
            // Grey ink underneath; heat adds red first, then yellow at the strongest pixels.
            out.setPixel(x, y, qRgb(channel(ink + 1.6f * h), channel(ink + std::max(0.0f, 1.6f * h - 0.6f)), channel(ink)));
        }
    return out;
}

QImage featureMapImage(const std::vector<float>& values, int width, int height) {
    QImage out(width, height, QImage::Format_Grayscale8);
    const auto [low, high] = std::minmax_element(values.begin(), values.end());
    const float range = values.empty() || *high - *low <= 0 ? 1.0f : *high - *low;
    for (int y = 0; y < height; ++y) {
        uchar* line = out.scanLine(y);
        for (int x = 0; x < width; ++x)
            line[x] = static_cast<uchar>(std::lround((values[static_cast<std::size_t>(y * width + x)] - *low) / range * 255));
    }
    if (values.empty() || *high - *low <= 0) out.fill(0);
    return out;
}

} // namespace digitpad
