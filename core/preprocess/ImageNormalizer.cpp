#include "preprocess/ImageNormalizer.h"

#include <algorithm>
#include <cmath>

namespace digitpad {
namespace {

// Coverage below this (relative to the darkest ink) is paper texture or JPEG noise.
constexpr float kInkThreshold = 0.15f;

// The pixels that hold ink, by index (inclusive).
struct PixelBox {
    int minX, minY, maxX, maxY;
};

bool findInkPixels(const GrayImage& image, PixelBox& box) {
    const float peak = *std::max_element(image.ink.begin(), image.ink.end());
    if (peak <= 0.05f) return false;
    box = {image.width, image.height, -1, -1};
    for (int y = 0; y < image.height; ++y)
        for (int x = 0; x < image.width; ++x)
            if (image.at(x, y) >= kInkThreshold * peak) {
                box.minX = std::min(box.minX, x);
                box.maxX = std::max(box.maxX, x);
                box.minY = std::min(box.minY, y);
                box.maxY = std::max(box.maxY, y);
            }
    return box.maxX >= 0;
}

float bilinear(const GrayImage& image, double x, double y) {
    // Pixel (i, j) is centred at (i + 0.5, j + 0.5); outside the picture is background.
    const double fx = x - 0.5, fy = y - 0.5;
    const int x0 = static_cast<int>(std::floor(fx)), y0 = static_cast<int>(std::floor(fy));
    const double tx = fx - x0, ty = fy - y0;
    auto value = [&](int px, int py) {
        return (px < 0 || py < 0 || px >= image.width || py >= image.height) ? 0.0f : image.at(px, py);
    };
    return static_cast<float>((1 - ty) * ((1 - tx) * value(x0, y0) + tx * value(x0 + 1, y0)) +
                              ty * ((1 - tx) * value(x0, y0 + 1) + tx * value(x0 + 1, y0 + 1)));
}

} // namespace

NormalizedImage normalizeImage(const GrayImage& image) {
    NormalizedImage result;
    PixelBox box{};
    if (image.width <= 0 || image.height <= 0 || !findInkPixels(image, box)) {
        result.problem = "the image holds no ink";
        return result;
    }
    const double boxWidth = box.maxX - box.minX + 1, boxHeight = box.maxY - box.minY + 1;
    const double scale = InkBuffer::kFitBox / std::max(boxWidth, boxHeight);
    const double originX = InkBuffer::kBoxOrigin + (InkBuffer::kFitBox - boxWidth * scale) / 2;
    const double originY = InkBuffer::kBoxOrigin + (InkBuffer::kFitBox - boxHeight * scale) / 2;
    const int first = static_cast<int>(InkBuffer::kBoxOrigin * InkBuffer::kScale);
    const int last = static_cast<int>((InkBuffer::kBoxOrigin + InkBuffer::kFitBox) * InkBuffer::kScale);
    for (int v = first; v < last; ++v)
        for (int u = first; u < last; ++u) {
            const double x = box.minX + (InkBuffer::sampleCentre(u) - originX) / scale;
            const double y = box.minY + (InkBuffer::sampleCentre(v) - originY) / scale;
            if (x < box.minX || y < box.minY || x > box.maxX + 1 || y > box.maxY + 1) continue;
            result.ink.raise(u, v, bilinear(image, x, y));
        }
    return result;
}

} // namespace digitpad
