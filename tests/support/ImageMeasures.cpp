#include "support/ImageMeasures.h"

#include <algorithm>
#include <cmath>

namespace digitpad::testing {

InkBox inkBox(const Image28& image, float threshold) {
    InkBox box;
    for (int y = 0; y < Image28::kSide; ++y)
        for (int x = 0; x < Image28::kSide; ++x)
            if (image.at(x, y) > threshold) {
                box.left = std::min(box.left, x);
                box.right = std::max(box.right, x);
                box.top = std::min(box.top, y);
                box.bottom = std::max(box.bottom, y);
            }
    return box;
}

double inkMass(const Image28& image) {
    double mass = 0;
    for (float v : image.pixels) mass += v;
    return mass;
}

void centreOfMass(const Image28& image, double& x, double& y) {
    double mass = 0, sx = 0, sy = 0;
    for (int py = 0; py < Image28::kSide; ++py)
        for (int px = 0; px < Image28::kSide; ++px) {
            mass += image.at(px, py);
            sx += image.at(px, py) * px;
            sy += image.at(px, py) * py;
        }
    x = mass > 0 ? sx / mass : -1;
    y = mass > 0 ? sy / mass : -1;
}

double meanAbsoluteDifference(const Image28& a, const Image28& b) {
    double sum = 0;
    for (std::size_t i = 0; i < a.pixels.size(); ++i) sum += std::abs(a.pixels[i] - b.pixels[i]);
    return sum / static_cast<double>(a.pixels.size());
}

double meanInkPerRow(const Image28& image) {
    double mass = 0;
    int rows = 0;
    for (int y = 0; y < Image28::kSide; ++y) {
        double row = 0;
        for (int x = 0; x < Image28::kSide; ++x) row += image.at(x, y);
        if (row > 0.5) {
            mass += row;
            ++rows;
        }
    }
    return rows ? mass / rows : 0;
}

std::string toAscii(const Image28& image) {
    std::string text;
    for (int y = 0; y < Image28::kSide; ++y) {
        for (int x = 0; x < Image28::kSide; ++x) {
            const float v = image.at(x, y);
            text += v > 0.75f ? '#' : v > 0.4f ? '+' : v > 0.1f ? '.' : ' ';
        }
        text += '\n';
    }
    return text;
}

} // namespace digitpad::testing
