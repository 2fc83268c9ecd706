#include "train/Augment.h"

#include "preprocess/ImageWarp.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

// Augmentation runs for every image of every epoch, so it is written to cost a few microseconds:
// float arithmetic, branch-free inner loops and a cheap generator for the noise fields.
namespace digitpad {
namespace {

constexpr int kSide = Image28::kSide;

using Field = std::array<float, Image28::kPixels>;

// 1,568 noise values per image are too many for mt19937 (several ns a draw): the field comes from
// SplitMix64 (Steele, Lea and Flood, 2014) seeded by one draw of the caller's generator, so the
// distortion stays reproducible from the caller's seed.
class NoiseSource {
public:
    explicit NoiseSource(std::mt19937& rng) : state_((std::uint64_t{rng()} << 32) | rng()) {}

    // Two values uniform in [-1, 1) per 64-bit output, 24 bits each: all a float can hold.
    void fill(Field& field) {
        for (std::size_t i = 0; i < field.size(); i += 2) {
            const std::uint64_t bits = next();
            field[i] = unit(static_cast<std::uint32_t>(bits >> 40));
            field[i + 1] = unit(static_cast<std::uint32_t>(bits >> 8) & 0xFFFFFFu);
        }
    }

private:
    static float unit(std::uint32_t bits24) { return static_cast<float>(bits24) * (2.0f / 16777216.0f) - 1.0f; }
    std::uint64_t next() {
        std::uint64_t z = (state_ += 0x9E3779B97F4A7C15u);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
        return z ^ (z >> 31);
    }
    std::uint64_t state_;
};

std::vector<float> gaussianKernel(float sigma) {
    const int radius = static_cast<int>(std::ceil(3 * sigma));
    std::vector<float> kernel(static_cast<std::size_t>(2 * radius + 1));
    float sum = 0;
    for (int i = -radius; i <= radius; ++i)
        sum += kernel[static_cast<std::size_t>(i + radius)] = std::exp(-static_cast<float>(i * i) / (2 * sigma * sigma));
    for (float& k : kernel) k /= sum;
    return kernel;
}

// Separable Gaussian blur, zero outside the image. Each tap adds a shifted copy of whole rows
// (or whole columns), over the range where the shift stays inside, so the loops vectorise.
Field blur(const Field& field, const std::vector<float>& kernel) {
    const int radius = static_cast<int>(kernel.size() / 2);
    Field rows{}, out{};
    for (int i = -radius; i <= radius; ++i) {
        const float k = kernel[static_cast<std::size_t>(i + radius)];
        const int from = std::max(0, -i), to = std::min(kSide, kSide - i);
        for (int y = 0; y < kSide; ++y) {
            float* row = &rows[static_cast<std::size_t>(y * kSide)];
            const float* source = &field[static_cast<std::size_t>(y * kSide)];
            for (int x = from; x < to; ++x) row[x] += k * source[x + i];
        }
    }
    for (int i = -radius; i <= radius; ++i) {
        const float k = kernel[static_cast<std::size_t>(i + radius)];
        const int from = std::max(0, -i), to = std::min(kSide, kSide - i);
        for (int y = from; y < to; ++y) {
            float* row = &out[static_cast<std::size_t>(y * kSide)];
            const float* source = &rows[static_cast<std::size_t>((y + i) * kSide)];
            for (int x = 0; x < kSide; ++x) row[x] += k * source[x];
        }
    }
    return out;
}

Field smoothNoise(NoiseSource& noise, const std::vector<float>& kernel) {
    Field field;
    noise.fill(field);
    return blur(field, kernel);
}

} // namespace

Image28 elasticDistort(const Image28& image, std::mt19937& rng, double alpha, double sigma) {
    const std::vector<float> kernel = gaussianKernel(static_cast<float>(sigma));
    NoiseSource noise(rng);
    const Field dx = smoothNoise(noise, kernel);
    const Field dy = smoothNoise(noise, kernel);
    const auto a = static_cast<float>(alpha);
    return warped(image, [&](int x, int y) {
        const std::size_t i = static_cast<std::size_t>(y * kSide + x);
        return std::pair<float, float>(x + a * dx[i], y + a * dy[i]);
    });
}

Image28 augment(const Image28& image, std::mt19937& rng) {
    constexpr float kPi = 3.14159265358979f;
    std::uniform_real_distribution<float> shift(-2.0f, 2.0f), angle(-12.0f, 12.0f), scale(0.9f, 1.1f),
        shear(-0.15f, 0.15f);
    const float a = angle(rng) * kPi / 180, s = scale(rng), k = shear(rng);
    const float dx = shift(rng), dy = shift(rng);
    // Inverse mapping: for each output pixel, where it comes from in the source.
    const float c = std::cos(a) / s, n = std::sin(a) / s;
    constexpr float kCentre = 13.5f;
    return warped(image, [&](int x, int y) {
        const float ox = x - kCentre - dx, oy = y - kCentre - dy;
        const float sx = c * ox + n * oy + k * oy, sy = -n * ox + c * oy;
        return std::pair<float, float>(sx + kCentre, sy + kCentre);
    });
}

} // namespace digitpad
