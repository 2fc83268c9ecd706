#include "ImageViews.h"

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

QImage heatOverlay(const Image28& image, const std::array<float, Image28::kPixels>& heat) {
    // Scale so the 97th percentile is full heat: a few extreme pixels would otherwise leave
    // everything else dark.
    std::array<float, Image28::kPixels> sorted = heat;
    std::nth_element(sorted.begin(), sorted.begin() + Image28::kPixels * 97 / 100, sorted.end());
    const float top = std::max(sorted[Image28::kPixels * 97 / 100], 1e-12f);
    QImage out(Image28::kSide, Image28::kSide, QImage::Format_RGB32);
    for (int y = 0; y < Image28::kSide; ++y)
        for (int x = 0; x < Image28::kSide; ++x) {
            const float ink = 0.45f * std::clamp(image.at(x, y), 0.0f, 1.0f);
            const float h = std::clamp(heat[static_cast<std::size_t>(y * Image28::kSide + x)] / top, 0.0f, 1.0f);
            // Grey ink underneath; heat adds red first, then yellow at the strongest pixels.
            const auto channel = [](float v) { return static_cast<int>(std::lround(std::clamp(v, 0.0f, 1.0f) * 255)); };
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
