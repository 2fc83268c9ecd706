#pragma once
#include <vector>

namespace digitpad {

// A point of a stroke in canvas pixels, y growing downward. `pressure` in [0, 1] comes from
// a tablet pen; a mouse gives none (kNoPressure), which draws at the nominal width.
struct StrokePoint {
    static constexpr double kNoPressure = -1.0;
    double x = 0;
    double y = 0;
    double pressure = kNoPressure;
};

using Stroke = std::vector<StrokePoint>;

struct Drawing {
    std::vector<Stroke> strokes;

    bool empty() const {
        for (const Stroke& stroke : strokes)
            if (!stroke.empty()) return false;
        return true;
    }
};

} // namespace digitpad
