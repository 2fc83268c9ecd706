#include "preprocess/StrokeRasterizer.h"

#include "preprocess/InkBox.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace digitpad {
namespace {

// A point mapped into the 28x28 field, with the pen radius it is drawn at.
struct FieldPoint {
    double x, y, radius;
};

// Draws the capsule between two field points (radius interpolated along it), as coverage
// samples: a sample is inked when its centre lies within the pen.
void drawCapsule(InkBuffer& ink, const FieldPoint& a, const FieldPoint& b) {
    const double maxRadius = std::max(a.radius, b.radius);
    const int u0 = static_cast<int>(std::floor((std::min(a.x, b.x) - maxRadius) * InkBuffer::kScale));
    const int u1 = static_cast<int>(std::ceil((std::max(a.x, b.x) + maxRadius) * InkBuffer::kScale));
    const int v0 = static_cast<int>(std::floor((std::min(a.y, b.y) - maxRadius) * InkBuffer::kScale));
    const int v1 = static_cast<int>(std::ceil((std::max(a.y, b.y) + maxRadius) * InkBuffer::kScale));
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double lengthSquared = dx * dx + dy * dy;
    // Where along the segment a sample's nearest point is, t = (p - a).(b - a) / |b - a|^2, with
    // the division taken out of the loop (it was most of the time from strokes to probabilities).
    // A zero-length segment is a disc: t stays 0.
    const double perX = lengthSquared > 0 ? dx / lengthSquared : 0.0;
    const double perY = lengthSquared > 0 ? dy / lengthSquared : 0.0;
    const int uBegin = std::max(u0, 0), uEnd = std::min(u1, InkBuffer::kSide - 1);
    for (int v = std::max(v0, 0); v <= std::min(v1, InkBuffer::kSide - 1); ++v) {
        const double py = InkBuffer::sampleCentre(v);
        float* row = ink.rowToInk(v, uBegin, uEnd);
        const double alongY = (py - a.y) * perY;
        for (int u = uBegin; u <= uEnd; ++u) {
            if (row[u] >= 1.0f) continue; // inked by an earlier segment: consecutive ones overlap most
            const double px = InkBuffer::sampleCentre(u);
            const double t = std::clamp((px - a.x) * perX + alongY, 0.0, 1.0);
            const double ex = px - (a.x + t * dx), ey = py - (a.y + t * dy);
            const double radius = a.radius + t * (b.radius - a.radius);
            if (ex * ex + ey * ey <= radius * radius) row[u] = 1.0f;
        }
    }
}

} // namespace

RasterizedDrawing rasterizeDrawing(const Drawing& drawing) {
    RasterizedDrawing result;
    const InkBox bounds = inkBox(drawing);
    if (bounds.isNone()) {
        result.problem = "the drawing is empty";
        return result;
    }
    double maxFactor = 0;
    for (const Stroke& stroke : drawing.strokes)
        for (const StrokePoint& p : stroke)
            if (isUsable(p)) maxFactor = std::max(maxFactor, pressureWidthFactor(p.pressure));
    const double extent = std::max(bounds.width(), bounds.height());
    if (!std::isfinite(extent)) {
        result.problem = "the drawing's coordinates are out of range";
        return result;
    }
    // Compare against the coordinates' magnitude so huge but valid coordinates still work.
    const double magnitude = std::max({std::abs(bounds.left), std::abs(bounds.right), std::abs(bounds.top),
                                       std::abs(bounds.bottom), 1.0});
    if (extent <= magnitude * 1e-9) {
        result.problem = "the drawing is a single dot";
        return result;
    }

    // The widest pen and the strokes together fill the 20x20 box along the longer side.
    const double maxPen = kPenWidth * maxFactor;
    const double scale = (InkBuffer::kFitBox - maxPen) / extent;
    const double offsetX = InkBuffer::kBoxOrigin + maxPen / 2 + (extent - bounds.width()) * scale / 2;
    const double offsetY = InkBuffer::kBoxOrigin + maxPen / 2 + (extent - bounds.height()) * scale / 2;
    auto toField = [&](const StrokePoint& p) {
        return FieldPoint{offsetX + (p.x - bounds.left) * scale, offsetY + (p.y - bounds.top) * scale,
                          kPenWidth * pressureWidthFactor(p.pressure) / 2};
    };

    for (const Stroke& stroke : drawing.strokes) {
        std::optional<FieldPoint> previous;
        for (const StrokePoint& p : stroke) {
            if (!isUsable(p)) continue;
            const FieldPoint current = toField(p);
            drawCapsule(result.ink, previous.value_or(current), current);
            previous = current;
        }
    }
    return result;
}

} // namespace digitpad
