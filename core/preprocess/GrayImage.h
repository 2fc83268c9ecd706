#pragma once
#include <string>
#include <vector>

namespace digitpad {

// An image of any size reduced to ink coverage: 0 = background, 1 = full ink.
struct GrayImage {
    int width = 0;
    int height = 0;
    std::vector<float> ink; // row-major, width * height

    float at(int x, int y) const { return ink[static_cast<std::size_t>(y * width + x)]; }
};

// Decodes PNG, JPEG, BMP, GIF, PGM and the other formats stb_image reads. Dark ink on a light
// background and light ink on a dark one are both accepted: the background is taken from the
// border and mapped to 0. Throws Error naming `name` when the bytes are not a readable image.
GrayImage decodeImage(const std::string& bytes, const std::string& name);
GrayImage loadImageFile(const std::string& path);

} // namespace digitpad
