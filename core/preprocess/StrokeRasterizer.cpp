#include "preprocess/StrokeRasterizer.h"

#include "preprocess/InkBox.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <utility>

namespace digitpad {
namespace {

// The x-range [first, last] of one row of field points; empty when first > last.
struct RowSpan {
    double first = std::numeric_limits<double>::infinity();
    double last = -std::numeric_limits<double>::infinity();

    bool isEmpty() const { return first > last; }
    RowSpan joined(const RowSpan& other) const { return {std::min(first, other.first), std::max(last, other.last)}; }
    RowSpan within(const RowSpan& other) const { return {std::max(first, other.first), std::min(last, other.last)}; }
};

// Where row y crosses a disc.
RowSpan discSpan(double cx, double cy, double radius, double y) {
    const double rise = y - cy;
    if (std::abs(rise) > radius) return {};
    const double half = std::sqrt(radius * radius - rise * rise);
    return {cx - half, cx + half};
}

// The x of a row where lo <= slope * x + offset <= hi, given 1 / slope (0 when the slope is 0:
// then every x or none).
RowSpan slabSpan(double inverseSlope, double offset, double lo, double hi) {
    if (inverseSlope == 0) return offset >= lo && offset <= hi ? RowSpan{-1e300, 1e300} : RowSpan{};
    const double x0 = (lo - offset) * inverseSlope, x1 = (hi - offset) * inverseSlope;
    return {std::min(x0, x1), std::max(x0, x1)};
}

// The rows of the points within a radius of segment ab: a convex shape, so each row crosses it
// in one span, made of the two end discs and the rectangle between them (where two slabs cross).
class CapsuleRows {
public:
    CapsuleRows(const FieldPoint& a, const FieldPoint& b, double radius)
        : a_(a), b_(b), radius_(radius), dx_(b.x - a.x), dy_(b.y - a.y), lengthSquared_(dx_ * dx_ + dy_ * dy_),
          reach_(radius * std::sqrt(lengthSquared_)), acrossInverse_(dy_ != 0 ? -1.0 / dy_ : 0.0),
          alongInverse_(dx_ != 0 ? 1.0 / dx_ : 0.0) {}

    RowSpan span(double y) const {
        if (radius_ <= 0) return {};
        const RowSpan discs = discSpan(a_.x, a_.y, radius_, y).joined(discSpan(b_.x, b_.y, radius_, y));
        if (lengthSquared_ == 0) return discs;
        const double rise = y - a_.y;
        const RowSpan across = slabSpan(acrossInverse_, dy_ * a_.x + dx_ * rise, -reach_, reach_);
        const RowSpan along = slabSpan(alongInverse_, -dx_ * a_.x + dy_ * rise, 0, lengthSquared_);
        const RowSpan band = across.within(along);
        return band.isEmpty() ? discs : discs.joined(band);
    }

private:
    FieldPoint a_, b_;
    double radius_, dx_, dy_, lengthSquared_, reach_, acrossInverse_, alongInverse_;
};

// The samples of a row whose centres lie in a span, as [first, last] indices clipped to the
// buffer (rounding by hand: without SSE4.1, std::ceil and std::floor are calls).
std::pair<int, int> samplesIn(const RowSpan& span) {
    if (span.isEmpty()) return {1, 0};
    const double side = InkBuffer::kSide;
    const double first = std::clamp(span.first * InkBuffer::kScale - 0.5, -1.0, side);
    const double last = std::clamp(span.last * InkBuffer::kScale - 0.5, -1.0, side);
    const int firstWhole = static_cast<int>(first), lastWhole = static_cast<int>(last); // towards zero
    return {std::max(firstWhole + (firstWhole < first ? 1 : 0), 0),
            std::min(lastWhole - (lastWhole > last ? 1 : 0), InkBuffer::kSide - 1)};
}

} // namespace

void inkPenSegment(InkBuffer& ink, const FieldPoint& a, const FieldPoint& b) {
    const double minRadius = std::min(a.radius, b.radius), maxRadius = std::max(a.radius, b.radius);
    const int v0 = static_cast<int>(std::floor((std::min(a.y, b.y) - maxRadius) * InkBuffer::kScale));
    const int v1 = static_cast<int>(std::ceil((std::max(a.y, b.y) + maxRadius) * InkBuffer::kScale));
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double lengthSquared = dx * dx + dy * dy;
    // Where along the segment a sample's nearest point is, t = (p - a).(b - a) / |b - a|^2, with
    // the division taken out of the loop. A zero-length segment is a disc: t stays 0.
    const double perX = lengthSquared > 0 ? dx / lengthSquared : 0.0;
    const double perY = lengthSquared > 0 ? dy / lengthSquared : 0.0;
    auto inkIfWithinPen = [&](float* row, int u, double py, double alongY) {
        const double px = InkBuffer::sampleCentre(u);
        const double t = std::clamp((px - a.x) * perX + alongY, 0.0, 1.0);
        const double ex = px - (a.x + t * dx), ey = py - (a.y + t * dy);
        const double radius = a.radius + t * (b.radius - a.radius);
        if (ex * ex + ey * ey <= radius * radius) row[u] = 1.0f;
    };
    // Testing every sample of the segment's bounding box was most of a drawing's preprocessing.
    // A sample within the thinnest pen of the segment is inked, one beyond the widest is not,
    // whatever the radius between; only the few near the edge are tested one by one. The margin
    // is far above the rounding of the spans and far below a sample's width, so the result is
    // the one-by-one test's everywhere.
    constexpr double kMargin = 1e-6;
    const CapsuleRows reach(a, b, maxRadius + kMargin), sure(a, b, minRadius - kMargin);
    for (int v = std::max(v0, 0); v <= std::min(v1, InkBuffer::kSide - 1); ++v) {
        const double py = InkBuffer::sampleCentre(v);
        const auto [first, last] = samplesIn(reach.span(py));
        if (first > last) continue;
        auto [fillFirst, fillLast] = samplesIn(sure.span(py));
        fillFirst = std::max(fillFirst, first);
        fillLast = std::min(fillLast, last);
        if (fillFirst > fillLast) fillFirst = last + 1, fillLast = last;
        float* row = ink.rowToInk(v, first, last);
        const double alongY = (py - a.y) * perY;
        for (int u = first; u < fillFirst; ++u) inkIfWithinPen(row, u, py, alongY);
        std::fill(row + fillFirst, row + fillLast + 1, 1.0f);
        for (int u = fillLast + 1; u <= last; ++u) inkIfWithinPen(row, u, py, alongY);
    }
}

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
            inkPenSegment(result.ink, previous.value_or(current), current);
            previous = current;
        }
    }
    return result;
}

} // namespace digitpad
