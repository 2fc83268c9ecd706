#include "ImageViews.h"

#include <cmath>

namespace digitpad {

QImage toQImage(const Image28& image) {
    QImage out(Image28::kSide, Image28::kSide, QImage::Format_Grayscale8);
    for (int y = 0; y < Image28::kSide; ++y) {
        uchar* line = out.scanLine(y);
        for (int x = 0; x < Image28::kSide; ++x)
            line[x] = static_cast<uchar>(std::lround(std::clamp(image.at(x, y), 0.0f, 1.0f) * 255));
    }
    return out;
}

} // namespace digitpad
