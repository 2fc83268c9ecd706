#pragma once
#include <array>
#include <cstddef>

namespace digitpad {

// A 28x28 grey image in the MNIST convention: row-major, 0 = background, 1 = full ink.
struct Image28 {
    static constexpr int kSide = 28;
    static constexpr std::size_t kPixels = kSide * kSide;

    std::array<float, kPixels> pixels{};

    float at(int x, int y) const { return pixels[static_cast<std::size_t>(y * kSide + x)]; }
    float& at(int x, int y) { return pixels[static_cast<std::size_t>(y * kSide + x)]; }
};

} // namespace digitpad
