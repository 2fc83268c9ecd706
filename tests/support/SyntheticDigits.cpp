#include "support/SyntheticDigits.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace digitpad::testing {
namespace {

constexpr double kPi = 3.14159265358979323846;

struct UnitPoint {
    double x, y;
};
using UnitStroke = std::vector<UnitPoint>;

// An arc of an ellipse, angles in degrees, 0 = right, 90 = down (canvas y grows downward).
UnitStroke arc(double cx, double cy, double rx, double ry, double fromDeg, double toDeg, int steps = 40) {
    UnitStroke s;
    for (int i = 0; i <= steps; ++i) {
        const double a = (fromDeg + (toDeg - fromDeg) * i / steps) * kPi / 180;
        s.push_back({cx + rx * std::cos(a), cy + ry * std::sin(a)});
    }
    return s;
}

UnitStroke line(std::vector<UnitPoint> corners, int stepsPerSegment = 12) {
    UnitStroke s;
    for (std::size_t i = 0; i + 1 < corners.size(); ++i)
        for (int k = 0; k < stepsPerSegment; ++k) {
            const double t = static_cast<double>(k) / stepsPerSegment;
            s.push_back({corners[i].x + t * (corners[i + 1].x - corners[i].x),
                         corners[i].y + t * (corners[i + 1].y - corners[i].y)});
        }
    s.push_back(corners.back());
    return s;
}

UnitStroke join(UnitStroke a, const UnitStroke& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

std::vector<UnitStroke> shape(int digit) {
    switch (digit) {
    case 0: return {arc(0.5, 0.5, 0.4, 0.5, -90, 270, 60)};
    case 1: return {line({{0.3, 0.15}, {0.55, 0.0}, {0.5, 1.0}})};
    case 2: return {join(arc(0.5, 0.28, 0.38, 0.28, 180, 360), line({{0.88, 0.28}, {0.1, 1.0}, {0.92, 1.0}}))};
    case 3: return {join(arc(0.48, 0.25, 0.36, 0.25, 200, 450), arc(0.48, 0.74, 0.42, 0.26, -90, 150))};
    case 4: return {line({{0.62, 0.0}, {0.05, 0.66}, {0.95, 0.66}}), line({{0.68, 0.25}, {0.68, 1.0}})};
    case 5: return {join(line({{0.88, 0.0}, {0.22, 0.0}, {0.16, 0.45}}), arc(0.48, 0.7, 0.4, 0.3, -125, 150))};
    case 6: return {join(arc(0.95, 0.62, 0.72, 0.62, 235, 180, 25), arc(0.5, 0.72, 0.27, 0.28, 180, 540))};
    case 7: return {line({{0.05, 0.0}, {0.95, 0.0}, {0.38, 1.0}})};
    case 8: return {join(arc(0.5, 0.24, 0.3, 0.24, 90, -270), arc(0.5, 0.73, 0.36, 0.27, -90, 270))};
    case 9: return {join(arc(0.48, 0.28, 0.32, 0.28, 0, 360), line({{0.8, 0.28}, {0.72, 1.0}}))};
    default: return {};
    }
}

} // namespace

Drawing syntheticDigit(int digit, const DrawStyle& style) {
    std::mt19937 rng(style.seed);
    std::normal_distribution<double> wobble(0.0, 1.0);
    Drawing drawing;
    const double width = style.height * style.widthRatio;
    for (const UnitStroke& unit : shape(digit)) {
        Stroke stroke;
        for (const UnitPoint& p : unit) {
            const double slantShift = style.slant * (1.0 - p.y) * style.height;
            stroke.push_back({style.x + p.x * width + slantShift + style.jitter * wobble(rng),
                              style.y + p.y * style.height + style.jitter * wobble(rng), style.pressure});
        }
        drawing.strokes.push_back(std::move(stroke));
    }
    return drawing;
}

SyntheticNumber syntheticNumber(const std::vector<int>& digits, double minGap, double maxGap, std::uint32_t seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> height(150, 220), ratio(0.55, 0.8), slant(-0.1, 0.2), gap(minGap, maxGap),
        baseline(-15, 15);
    SyntheticNumber number;
    double cursor = 40;
    for (const int digit : digits) {
        DrawStyle style;
        style.height = height(rng);
        style.widthRatio = ratio(rng);
        style.slant = slant(rng);
        style.jitter = 0.5;
        style.seed = static_cast<std::uint32_t>(rng());
        style.x = 0;
        style.y = 60 + baseline(rng);
        Drawing shape = syntheticDigit(digit, style);
        // Place the ink's left edge at the cursor, whatever the style's own margins.
        double left = 1e300, right = -1e300;
        for (const Stroke& stroke : shape.strokes)
            for (const StrokePoint& p : stroke) {
                left = std::min(left, p.x);
                right = std::max(right, p.x);
            }
        for (Stroke& stroke : shape.strokes) {
            for (StrokePoint& p : stroke) p.x += cursor - left;
            number.drawing.strokes.push_back(stroke);
        }
        cursor += right - left + gap(rng) * style.height;
        number.digits.push_back(digit);
        number.text += static_cast<char>('0' + digit);
    }
    return number;
}

DrawStyle variedStyle(int index) {
    const DrawStyle styles[] = {
        {100, 100, 200, 0.7, 0.0, 0.0, 1},   // plain
        {20, 30, 40, 0.7, 0.0, 0.0, 2},      // tiny, top-left corner
        {300, 10, 380, 0.65, 0.0, 0.0, 3},   // huge, off-centre
        {150, 120, 160, 0.7, 0.25, 0.0, 4},  // slanted right
        {150, 120, 160, 0.7, -0.15, 0.0, 5}, // slanted left
        {60, 200, 220, 0.95, 0.0, 0.0, 6},   // wide
        {60, 200, 220, 0.5, 0.0, 0.0, 7},    // narrow
        {200, 200, 180, 0.7, 0.1, 2.0, 8},   // shaky hand
    };
    return styles[index % (sizeof styles / sizeof styles[0])];
}

} // namespace digitpad::testing

#include "preprocess/Preprocess.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>

namespace digitpad::testing {

Dataset syntheticDataset(int perDigit, std::uint32_t seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> height(30, 300), ratio(0.5, 0.9), slant(-0.2, 0.3), jitter(0, 2),
        position(0, 500);
    Dataset set;
    for (int i = 0; i < perDigit; ++i)
        for (int digit = 0; digit < 10; ++digit) {
            DrawStyle style{position(rng), position(rng), height(rng), ratio(rng), slant(rng), jitter(rng), static_cast<std::uint32_t>(rng())};
            const Preprocessed input = preprocessDrawing(syntheticDigit(digit, style));
            if (!input.ok()) continue;
            set.add(*input.image, static_cast<std::uint8_t>(digit));
        }
    return set;
}

std::string requireMnistFolder() {
    const char* fromEnvironment = std::getenv("DIGITPAD_MNIST_DIR");
    const std::string folder = fromEnvironment ? fromEnvironment : DIGITPAD_MNIST_DIR;
    if (!std::filesystem::exists(std::filesystem::path(folder) / "t10k-labels-idx1-ubyte")) {
        std::fprintf(stderr,
                     "MNIST is missing from %s. Run ./dev.sh test (it fetches it), or set DIGITPAD_MNIST_DIR.\n",
                     folder.c_str());
        std::exit(1);
    }
    return folder;
}

} // namespace digitpad::testing
