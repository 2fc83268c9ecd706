#include "train/TracedDigits.h"

#include "preprocess/Preprocess.h"

#include <algorithm>
#include <array>
#include <numeric>
#include <random>
#include <set>
#include <utility>
#include <vector>

namespace digitpad {
namespace {

constexpr int kSide = Image28::kSide;
constexpr double kCanvasPixelsPerImagePixel = 14.0;

// A grid one pixel larger on every side, so that neighbours never fall off it.
class PaddedGrid {
public:
    static constexpr int kPadded = kSide + 2;
    bool at(int x, int y) const { return cells_[index(x, y)]; }
    void set(int x, int y, bool on) { cells_[index(x, y)] = on; }

private:
    static std::size_t index(int x, int y) { return static_cast<std::size_t>((y + 1) * kPadded + x + 1); }
    std::array<bool, kPadded * kPadded> cells_{};
};

// P2..P9 of Zhang and Suen: north, then clockwise.
constexpr std::array<std::pair<int, int>, 8> kAround = {
    {{0, -1}, {1, -1}, {1, 0}, {1, 1}, {0, 1}, {-1, 1}, {-1, 0}, {-1, -1}}};

// One sub-iteration: `second` selects the conditions of the second pass.
bool thinOnce(PaddedGrid& grid, bool second) {
    std::vector<std::pair<int, int>> removed;
    for (int y = 0; y < kSide; ++y)
        for (int x = 0; x < kSide; ++x) {
            if (!grid.at(x, y)) continue;
            std::array<bool, 8> p{};
            for (std::size_t i = 0; i < 8; ++i) p[i] = grid.at(x + kAround[i].first, y + kAround[i].second);
            const int neighbours = static_cast<int>(std::count(p.begin(), p.end(), true));
            int rises = 0;
            for (std::size_t i = 0; i < 8; ++i) rises += !p[i] && p[(i + 1) % 8];
            const bool n = p[0], e = p[2], s = p[4], w = p[6];
            const bool keepsEdge = second ? (n && e && w) || (n && s && w) : (n && e && s) || (e && s && w);
            if (neighbours >= 2 && neighbours <= 6 && rises == 1 && !keepsEdge) removed.emplace_back(x, y);
        }
    for (const auto& [x, y] : removed) grid.set(x, y, false);
    return !removed.empty();
}

struct Pixel {
    int x = 0;
    int y = 0;
};

// The skeleton as a graph: a diagonal step is an edge only where no corner pixel already joins
// the two, so that a bend is one path and not a triangle of three forks.
class SkeletonGraph {
public:
    explicit SkeletonGraph(const Image28& skeleton) {
        std::array<int, Image28::kPixels> indexOf{};
        indexOf.fill(-1);
        for (int y = 0; y < kSide; ++y)
            for (int x = 0; x < kSide; ++x)
                if (skeleton.at(x, y) > 0.5f) {
                    indexOf[static_cast<std::size_t>(y * kSide + x)] = static_cast<int>(pixels_.size());
                    pixels_.push_back({x, y});
                }
        const auto on = [&](int x, int y) {
            return x >= 0 && y >= 0 && x < kSide && y < kSide && indexOf[static_cast<std::size_t>(y * kSide + x)] >= 0;
        };
        neighbours_.resize(pixels_.size());
        for (std::size_t i = 0; i < pixels_.size(); ++i)
            for (const auto& [dx, dy] : kAround) {
                const int x = pixels_[i].x + dx, y = pixels_[i].y + dy;
                if (!on(x, y)) continue;
                if (dx != 0 && dy != 0 && (on(pixels_[i].x + dx, pixels_[i].y) || on(pixels_[i].x, pixels_[i].y + dy)))
                    continue;
                neighbours_[i].push_back(indexOf[static_cast<std::size_t>(y * kSide + x)]);
            }
    }

    std::size_t size() const { return pixels_.size(); }
    const Pixel& pixel(int i) const { return pixels_[static_cast<std::size_t>(i)]; }
    const std::vector<int>& neighbours(int i) const { return neighbours_[static_cast<std::size_t>(i)]; }
    std::size_t degree(int i) const { return neighbours(i).size(); }

private:
    std::vector<Pixel> pixels_;
    std::vector<std::vector<int>> neighbours_;
};

class SkeletonWalker {
public:
    explicit SkeletonWalker(const SkeletonGraph& graph) : graph_(graph) {}

    // Every edge once: first the paths that start at an end or a fork, then the closed loops.
    std::vector<std::vector<int>> paths() {
        std::vector<std::vector<int>> found;
        for (int pass = 0; pass < 2; ++pass)
            for (int i = 0; i < static_cast<int>(graph_.size()); ++i) {
                if (pass == 0 && graph_.degree(i) == 2) continue;
                for (const int next : graph_.neighbours(i))
                    if (!walked(i, next)) found.push_back(walk(i, next));
            }
        return found;
    }

private:
    bool walked(int a, int b) const { return walked_.count(std::minmax(a, b)) > 0; }
    void markWalked(int a, int b) { walked_.insert(std::minmax(a, b)); }

    std::vector<int> walk(int from, int next) {
        std::vector<int> path{from};
        int at = from;
        while (true) {
            markWalked(at, next);
            path.push_back(next);
            at = next;
            if (graph_.degree(at) != 2) break;
            const auto& around = graph_.neighbours(at);
            const auto onward = std::find_if(around.begin(), around.end(), [&](int n) { return !walked(at, n); });
            if (onward == around.end()) break;
            next = *onward;
        }
        return path;
    }

    const SkeletonGraph& graph_;
    std::set<std::pair<int, int>> walked_;
};

// A short branch from an end into a fork is a burr of the thinning, not a stroke.
bool isBurr(const SkeletonGraph& graph, const std::vector<int>& path) {
    const std::size_t first = graph.degree(path.front()), last = graph.degree(path.back());
    return path.size() <= 3 && ((first == 1 && last >= 3) || (first >= 3 && last == 1));
}

Stroke smoothedStroke(const SkeletonGraph& graph, const std::vector<int>& path) {
    Stroke stroke;
    for (const int i : path)
        stroke.push_back({(graph.pixel(i).x + 0.5) * kCanvasPixelsPerImagePixel,
                          (graph.pixel(i).y + 0.5) * kCanvasPixelsPerImagePixel, StrokePoint::kNoPressure});
    // The skeleton steps in whole pixels; a pen does not. Its ends stay where the ink ended.
    for (int pass = 0; pass < 2; ++pass) {
        const Stroke before = stroke;
        for (std::size_t i = 1; i + 1 < stroke.size(); ++i) {
            stroke[i].x = (before[i - 1].x + 2 * before[i].x + before[i + 1].x) / 4;
            stroke[i].y = (before[i - 1].y + 2 * before[i].y + before[i + 1].y) / 4;
        }
    }
    return stroke;
}

} // namespace

Image28 skeletonOf(const Image28& image) {
    PaddedGrid grid;
    for (int y = 0; y < kSide; ++y)
        for (int x = 0; x < kSide; ++x) grid.set(x, y, image.at(x, y) >= 0.5f);
    while (true) {
        const bool first = thinOnce(grid, false);
        const bool second = thinOnce(grid, true);
        if (!first && !second) break;
    }
    Image28 skeleton;
    for (int y = 0; y < kSide; ++y)
        for (int x = 0; x < kSide; ++x) skeleton.at(x, y) = grid.at(x, y) ? 1.0f : 0.0f;
    return skeleton;
}

Drawing traceDigit(const Image28& image) {
    const SkeletonGraph graph(skeletonOf(image));
    Drawing drawing;
    for (const std::vector<int>& path : SkeletonWalker(graph).paths())
        if (!isBurr(graph, path)) drawing.strokes.push_back(smoothedStroke(graph, path));
    // Lone pixels (a dot's skeleton) count only when there is nothing else.
    if (drawing.strokes.empty())
        for (int i = 0; i < static_cast<int>(graph.size()); ++i)
            if (graph.degree(i) == 0) drawing.strokes.push_back(smoothedStroke(graph, {i}));
    return drawing;
}

Dataset tracedDataset(const Dataset& source, std::size_t count, std::uint32_t seed) {
    std::mt19937 rng(seed);
    std::vector<std::size_t> order(source.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    if (count > 0 && count < order.size()) {
        std::shuffle(order.begin(), order.end(), rng);
        order.resize(count);
    }
    std::uniform_real_distribution<double> pressure(0.2, 0.8);
    Dataset traced;
    traced.images.reserve(order.size());
    traced.labels.reserve(order.size());
    for (const std::size_t i : order) {
        Drawing drawing = traceDigit(source.image(i));
        for (Stroke& stroke : drawing.strokes) {
            const double p = pressure(rng);
            for (StrokePoint& point : stroke) point.pressure = p;
        }
        const Preprocessed input = preprocessDrawing(drawing);
        if (input.ok()) traced.add(*input.image, source.labels[i]);
    }
    return traced;
}

} // namespace digitpad
