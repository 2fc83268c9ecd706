#pragma once
#include "data/Image28.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <utility>

namespace digitpad {

// The image with a one-pixel zero border, so that a bilinear sample needs one bounds check, not four.
// Training warps every image of every epoch through it, so it is float and branch-light.
class PaddedImage {
public:
    explicit PaddedImage(const Image28& image) {
        for (int y = 0; y < Image28::kSide; ++y)
            std::copy_n(&image.pixels[static_cast<std::size_t>(y * Image28::kSide)], Image28::kSide,
                        &pixels_[index(0, y)]);
    }

    // Bilinear sample at (x, y) in the image's coordinates; zero outside it.
    float sample(float x, float y) const {
        if (!(x >= -1 && y >= -1 && x < Image28::kSide && y < Image28::kSide)) return 0; // NaN too
        // floor by truncation of a positive number: std::floor is a library call on baseline x86-64
        const int x0 = static_cast<int>(x + 1) - 1, y0 = static_cast<int>(y + 1) - 1;
        const float tx = x - static_cast<float>(x0), ty = y - static_cast<float>(y0);
        const float* top = &pixels_[index(x0, y0)];
        const float* bottom = top + kPaddedSide;
        return (1 - ty) * ((1 - tx) * top[0] + tx * top[1]) + ty * ((1 - tx) * bottom[0] + tx * bottom[1]);
    }

private:
    static constexpr int kPaddedSide = Image28::kSide + 2;
    static std::size_t index(int x, int y) { return static_cast<std::size_t>((y + 1) * kPaddedSide + x + 1); }
    std::array<float, kPaddedSide * kPaddedSide> pixels_{};
};

// The image moved by an inverse map: each output pixel (x, y) takes the ink at
// `sourceOf(x, y)` (a pair of floats) in the image, clamped to [0, 1]. The map is a template
// argument so that training's per-pixel maps inline into the loop.
template <typename SourceOf>
Image28 warped(const Image28& image, SourceOf sourceOf) {
    const PaddedImage source(image);
    Image28 out;
    for (int y = 0; y < Image28::kSide; ++y)
        for (int x = 0; x < Image28::kSide; ++x) {
            const std::pair<float, float> from = sourceOf(x, y);
            // min and max compile to minss/maxss, std::clamp to branches.
            out.at(x, y) = std::min(std::max(source.sample(from.first, from.second), 0.0f), 1.0f);
        }
    return out;
}

} // namespace digitpad
