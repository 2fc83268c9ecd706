#pragma once
#include "data/Image28.h"

#include <array>
#include <cstdint>

namespace digitpad {

// A 28x28 image kept as one byte a pixel (MNIST's own precision: value / 255), for datasets:
// the 60,000 training images take 47 MB instead of 188 MB as floats, and become floats only a
// batch at a time. Drawings rendered as floats lose at most half a 255th of ink in each pixel.
class ImageBytes {
public:
    ImageBytes() = default;
    explicit ImageBytes(const Image28& image) {
        for (std::size_t i = 0; i < Image28::kPixels; ++i) {
            const float p = image.pixels[i];
            const float clamped = !(p > 0.0f) ? 0.0f : p > 1.0f ? 1.0f : p; // NaN is no ink
            bytes_[i] = static_cast<std::uint8_t>(clamped * 255.0f + 0.5f);
        }
    }
    static ImageBytes fromBytes(const std::uint8_t* pixels) {
        ImageBytes stored;
        for (std::size_t i = 0; i < Image28::kPixels; ++i) stored.bytes_[i] = pixels[i];
        return stored;
    }

    Image28 image() const {
        Image28 image;
        for (std::size_t i = 0; i < Image28::kPixels; ++i) image.pixels[i] = static_cast<float>(bytes_[i]) / 255.0f;
        return image;
    }
    const std::array<std::uint8_t, Image28::kPixels>& bytes() const { return bytes_; }

    friend bool operator==(const ImageBytes& a, const ImageBytes& b) { return a.bytes_ == b.bytes_; }

private:
    std::array<std::uint8_t, Image28::kPixels> bytes_{};
};

} // namespace digitpad
