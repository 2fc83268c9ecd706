#include "train/StyleStrokes.h"

#include "preprocess/Preprocess.h"

#include <algorithm>
#include <cmath>

namespace digitpad {
namespace {

struct Point {
    double x, y;
};
// A stroke as the points a pen passes through, in a unit box (y down); drawn as a Catmull-Rom
// spline through them.
using Skeleton = std::vector<Point>;

std::vector<Skeleton> skeleton(int digit, std::size_t variant) {
    switch (digit * 10 + static_cast<int>(variant)) {
    case 0: return {{{0.5, 0}, {0.12, 0.25}, {0.1, 0.7}, {0.5, 1}, {0.9, 0.7}, {0.88, 0.25}, {0.5, 0}, {0.4, 0.05}}};
    case 1: return {{{0.5, 0}, {0.12, 0.25}, {0.1, 0.7}, {0.5, 1}, {0.9, 0.7}, {0.88, 0.25}, {0.5, 0}},
                    {{0.9, 0.05}, {0.1, 0.95}}};
    case 10: return {{{0.5, 0}, {0.5, 0.5}, {0.5, 1}}};
    case 11: return {{{0.1, 0.35}, {0.6, 0}, {0.6, 0.5}, {0.6, 1}}};
    case 12: return {{{0.1, 0.35}, {0.55, 0}, {0.55, 0.5}, {0.55, 1}}, {{0.15, 1}, {0.95, 1}}};
    case 13: return {{{0.0, 0.48}, {0.35, 0.18}, {0.62, 0}, {0.6, 0.5}, {0.58, 1}}};
    case 20: return {{{0.1, 0.25}, {0.5, 0}, {0.88, 0.25}, {0.6, 0.6}, {0.05, 1}, {0.5, 0.98}, {0.95, 1}}};
    case 21: return {{{0.1, 0.25}, {0.5, 0}, {0.88, 0.25}, {0.5, 0.7}, {0.2, 0.92}, {0.35, 0.75}, {0.4, 0.95}, {0.95, 0.98}}};
    case 30: return {{{0.1, 0.15}, {0.5, 0}, {0.85, 0.2}, {0.4, 0.48}, {0.9, 0.7}, {0.5, 1}, {0.05, 0.85}}};
    case 31: return {{{0.1, 0}, {0.9, 0}, {0.4, 0.42}, {0.9, 0.65}, {0.55, 1}, {0.05, 0.88}}};
    case 40: return {{{0.6, 0}, {0.05, 0.68}, {0.95, 0.68}}, {{0.68, 0.25}, {0.68, 1}}};
    case 41: return {{{0.2, 0}, {0.12, 0.62}, {0.95, 0.62}}, {{0.72, 0.1}, {0.72, 1}}};
    case 42: return {{{0.2, 0}, {0.1, 0.6}, {0.9, 0.6}, {0.74, 0.15}, {0.74, 1}}};
    case 50: return {{{0.25, 0}, {0.2, 0.45}, {0.85, 0.45}, {0.85, 0.85}, {0.45, 1}, {0.05, 0.9}}, {{0.25, 0}, {0.9, 0}}};
    case 51: return {{{0.9, 0}, {0.25, 0}, {0.2, 0.45}, {0.85, 0.45}, {0.85, 0.85}, {0.45, 1}, {0.05, 0.9}}};
    case 60: return {{{0.8, 0}, {0.25, 0.3}, {0.12, 0.75}, {0.5, 1}, {0.85, 0.75}, {0.5, 0.48}, {0.15, 0.7}}};
    case 70: return {{{0.05, 0}, {0.95, 0}, {0.45, 1}}};
    case 71: return {{{0.05, 0}, {0.95, 0}, {0.45, 1}}, {{0.3, 0.5}, {0.85, 0.48}}};
    case 72: return {{{0.05, 0.2}, {0.1, 0}, {0.95, 0}, {0.45, 1}}};
    case 73: return {{{0.05, 0}, {0.95, 0}, {0.45, 1}}, {{0.2, 0.62}, {1.0, 0.58}}};
    case 80: return {{{0.8, 0.1}, {0.5, 0}, {0.2, 0.2}, {0.5, 0.48}, {0.85, 0.75}, {0.5, 1}, {0.15, 0.75}, {0.5, 0.48}, {0.8, 0.2}}};
    case 81: return {{{0.5, 0}, {0.2, 0.22}, {0.5, 0.46}, {0.8, 0.22}, {0.5, 0}}, {{0.5, 0.48}, {0.15, 0.74}, {0.5, 1}, {0.85, 0.74}, {0.5, 0.48}}};
    case 90: return {{{0.85, 0.15}, {0.5, 0}, {0.15, 0.25}, {0.5, 0.5}, {0.85, 0.3}, {0.85, 0.6}, {0.7, 1}}};
    case 91: return {{{0.85, 0.15}, {0.5, 0}, {0.15, 0.25}, {0.5, 0.5}, {0.85, 0.3}, {0.8, 0.8}, {0.45, 1}, {0.15, 0.88}}};
    case 92: return {{{0.85, 0.15}, {0.5, 0}, {0.15, 0.25}, {0.5, 0.5}, {0.85, 0.3}, {0.85, 1}}};
    case 93: return {{{0.85, 0.1}, {0.5, 0}, {0.2, 0.12}, {0.45, 0.32}, {0.85, 0.15}, {0.75, 0.55}, {0.55, 0.88}, {0.25, 1}, {0.0, 0.85}}};
    default: return {};
    }
}

// Catmull-Rom through the points (ends repeated), `steps` samples per span.
std::vector<Point> spline(const Skeleton& p, int steps) {
    std::vector<Point> out;
    const auto at = [&](long i) { return p[static_cast<std::size_t>(std::clamp<long>(i, 0, static_cast<long>(p.size()) - 1))]; };
    for (long i = 0; i + 1 < static_cast<long>(p.size()); ++i) {
        const Point a = at(i - 1), b = at(i), c = at(i + 1), d = at(i + 2);
        for (int k = 0; k < steps; ++k) {
            const double t = static_cast<double>(k) / steps, t2 = t * t, t3 = t2 * t;
            const auto blend = [&](double pa, double pb, double pc, double pd) {
                return 0.5 * (2 * pb + (-pa + pc) * t + (2 * pa - 5 * pb + 4 * pc - pd) * t2 + (-pa + 3 * pb - 3 * pc + pd) * t3);
            };
            out.push_back({blend(a.x, b.x, c.x, d.x), blend(a.y, b.y, c.y, d.y)});
        }
    }
    out.push_back(p.back());
    return out;
}

} // namespace

std::vector<std::string> strokeStyleVariants(int digit) {
    switch (digit) {
    case 0: return {"round", "slashed"};
    case 1: return {"stem", "flag", "flag+base", "long-flag"};
    case 2: return {"plain", "looped"};
    case 3: return {"round-top", "flat-top"};
    case 4: return {"closed", "open", "one-stroke"};
    case 5: return {"flat-top", "one-stroke"};
    case 7: return {"plain", "crossed", "hooked", "low-cross"};
    case 8: return {"one-stroke", "two-loops"};
    case 9: return {"straight", "curled", "upright", "small-head-hook"};
    default: return {"plain"};
    }
}

Drawing drawStyledDigit(int digit, std::size_t variant, std::mt19937& rng) {
    std::normal_distribution<double> move(0, 0.045), wobble(0, 0.006);
    std::uniform_real_distribution<double> height(120, 360), aspect(0.5, 1.0), slant(-0.15, 0.3), turn(-0.12, 0.12),
        pressure(0.15, 1), coin(0, 1);
    const double h = height(rng), w = h * (digit == 1 && variant == 0 ? 0.15 : aspect(rng));
    const double s = slant(rng), a = turn(rng), pen = coin(rng) < 0.5 ? StrokePoint::kNoPressure : pressure(rng);
    const double c = std::cos(a), n = std::sin(a);
    // Hurried writing: a later stroke lands off its place (a 7's bar, a 4's stem, a 5's flag)
    // and each stroke bows sideways.
    const bool hurried = coin(rng) < 0.4;
    std::normal_distribution<double> misplace(0, 0.07), bow(0, 0.08);
    constexpr double kHalfTurn = 3.14159265358979;
    Drawing drawing;
    for (Skeleton points : skeleton(digit, variant)) {
        const bool later = !drawing.strokes.empty();
        const double offX = hurried && later ? misplace(rng) : 0, offY = hurried && later ? misplace(rng) : 0;
        const double bend = hurried ? bow(rng) : 0;
        for (std::size_t j = 0; j < points.size(); ++j) {
            Point& p = points[j];
            const double along = points.size() > 1 ? static_cast<double>(j) / static_cast<double>(points.size() - 1) : 0;
            p.x += move(rng) + offX + bend * std::sin(kHalfTurn * along);
            p.y += move(rng) + offY;
        }
        Stroke stroke;
        for (const Point& q : spline(points, 10)) {
            const double x = (q.x - 0.5) * w + s * (0.5 - q.y) * h + wobble(rng) * h;
            const double y = (q.y - 0.5) * h + wobble(rng) * h;
            stroke.push_back({200 + c * x - n * y, 200 + n * x + c * y, pen});
        }
        drawing.strokes.push_back(std::move(stroke));
    }
    return drawing;
}

Dataset strokeStyleDataset(std::size_t count, std::uint32_t seed) {
    std::mt19937 rng(seed);
    Dataset set;
    set.images.reserve(count);
    set.labels.reserve(count);
    for (std::size_t i = 0; set.size() < count && i < 2 * count + 10; ++i) {
        const int digit = static_cast<int>(i % 10);
        const std::size_t variant = (i / 10) % strokeStyleVariants(digit).size();
        const Preprocessed input = preprocessDrawing(drawStyledDigit(digit, variant, rng));
        if (!input.ok()) continue;
        set.add(*input.image, static_cast<std::uint8_t>(digit));
    }
    return set;
}

} // namespace digitpad
