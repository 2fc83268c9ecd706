#include "train/Augment.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

// Augmentation runs for every image of every epoch, so it is written to cost a few microseconds:
// float arithmetic, branch-free inner loops and a cheap generator for the noise fields.
namespace digitpad {
namespace {

constexpr int kSide = Image28::kSide;

// The image with a one-pixel zero border, so that a bilinear sample needs one bounds check, not four.
class PaddedImage {
public:
    explicit PaddedImage(const Image28& image) {
        for (int y = 0; y < kSide; ++y)
            std::copy_n(&image.pixels[static_cast<std::size_t>(y * kSide)], kSide, &pixels_[index(0, y)]);
    }

    // Bilinear sample at (x, y) in the image's coordinates; zero outside it.
    float sample(float x, float y) const {
        if (!(x >= -1 && y >= -1 && x < kSide && y < kSide)) return 0; // NaN too
        // floor by truncation of a positive number: std::floor is a library call on baseline x86-64
        const int x0 = static_cast<int>(x + 1) - 1, y0 = static_cast<int>(y + 1) - 1;
        const float tx = x - static_cast<float>(x0), ty = y - static_cast<float>(y0);
        const float* top = &pixels_[index(x0, y0)];
        const float* bottom = top + kPaddedSide;
        return (1 - ty) * ((1 - tx) * top[0] + tx * top[1]) + ty * ((1 - tx) * bottom[0] + tx * bottom[1]);
    }

private:
    static constexpr int kPaddedSide = kSide + 2;
    static std::size_t index(int x, int y) { return static_cast<std::size_t>((y + 1) * kPaddedSide + x + 1); }
    std::array<float, kPaddedSide * kPaddedSide> pixels_{};
};

// min and max compile to minss/maxss, std::clamp to branches.
float unitClamped(float v) { return std::min(std::max(v, 0.0f), 1.0f); }

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
    const PaddedImage source(image);
    const auto a = static_cast<float>(alpha);
    Image28 out;
    for (int y = 0; y < kSide; ++y)
        for (int x = 0; x < kSide; ++x) {
            const std::size_t i = static_cast<std::size_t>(y * kSide + x);
            out.pixels[i] = unitClamped(source.sample(x + a * dx[i], y + a * dy[i]));
        }
    return out;
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
    const PaddedImage source(image);
    Image28 out;
    for (int y = 0; y < kSide; ++y)
        for (int x = 0; x < kSide; ++x) {
            const float ox = x - kCentre - dx, oy = y - kCentre - dy;
            const float sx = c * ox + n * oy + k * oy, sy = -n * ox + c * oy;
            out.at(x, y) = unitClamped(source.sample(sx + kCentre, sy + kCentre));
        }
    return out;
}

} // namespace digitpad
