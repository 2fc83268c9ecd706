#pragma once
#include "data/Image28.h"

#include <string>

namespace digitpad::testing {

struct InkBox {
    int left = 28, top = 28, right = -1, bottom = -1; // inclusive; right < left when empty
    int width() const { return right - left + 1; }
    int height() const { return bottom - top + 1; }
};

InkBox inkBox(const Image28& image, float threshold);
double inkMass(const Image28& image);
// Centre of mass in pixel-index coordinates (MNIST puts it at 14, 14).
void centreOfMass(const Image28& image, double& x, double& y);
double meanAbsoluteDifference(const Image28& a, const Image28& b);
// Rough stroke thickness: ink mass divided by the length of the ink's skeleton-ish core.
double meanInkPerRow(const Image28& image);
std::string toAscii(const Image28& image);

} // namespace digitpad::testing
