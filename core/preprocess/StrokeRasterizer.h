#pragma once
#include "preprocess/Drawing.h"
#include "preprocess/InkBuffer.h"

#include <string>

namespace digitpad {

// Renders a drawing the way MNIST digits were normalized: the ink's bounding box (pen included)
// is scaled to fit 20x20 keeping its aspect ratio, with a pen whose width is a fixed fraction
// of that box, so a digit drawn small or large, thin or thick, gives the same image.
struct RasterizedDrawing {
    InkBuffer ink;
    std::string problem; // non-empty when nothing recognisable was drawn
};

RasterizedDrawing rasterizeDrawing(const Drawing& drawing);

// A point in the 28x28 field, with the pen radius it is drawn at (field pixels).
struct FieldPoint {
    double x, y, radius;
};

// Inks the samples whose centres lie within the pen along segment ab, its radius going from
// a's to b's: within `radius(t)` of the segment's point nearest to them (a disc when a == b).
void inkPenSegment(InkBuffer& ink, const FieldPoint& a, const FieldPoint& b);

// Pen width in 28x28 pixels at nominal pressure; MNIST strokes are about this thick.
constexpr double kPenWidth = 2.4;

} // namespace digitpad
