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

// Pen width in 28x28 pixels at nominal pressure; MNIST strokes are about this thick.
constexpr double kPenWidth = 2.4;

} // namespace digitpad
