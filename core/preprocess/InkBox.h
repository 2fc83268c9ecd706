#pragma once
#include "preprocess/Drawing.h"

#include <vector>

namespace digitpad {

// An axis-aligned box around ink, in canvas pixels.
struct InkBox {
    double left = 0, top = 0, right = 0, bottom = 0;
    double width() const { return right - left; }
    double height() const { return bottom - top; }

    // A box around nothing yet (left > right); include() grows it.
    static InkBox none();
    bool isNone() const { return left > right; }
    void include(const StrokePoint& p);
};

// The smallest box holding both.
InkBox united(const InkBox& a, const InkBox& b);

// The box around the usable points (isUsable) of a stroke, of strokes, of a drawing;
// InkBox::none() when there are none.
InkBox inkBox(const Stroke& stroke);
InkBox inkBox(const std::vector<Stroke>& strokes);
InkBox inkBox(const Drawing& drawing);

} // namespace digitpad
