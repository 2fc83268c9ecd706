#include "pen/PenPath.h"

#include "preprocess/InkBox.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace digitpad {
namespace {

struct Point {
    double x, y;
};

std::vector<Point> pathOf(const Drawing& drawing) {
    std::vector<Point> path;
    for (const Stroke& stroke : drawing.strokes)
        for (const StrokePoint& p : stroke)
            if (isUsable(p)) path.push_back({p.x, p.y});
    return path;
}

// kPenPathPoints points spaced equally along the path's length.
std::vector<Point> resampled(const std::vector<Point>& path, const std::vector<double>& lengthTo) {
    std::vector<Point> points;
    std::size_t segment = 0;
    for (int k = 0; k < kPenPathPoints; ++k) {
        const double at = lengthTo.back() * k / (kPenPathPoints - 1);
        while (segment + 2 < path.size() && lengthTo[segment + 1] < at) ++segment;
        const double span = lengthTo[segment + 1] - lengthTo[segment];
        const double t = span > 0 ? std::clamp((at - lengthTo[segment]) / span, 0.0, 1.0) : 0.0;
        const Point& a = path[segment];
        const Point& b = path[segment + 1];
        points.push_back({a.x + t * (b.x - a.x), a.y + t * (b.y - a.y)});
    }
    return points;
}

} // namespace

PenPathFeatures penPathFeatures(const Drawing& drawing) {
    PenPathFeatures features{};
    const std::vector<Point> path = pathOf(drawing);
    if (path.size() < 2) return features;
    std::vector<double> lengthTo(path.size(), 0.0);
    for (std::size_t i = 1; i < path.size(); ++i)
        lengthTo[i] = lengthTo[i - 1] + std::hypot(path[i].x - path[i - 1].x, path[i].y - path[i - 1].y);
    if (!(lengthTo.back() > 0)) return features;
    const InkBox box = inkBox(drawing);
    const double middleX = (box.left + box.right) / 2, middleY = (box.top + box.bottom) / 2;
    const double half = std::max(std::max(box.width(), box.height()), 1e-9) / 2;
    const std::vector<Point> points = resampled(path, lengthTo);
    std::size_t at = 0;
    for (const Point& p : points) {
        features[at++] = static_cast<float>((p.x - middleX) / half);
        features[at++] = static_cast<float>((p.y - middleY) / half);
    }
    for (std::size_t k = 0; k + 1 < points.size(); ++k) {
        const double dx = points[k + 1].x - points[k].x, dy = points[k + 1].y - points[k].y;
        const double length = std::hypot(dx, dy);
        features[at++] = length > 0 ? static_cast<float>(0.5 * dx / length) : 0.0f;
        features[at++] = length > 0 ? static_cast<float>(0.5 * dy / length) : 0.0f;
    }
    features[at] = 0.2f * static_cast<float>(std::min<std::size_t>(drawing.strokes.size(), 4));
    return features;
}

} // namespace digitpad
