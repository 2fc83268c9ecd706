#include "train/Augment.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace digitpad {
namespace {

float sampleBilinear(const Image28& image, double x, double y) {
    const int x0 = static_cast<int>(std::floor(x)), y0 = static_cast<int>(std::floor(y));
    const double tx = x - x0, ty = y - y0;
    auto at = [&](int px, int py) {
        return (px < 0 || py < 0 || px >= Image28::kSide || py >= Image28::kSide) ? 0.0f : image.at(px, py);
    };
    return static_cast<float>((1 - ty) * ((1 - tx) * at(x0, y0) + tx * at(x0 + 1, y0)) +
                              ty * ((1 - tx) * at(x0, y0 + 1) + tx * at(x0 + 1, y0 + 1)));
}

using Field = std::array<double, Image28::kPixels>;

// Separable Gaussian blur, zero outside the image.
Field blur(const Field& field, double sigma) {
    const int radius = static_cast<int>(std::ceil(3 * sigma));
    std::vector<double> kernel(static_cast<std::size_t>(2 * radius + 1));
    double sum = 0;
    for (int i = -radius; i <= radius; ++i) sum += kernel[static_cast<std::size_t>(i + radius)] = std::exp(-i * i / (2 * sigma * sigma));
    for (double& k : kernel) k /= sum;
    constexpr int n = Image28::kSide;
    Field rows{}, out{};
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            for (int i = -radius; i <= radius; ++i)
                if (x + i >= 0 && x + i < n) rows[y * n + x] += kernel[static_cast<std::size_t>(i + radius)] * field[y * n + x + i];
    for (int y = 0; y < n; ++y)
        for (int x = 0; x < n; ++x)
            for (int i = -radius; i <= radius; ++i)
                if (y + i >= 0 && y + i < n) out[y * n + x] += kernel[static_cast<std::size_t>(i + radius)] * rows[(y + i) * n + x];
    return out;
}

} // namespace

Image28 elasticDistort(const Image28& image, std::mt19937& rng, double alpha, double sigma) {
    std::uniform_real_distribution<double> unit(-1, 1);
    Field dx{}, dy{};
    for (double& v : dx) v = unit(rng);
    for (double& v : dy) v = unit(rng);
    dx = blur(dx, sigma);
    dy = blur(dy, sigma);
    Image28 out;
    for (int y = 0; y < Image28::kSide; ++y)
        for (int x = 0; x < Image28::kSide; ++x) {
            const std::size_t i = static_cast<std::size_t>(y * Image28::kSide + x);
            out.at(x, y) = std::clamp(sampleBilinear(image, x + alpha * dx[i], y + alpha * dy[i]), 0.0f, 1.0f);
        }
    return out;
}

Image28 augment(const Image28& image, std::mt19937& rng) {
    constexpr double kPi = 3.14159265358979323846;
    std::uniform_real_distribution<double> shift(-2.0, 2.0), angle(-12.0, 12.0), scale(0.9, 1.1),
        shear(-0.15, 0.15);
    const double a = angle(rng) * kPi / 180, s = scale(rng), k = shear(rng);
    const double dx = shift(rng), dy = shift(rng);
    // Inverse mapping: for each output pixel, where it comes from in the source.
    const double c = std::cos(a) / s, n = std::sin(a) / s;
    constexpr double kCentre = 13.5;
    Image28 out;
    for (int y = 0; y < Image28::kSide; ++y)
        for (int x = 0; x < Image28::kSide; ++x) {
            const double ox = x - kCentre - dx, oy = y - kCentre - dy;
            const double sx = c * ox + n * oy + k * oy, sy = -n * ox + c * oy;
            out.at(x, y) = std::clamp(sampleBilinear(image, sx + kCentre, sy + kCentre), 0.0f, 1.0f);
        }
    return out;
}

} // namespace digitpad
