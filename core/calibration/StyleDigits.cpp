#include "calibration/StyleDigits.h"

#include "preprocess/InkBox.h"

#include <cmath>
#include <algorithm>
#include <random>
#include <sstream>

namespace digitpad {
namespace {

constexpr double kPi = 3.14159265358979323846;

struct P {
    double x, y;
};
using Path = std::vector<P>;

// Quadratic Bezier pieces through control points, sampled densely: rounder than polylines and
// built differently from the ellipse-arc generator the other tests use.
Path curve(const std::vector<P>& c, int steps = 24) {
    Path path;
    for (std::size_t i = 0; i + 2 < c.size() + 1 && i + 1 < c.size(); i += 2) {
        const P a = c[i], b = c[i + 1], e = i + 2 < c.size() ? c[i + 2] : c[i + 1];
        for (int k = 0; k <= steps; ++k) {
            const double t = static_cast<double>(k) / steps, u = 1 - t;
            path.push_back({u * u * a.x + 2 * u * t * b.x + t * t * e.x, u * u * a.y + 2 * u * t * b.y + t * t * e.y});
        }
    }
    return path;
}

Path poly(const std::vector<P>& c, int steps = 16) {
    Path path;
    for (std::size_t i = 0; i + 1 < c.size(); ++i)
        for (int k = 0; k < steps; ++k) {
            const double t = static_cast<double>(k) / steps;
            path.push_back({c[i].x + t * (c[i + 1].x - c[i].x), c[i].y + t * (c[i + 1].y - c[i].y)});
        }
    path.push_back(c.back());
    return path;
}

Path loop(double cx, double cy, double rx, double ry, double from, double to, int steps = 48) {
    Path path;
    for (int k = 0; k <= steps; ++k) {
        const double a = (from + (to - from) * k / steps) * kPi / 180;
        path.push_back({cx + rx * std::cos(a), cy + ry * std::sin(a)});
    }
    return path;
}

Path then(Path a, const Path& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

std::vector<Path> shape(int digit, const std::string& v) {
    switch (digit) {
    case 0:
        if (v == "slashed") return {loop(0.5, 0.5, 0.42, 0.5, 250, -110), poly({{0.85, 0.1}, {0.15, 0.9}})};
        return {loop(0.5, 0.5, 0.45, 0.5, 260, -100)};
    case 1:
        if (v == "flag") return {poly({{0.15, 0.3}, {0.6, 0.0}, {0.6, 1.0}})};
        if (v == "flag+base") return {poly({{0.1, 0.3}, {0.55, 0.0}, {0.55, 1.0}}), poly({{0.2, 1.0}, {0.9, 1.0}})};
        return {poly({{0.5, 0.0}, {0.48, 1.0}})};
    case 2:
        if (v == "looped")
            return {then(curve({{0.1, 0.25}, {0.5, -0.15}, {0.85, 0.25}, {0.9, 0.5}, {0.3, 0.9}}),
                         then(loop(0.3, 0.88, 0.12, 0.1, -90, 200), poly({{0.2, 0.9}, {0.95, 0.95}})))};
        return {then(curve({{0.1, 0.25}, {0.5, -0.15}, {0.85, 0.25}, {0.9, 0.5}, {0.05, 1.0}}),
                     poly({{0.05, 1.0}, {0.95, 0.98}}))};
    case 3:
        if (v == "flat-top")
            return {then(poly({{0.1, 0.0}, {0.85, 0.0}, {0.4, 0.4}}), curve({{0.4, 0.4}, {1.0, 0.45}, {0.85, 0.8},
                                                                                 {0.6, 1.05}, {0.05, 0.85}}))};
        return {then(curve({{0.1, 0.1}, {0.8, -0.15}, {0.75, 0.3}, {0.65, 0.48}, {0.35, 0.48}}),
                     curve({{0.35, 0.48}, {1.05, 0.55}, {0.8, 0.9}, {0.55, 1.1}, {0.05, 0.88}}))};
    case 4:
        if (v == "open") return {poly({{0.2, 0.0}, {0.1, 0.62}, {0.95, 0.62}}), poly({{0.7, 0.15}, {0.7, 1.0}})};
        if (v == "one-stroke") return {poly({{0.2, 0.0}, {0.1, 0.6}, {0.9, 0.6}, {0.72, 0.1}, {0.72, 1.0}})};
        return {poly({{0.65, 0.0}, {0.05, 0.68}, {0.95, 0.68}}), poly({{0.7, 0.2}, {0.7, 1.0}})};
    case 5:
        if (v == "one-stroke")
            return {then(poly({{0.85, 0.0}, {0.25, 0.0}, {0.2, 0.45}}),
                         curve({{0.2, 0.45}, {0.9, 0.3}, {0.9, 0.72}, {0.85, 1.05}, {0.1, 0.92}}))};
        return {then(poly({{0.25, 0.0}, {0.2, 0.45}}), curve({{0.2, 0.45}, {0.95, 0.3}, {0.9, 0.72}, {0.8, 1.05}, {0.1, 0.92}})),
                poly({{0.25, 0.0}, {0.9, 0.02}})};
    case 6: return {then(curve({{0.8, 0.05}, {0.15, 0.2}, {0.12, 0.7}}), loop(0.48, 0.72, 0.36, 0.28, 180, 540))};
    case 7:
        if (v == "crossed") return {poly({{0.05, 0.05}, {0.95, 0.0}, {0.4, 1.0}}), poly({{0.3, 0.5}, {0.9, 0.48}})};
        if (v == "hooked") return {poly({{0.05, 0.2}, {0.1, 0.0}, {0.95, 0.0}, {0.45, 1.0}})};
        return {poly({{0.05, 0.0}, {0.95, 0.0}, {0.45, 1.0}})};
    case 8:
        if (v == "two-loops") return {loop(0.5, 0.25, 0.3, 0.25, 90, 450), loop(0.5, 0.74, 0.38, 0.26, -90, 270)};
        return {then(curve({{0.85, 0.1}, {0.5, -0.15}, {0.2, 0.15}, {0.3, 0.4}, {0.7, 0.6}}),
                     curve({{0.7, 0.6}, {1.0, 1.0}, {0.5, 1.0}, {0.0, 1.0}, {0.3, 0.6}, {0.85, 0.35}, {0.85, 0.1}}))};
    case 9:
        if (v == "curled")
            return {then(loop(0.5, 0.27, 0.35, 0.27, 10, 370), curve({{0.85, 0.3}, {0.85, 0.95}, {0.45, 1.0}, {0.15, 1.0}, {0.1, 0.85}}))};
        if (v == "straight") return {then(loop(0.5, 0.27, 0.35, 0.27, 10, 370), poly({{0.85, 0.3}, {0.85, 1.0}}))};
        return {then(loop(0.5, 0.27, 0.35, 0.27, 10, 370), curve({{0.85, 0.3}, {0.8, 0.7}, {0.55, 1.0}}))};
    default: return {};
    }
}

} // namespace

std::vector<std::string> styleVariants(int digit) {
    switch (digit) {
    case 0: return {"round", "slashed"};
    case 1: return {"stem", "flag", "flag+base"};
    case 2: return {"plain", "looped"};
    case 3: return {"round-top", "flat-top"};
    case 4: return {"closed", "open", "one-stroke"};
    case 5: return {"two-strokes", "one-stroke"};
    case 7: return {"plain", "crossed", "hooked"};
    case 8: return {"one-stroke", "two-loops"};
    case 9: return {"plain", "curled", "straight"};
    default: return {"plain"};
    }
}

namespace {

StyledDrawing styledDigit(int digit, const std::string& variant, std::mt19937& rng, double x0, double y0, double h,
                          double haste = 0) {
    std::uniform_real_distribution<double> ratio(0.45, 1.05), slant(-0.2, 0.35), wobble(0, 3), pressure(0.2, 1.0),
        uniform(0, 1);
    std::normal_distribution<double> noise(0, 1);
    StyledDrawing out;
    out.label = std::to_string(digit);
    out.variant = variant;
    const double w = h * (digit == 1 && variant == "stem" ? 0.2 : ratio(rng));
    const double s = slant(rng), jitter = wobble(rng) * h / 200;
    const double pen = uniform(rng) < 0.5 ? StrokePoint::kNoPressure : pressure(rng);
    // Haste: strokes put down a little off where they belong, and the whole shape bent by a slow wave.
    std::uniform_real_distribution<double> phase(0, 2 * kPi), frequency(0.5, 1.5);
    const double bend = 0.06 * haste * h, fx = frequency(rng), fy = frequency(rng), px = phase(rng), py = phase(rng);
    for (const Path& path : shape(digit, variant)) {
        const double offX = haste > 0 ? 0.06 * haste * h * noise(rng) : 0, offY = haste > 0 ? 0.06 * haste * h * noise(rng) : 0;
        Stroke stroke;
        for (const P& p : path) {
            const double wx = bend * std::sin(2 * kPi * fy * p.y + px), wy = bend * std::sin(2 * kPi * fx * p.x + py);
            stroke.push_back({x0 + p.x * w + s * (1 - p.y) * h + jitter * noise(rng) + offX + wx,
                              y0 + p.y * h + jitter * noise(rng) + offY + wy, pen});
        }
        out.drawing.strokes.push_back(std::move(stroke));
    }
    return out;
}

std::string pickVariant(int digit, std::mt19937& rng) {
    const std::vector<std::string> variants = styleVariants(digit);
    return variants[std::uniform_int_distribution<std::size_t>(0, variants.size() - 1)(rng)];
}

} // namespace

std::vector<StyledDrawing> styleSet(int perDigit, std::uint32_t seed, double haste) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> size(30, 380), place(0, 1);
    std::vector<StyledDrawing> set;
    for (int digit = 0; digit <= 9; ++digit) {
        const std::vector<std::string> variants = styleVariants(digit);
        for (int i = 0; i < perDigit; ++i) {
            const double h = size(rng);
            const double x0 = place(rng) * (600 - h), y0 = place(rng) * (450 - h);
            set.push_back(styledDigit(digit, variants[static_cast<std::size_t>(i) % variants.size()], rng, x0, y0, h, haste));
        }
    }
    return set;
}

namespace {

// How styleNumbers and numbersFromDigits lay a number out: its height, its digits' count, and
// for each digit a height and a baseline jitter, and the gap after it.
struct NumberLayout {
    explicit NumberLayout(double drift = 0.08) : baseline(-drift, drift) {}
    std::uniform_real_distribution<double> size{60, 160}, gap{-0.05, 0.4}, baseline;
    std::uniform_int_distribution<int> length{3, 4};
};

// Moves `digit` so that its ink starts `cursor` to the right, appends its strokes to `number`
// and returns where the next digit's ink starts.
double appendBeside(StyledDrawing& number, Drawing digit, double cursor, double gap) {
    const InkBox box = inkBox(digit);
    for (Stroke& stroke : digit.strokes) {
        for (StrokePoint& p : stroke) p.x += cursor - box.left;
        number.drawing.strokes.push_back(std::move(stroke));
    }
    return cursor + box.width() + gap;
}

// The drawing scaled so that its ink is `height` tall with its bottom at `bottom`.
Drawing scaledToHeight(Drawing drawing, double height, double bottom) {
    const InkBox box = inkBox(drawing);
    const double scale = height / std::max(box.height(), 1.0);
    for (Stroke& stroke : drawing.strokes)
        for (StrokePoint& p : stroke) p = {p.x * scale, bottom + (p.y - box.bottom) * scale, p.pressure};
    return drawing;
}

// `count` numbers, each of 3-4 digits that next(rng, height) draws at the number's height,
// laid side by side.
template <typename NextDigit>
std::vector<StyledDrawing> layOutNumbers(int count, std::mt19937& rng, NumberLayout& layout, const NextDigit& next) {
    std::vector<StyledDrawing> set;
    for (int n = 0; n < count; ++n) {
        StyledDrawing number;
        const double h = layout.size(rng);
        double cursor = 20;
        const int digits = layout.length(rng);
        for (int k = 0; k < digits; ++k) {
            StyledDrawing one = next(rng, h);
            cursor = appendBeside(number, std::move(one.drawing), cursor, layout.gap(rng) * h);
            number.label += one.label;
            number.variant += (k ? " " : "") + one.variant;
        }
        set.push_back(std::move(number));
    }
    return set;
}

} // namespace

std::vector<StyledDrawing> styleNumbers(int count, std::uint32_t seed) {
    std::mt19937 rng(seed);
    NumberLayout layout;
    std::uniform_int_distribution<int> digit(0, 9);
    return layOutNumbers(count, rng, layout, [&](std::mt19937& r, double h) {
        const int d = digit(r);
        return styledDigit(d, pickVariant(d, r), r, 0, 100 + layout.baseline(r) * h,
                           h * (0.9 + 0.2 * layout.baseline(r) / 0.08 * 0.5));
    });
}

std::vector<StyledDrawing> numbersFromDigits(const std::vector<LabelledDrawing>& digits, int count, std::uint32_t seed,
                                             double drift) {
    std::vector<const LabelledDrawing*> singles;
    for (const LabelledDrawing& d : digits)
        if (d.label.size() == 1 && !d.drawing.strokes.empty()) singles.push_back(&d);
    if (singles.empty()) return {};
    std::mt19937 rng(seed);
    NumberLayout layout(drift);
    std::uniform_int_distribution<std::size_t> pick(0, singles.size() - 1);
    return layOutNumbers(count, rng, layout, [&](std::mt19937& r, double h) {
        const std::size_t i = pick(r);
        const double bottom = 100 + h + layout.baseline(r) * h;
        return StyledDrawing{scaledToHeight(singles[i]->drawing, h * (1 + layout.baseline(r)), bottom),
                             singles[i]->label, "#" + std::to_string(i)};
    });
}

std::string styleSetJson(const std::vector<StyledDrawing>& set) {
    std::ostringstream json;
    json.precision(6);
    json << "[\n";
    for (std::size_t i = 0; i < set.size(); ++i) {
        json << "{\"label\": \"" << set[i].label << "\", \"variant\": \"" << set[i].variant << "\", \"strokes\": [";
        for (std::size_t s = 0; s < set[i].drawing.strokes.size(); ++s) {
            json << (s ? ", [" : "[");
            const Stroke& stroke = set[i].drawing.strokes[s];
            for (std::size_t k = 0; k < stroke.size(); ++k) {
                json << (k ? ", [" : "[") << stroke[k].x << ", " << stroke[k].y;
                if (stroke[k].pressure >= 0) json << ", " << stroke[k].pressure;
                json << "]";
            }
            json << "]";
        }
        json << "]}" << (i + 1 < set.size() ? ",\n" : "\n");
    }
    json << "]\n";
    return json.str();
}

} // namespace digitpad
