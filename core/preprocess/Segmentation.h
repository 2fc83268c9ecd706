#pragma once
#include "preprocess/Drawing.h"

#include <vector>

namespace digitpad {

// An axis-aligned box in canvas pixels.
struct InkBox {
    double left = 0, top = 0, right = 0, bottom = 0;
    double width() const { return right - left; }
    double height() const { return bottom - top; }
};

// One digit of a drawn number: its strokes (or pieces of strokes) and where they are.
struct DigitSegment {
    Drawing drawing;
    InkBox box;
};

// Splits a drawing of a number into its digits, left to right. Strokes whose horizontal
// extents overlap, or that touch, belong to one digit (a 4 or a 5 drawn in two strokes); a group much wider
// than tall is cut where the ink is thinnest near evenly spaced positions (digits drawn
// touching, or in one stroke); specks too small to be a digit join their nearest neighbour.
// An empty drawing gives no segments; a single digit gives one.
std::vector<DigitSegment> segmentDigits(const Drawing& drawing);

} // namespace digitpad
