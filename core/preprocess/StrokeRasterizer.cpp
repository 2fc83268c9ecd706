#include "preprocess/StrokeRasterizer.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace digitpad {
namespace {

constexpr double kFitBox = 20.0;
constexpr double kBoxOrigin = 4.0; // (28 - 20) / 2

struct Bounds {
    double minX = std::numeric_limits<double>::infinity();
    double minY = std::numeric_limits<double>::infinity();
    double maxX = -std::numeric_limits<double>::infinity();
    double maxY = -std::numeric_limits<double>::infinity();
    int points = 0;

    void add(const StrokePoint& p) {
        minX = std::min(minX, p.x);
        minY = std::min(minY, p.y);
        maxX = std::max(maxX, p.x);
        maxY = std::max(maxY, p.y);
        ++points;
    }
    double extent() const { return std::max(maxX - minX, maxY - minY); }
};

bool isUsable(const StrokePoint& p) { return std::isfinite(p.x) && std::isfinite(p.y); }

double pressureFactor(double pressure) {
    if (!(pressure >= 0)) return 1.0; // no pressure (mouse) or NaN
    return 0.5 + std::min(pressure, 1.0);
}

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
    for (int v = std::max(v0, 0); v <= std::min(v1, InkBuffer::kSide - 1); ++v) {
        const double py = InkBuffer::sampleCentre(v);
        for (int u = std::max(u0, 0); u <= std::min(u1, InkBuffer::kSide - 1); ++u) {
            const double px = InkBuffer::sampleCentre(u);
            const double t = lengthSquared > 0
                                 ? std::clamp(((px - a.x) * dx + (py - a.y) * dy) / lengthSquared, 0.0, 1.0)
                                 : 0.0;
            const double ex = px - (a.x + t * dx), ey = py - (a.y + t * dy);
            const double radius = a.radius + t * (b.radius - a.radius);
            if (ex * ex + ey * ey <= radius * radius) ink.raise(u, v, 1.0f);
        }
    }
}

} // namespace

RasterizedDrawing rasterizeDrawing(const Drawing& drawing) {
    RasterizedDrawing result;
    Bounds bounds;
    double maxFactor = 0;
    for (const Stroke& stroke : drawing.strokes)
        for (const StrokePoint& p : stroke)
            if (isUsable(p)) {
                bounds.add(p);
                maxFactor = std::max(maxFactor, pressureFactor(p.pressure));
            }
    if (bounds.points == 0) {
        result.problem = "the drawing is empty";
        return result;
    }
    const double extent = bounds.extent();
    if (!std::isfinite(extent)) {
        result.problem = "the drawing's coordinates are out of range";
        return result;
    }
    // Compare against the coordinates' magnitude so huge but valid coordinates still work.
    const double magnitude = std::max({std::abs(bounds.minX), std::abs(bounds.maxX), std::abs(bounds.minY),
                                       std::abs(bounds.maxY), 1.0});
    if (extent <= magnitude * 1e-9) {
        result.problem = "the drawing is a single dot";
        return result;
    }

    // The widest pen and the strokes together fill the 20x20 box along the longer side.
    const double maxPen = kPenWidth * maxFactor;
    const double scale = (kFitBox - maxPen) / extent;
    const double offsetX = kBoxOrigin + maxPen / 2 + (extent - (bounds.maxX - bounds.minX)) * scale / 2;
    const double offsetY = kBoxOrigin + maxPen / 2 + (extent - (bounds.maxY - bounds.minY)) * scale / 2;
    auto toField = [&](const StrokePoint& p) {
        return FieldPoint{offsetX + (p.x - bounds.minX) * scale, offsetY + (p.y - bounds.minY) * scale,
                          kPenWidth * pressureFactor(p.pressure) / 2};
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
