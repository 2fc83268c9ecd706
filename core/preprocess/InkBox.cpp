#include "preprocess/InkBox.h"

#include <algorithm>
#include <limits>

namespace digitpad {

InkBox InkBox::none() {
    constexpr double big = std::numeric_limits<double>::max();
    return {big, big, -big, -big};
}

void InkBox::include(const StrokePoint& p) {
    left = std::min(left, p.x);
    right = std::max(right, p.x);
    top = std::min(top, p.y);
    bottom = std::max(bottom, p.y);
}

InkBox united(const InkBox& a, const InkBox& b) {
    return {std::min(a.left, b.left), std::min(a.top, b.top), std::max(a.right, b.right), std::max(a.bottom, b.bottom)};
}

InkBox inkBox(const Stroke& stroke) {
    InkBox box = InkBox::none();
    for (const StrokePoint& p : stroke)
        if (isUsable(p)) box.include(p);
    return box;
}

InkBox inkBox(const std::vector<Stroke>& strokes) {
    InkBox box = InkBox::none();
    for (const Stroke& stroke : strokes) box = united(box, inkBox(stroke));
    return box;
}

InkBox inkBox(const Drawing& drawing) { return inkBox(drawing.strokes); }

} // namespace digitpad
