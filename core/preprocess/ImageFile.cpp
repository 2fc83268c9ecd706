#include "preprocess/GrayImage.h"

#include "util/Error.h"
#include "util/FileIo.h"

#ifndef STB_IMAGE_STATIC
#define STB_IMAGE_STATIC
#endif
#define STB_IMAGE_IMPLEMENTATION
#define STBI_NO_STDIO
#include <stb_image.h>

#include <algorithm>
#include <memory>

namespace digitpad {
namespace {

// Bigger pictures are not drawings of a digit; the limit keeps decoding bounded.
constexpr int kMaxSide = 8192;

struct StbFree {
    void operator()(stbi_uc* pixels) const { stbi_image_free(pixels); }
};

float median(std::vector<float> values) {
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    return *middle;
}

float borderMedian(const std::vector<float>& luminance, int width, int height) {
    std::vector<float> border;
    for (int x = 0; x < width; ++x) {
        border.push_back(luminance[static_cast<std::size_t>(x)]);
        border.push_back(luminance[static_cast<std::size_t>((height - 1) * width + x)]);
    }
    for (int y = 0; y < height; ++y) {
        border.push_back(luminance[static_cast<std::size_t>(y * width)]);
        border.push_back(luminance[static_cast<std::size_t>(y * width + width - 1)]);
    }
    return median(std::move(border));
}

} // namespace

GrayImage decodeImage(const std::string& bytes, const std::string& name) {
    if (bytes.size() > static_cast<std::size_t>(std::numeric_limits<int>::max()))
        throw Error(name + ": image file is too large");
    int width = 0, height = 0, channels = 0;
    const auto* data = reinterpret_cast<const stbi_uc*>(bytes.data());
    const int length = static_cast<int>(bytes.size());
    if (!stbi_info_from_memory(data, length, &width, &height, &channels))
        throw Error(name + ": not a readable image (" + stbi_failure_reason() + ")");
    if (width <= 0 || height <= 0 || width > kMaxSide || height > kMaxSide)
        throw Error(name + ": image is " + std::to_string(width) + "x" + std::to_string(height) +
                    " pixels; at most " + std::to_string(kMaxSide) + " per side is accepted");
    // Native channels: stb's own channel conversion overflows its buffer on 16-bit PNM files
    // (found by fuzz_image), so we convert ourselves.
    std::unique_ptr<stbi_uc, StbFree> pixels(stbi_load_from_memory(data, length, &width, &height, &channels, 0));
    if (!pixels || channels < 1 || channels > 4)
        throw Error(name + ": not a readable image (" + stbi_failure_reason() + ")");

    GrayImage image;
    image.width = width;
    image.height = height;
    std::vector<float> luminance(static_cast<std::size_t>(width) * height);
    const auto stride = static_cast<std::size_t>(channels);
    for (std::size_t i = 0; i < luminance.size(); ++i) {
        const stbi_uc* p = pixels.get() + i * stride;
        const float grey = channels >= 3 ? (0.299f * p[0] + 0.587f * p[1] + 0.114f * p[2]) / 255.0f : p[0] / 255.0f;
        const float alpha = channels == 2 ? p[1] / 255.0f : channels == 4 ? p[3] / 255.0f : 1.0f;
        // Transparent pixels are composited over white, as a viewer would show them.
        luminance[i] = grey * alpha + (1.0f - alpha);
    }
    const float background = borderMedian(luminance, width, height);
    const bool darkInk = background >= 0.5f;
    const float backgroundInk = darkInk ? 1.0f - background : background;
    const float range = std::max(1e-3f, 1.0f - backgroundInk);
    image.ink.resize(luminance.size());
    for (std::size_t i = 0; i < luminance.size(); ++i) {
        const float ink = darkInk ? 1.0f - luminance[i] : luminance[i];
        image.ink[i] = std::clamp((ink - backgroundInk) / range, 0.0f, 1.0f);
    }
    return image;
}

GrayImage loadImageFile(const std::string& path) {
    return decodeImage(readFileBytes(path), path);
}

} // namespace digitpad
