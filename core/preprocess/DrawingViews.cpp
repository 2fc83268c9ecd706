#include "preprocess/DrawingViews.h"

#include "preprocess/InkBox.h"

#include <cmath>

namespace digitpad {
namespace {

// Chosen on style set A (tests/benchmarks/real_handwriting.sh) among slants of 0.1-0.25,
// turns of 0.1-0.2 rad (6-11 degrees), narrowing and pen width: slanting and turning by about
// a tenth help most; a thinner or thicker pen did not help at all.
constexpr double kSlant = 0.15;
constexpr double kTurn = 0.15; // radians
constexpr double kNarrowed = 0.8;

Drawing transformed(const Drawing& drawing, const ViewTransform& t, double middleX, double middleY) {
    Drawing view = drawing;
    for (Stroke& stroke : view.strokes)
        for (StrokePoint& p : stroke) {
            const double x = p.x - middleX, y = p.y - middleY;
            p.x = middleX + t.xx * x + t.xy * y;
            p.y = middleY + t.yx * x + t.yy * y;
        }
    return view;
}

} // namespace

std::vector<ViewTransform> viewTransforms() {
    const double c = std::cos(kTurn), s = std::sin(kTurn);
    return {{1, kSlant, 0, 1}, {1, -kSlant, 0, 1}, {c, -s, s, c}, {c, s, -s, c}, {kNarrowed, 0, 0, 1}};
}

std::vector<Drawing> drawingViews(const Drawing& drawing) {
    const InkBox box = inkBox(drawing);
    if (box.isNone()) return {drawing};
    const double middleX = (box.left + box.right) / 2, middleY = (box.top + box.bottom) / 2;
    std::vector<Drawing> views{drawing};
    for (const ViewTransform& t : viewTransforms()) views.push_back(transformed(drawing, t, middleX, middleY));
    return views;
}

} // namespace digitpad
