#pragma once
#include <algorithm>
#include <cmath>
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

// Points with a coordinate that is not a number (a broken file, a driver's glitch) are skipped
// everywhere a drawing is measured or drawn.
inline bool isUsable(const StrokePoint& p) { return std::isfinite(p.x) && std::isfinite(p.y); }

// How much of the nominal pen width a point is drawn at: from 0.5 (the lightest touch) to 1.5
// (full pressure); a mouse, or a pen reporting nonsense, draws at 1. The canvas shows strokes
// with it and the rasterizer reads them with it, so the model sees the width the person saw.
inline double pressureWidthFactor(double pressure) {
    if (!(pressure >= 0)) return 1.0;
    return 0.5 + std::min(pressure, 1.0);
}

struct Drawing {
    std::vector<Stroke> strokes;

    bool empty() const {
        for (const Stroke& stroke : strokes)
            if (!stroke.empty()) return false;
        return true;
    }
};

} // namespace digitpad
