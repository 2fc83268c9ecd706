#include "pen/WritingOrder.h"

#include "preprocess/InkBox.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace digitpad {
namespace {

// Pieces closer than this (canvas pixels; a traced image pixel is 14) meet at a fork.
constexpr double kMeets = 21.0;
// Starting on a loop instead of an end takes a loop whose top stands this share of the height
// above the highest end (a 9's loop over its tail; not a 6's, whose stem starts higher).
constexpr double kLoopAboveEnd = 0.2;
// How much further right a start may be for each pixel it is higher: the top counts most.
constexpr double kLeftward = 0.3;

double distance(const StrokePoint& a, const StrokePoint& b) { return std::hypot(a.x - b.x, a.y - b.y); }
bool isLoop(const Stroke& piece) { return piece.size() > 3 && distance(piece.front(), piece.back()) < 1e-6; }
double startScore(const StrokePoint& p) { return p.y + kLeftward * p.x; }

// The loop's points from `at` round to `at` again, the way `counterclockwise` says (as seen on
// the screen, y down).
Stroke loopFrom(const Stroke& loop, std::size_t at, bool counterclockwise) {
    Stroke ring(loop.begin(), loop.end() - 1); // without the closing repeat
    double area = 0;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const StrokePoint& a = ring[i];
        const StrokePoint& b = ring[(i + 1) % ring.size()];
        area += a.x * b.y - b.x * a.y;
    }
    if ((area < 0) != counterclockwise) { // negative: counterclockwise on a y-down screen
        std::reverse(ring.begin(), ring.end());
        at = ring.size() - 1 - at;
    }
    std::rotate(ring.begin(), ring.begin() + static_cast<std::ptrdiff_t>(at), ring.end());
    ring.push_back(ring.front());
    return ring;
}

// How far a piece turns from the way the pen was going: 0 straight on, 2 straight back.
double turn(double dx, double dy, const Stroke& next) {
    const std::size_t ahead = std::min<std::size_t>(3, next.size() - 1);
    const double nx = next[ahead].x - next[0].x, ny = next[ahead].y - next[0].y;
    const double lengths = std::hypot(dx, dy) * std::hypot(nx, ny);
    return lengths > 0 ? 1.0 - (dx * nx + dy * ny) / lengths : 1.0;
}

class Writer {
public:
    explicit Writer(const Drawing& traced) {
        for (const Stroke& piece : traced.strokes)
            if (!piece.empty()) pieces_.push_back(piece);
        used_.assign(pieces_.size(), false);
    }

    Drawing write() {
        Drawing written;
        if (pieces_.empty()) return written;
        Stroke stroke = firstPiece();
        while (true) {
            Stroke next;
            if (continueFrom(stroke, next)) {
                stroke.insert(stroke.end(), next.begin() + 1, next.end());
                continue;
            }
            written.strokes.push_back(std::move(stroke));
            if (!jumpFrom(written.strokes.back().back(), next)) break;
            stroke = std::move(next);
        }
        return written;
    }

private:
    // The highest end, leaning left; or the top of a loop that stands clearly above it.
    Stroke firstPiece() {
        const double height = std::max(inkBox(Drawing{pieces_}).height(), 1.0);
        std::size_t bestEnd = pieces_.size(), bestLoop = pieces_.size(), endAt = 0, loopAt = 0;
        for (std::size_t i = 0; i < pieces_.size(); ++i) {
            const Stroke& piece = pieces_[i];
            if (isLoop(piece)) {
                const auto top = std::min_element(piece.begin(), piece.end() - 1,
                                                  [](const StrokePoint& a, const StrokePoint& b) { return a.y < b.y; });
                if (bestLoop == pieces_.size() || top->y < pieces_[bestLoop][loopAt].y)
                    bestLoop = i, loopAt = static_cast<std::size_t>(top - piece.begin());
                continue;
            }
            for (const std::size_t end : {std::size_t{0}, piece.size() - 1})
                if (bestEnd == pieces_.size() || startScore(piece[end]) < startScore(pieces_[bestEnd][endAt]))
                    bestEnd = i, endAt = end;
        }
        const bool loopFirst = bestLoop < pieces_.size() &&
                               (bestEnd == pieces_.size() ||
                                pieces_[bestLoop][loopAt].y < pieces_[bestEnd][endAt].y - kLoopAboveEnd * height);
        if (loopFirst) {
            used_[bestLoop] = true;
            return loopFrom(pieces_[bestLoop], loopAt, true);
        }
        used_[bestEnd] = true;
        Stroke piece = pieces_[bestEnd];
        if (endAt != 0) std::reverse(piece.begin(), piece.end());
        return piece;
    }

    // The unused piece that meets the stroke's end and turns least, entered from that end.
    bool continueFrom(const Stroke& stroke, Stroke& next) {
        const StrokePoint& at = stroke.back();
        const std::size_t back = std::min<std::size_t>(3, stroke.size() - 1);
        const double dx = at.x - stroke[stroke.size() - 1 - back].x, dy = at.y - stroke[stroke.size() - 1 - back].y;
        double leastTurn = std::numeric_limits<double>::max();
        std::size_t chosen = pieces_.size();
        for (std::size_t i = 0; i < pieces_.size(); ++i) {
            if (used_[i]) continue;
            for (Stroke& candidate : entries(pieces_[i], at, kMeets))
                if (const double t = turn(dx, dy, candidate); t < leastTurn) {
                    leastTurn = t;
                    chosen = i;
                    next = std::move(candidate);
                }
        }
        if (chosen == pieces_.size()) return false;
        used_[chosen] = true;
        return true;
    }

    // The pen lifted: to the nearest point where an unused piece can be entered.
    bool jumpFrom(const StrokePoint& at, Stroke& next) {
        double nearest = std::numeric_limits<double>::max();
        std::size_t chosen = pieces_.size();
        for (std::size_t i = 0; i < pieces_.size(); ++i) {
            if (used_[i]) continue;
            for (Stroke& candidate : entries(pieces_[i], at, std::numeric_limits<double>::max()))
                if (const double d = distance(at, candidate.front()); d < nearest) {
                    nearest = d;
                    chosen = i;
                    next = std::move(candidate);
                }
        }
        if (chosen == pieces_.size()) return false;
        used_[chosen] = true;
        return true;
    }

    // The ways into `piece` from within `reach` of `at`: an open piece from either end, a loop
    // at its nearest point, either way round.
    static std::vector<Stroke> entries(const Stroke& piece, const StrokePoint& at, double reach) {
        std::vector<Stroke> ways;
        if (isLoop(piece)) {
            std::size_t nearest = 0;
            for (std::size_t k = 1; k + 1 < piece.size(); ++k)
                if (distance(piece[k], at) < distance(piece[nearest], at)) nearest = k;
            if (distance(piece[nearest], at) > reach) return ways;
            ways.push_back(loopFrom(piece, nearest, true));
            ways.push_back(loopFrom(piece, nearest, false));
            return ways;
        }
        if (distance(piece.front(), at) <= reach) ways.push_back(piece);
        if (distance(piece.back(), at) <= reach) ways.emplace_back(piece.rbegin(), piece.rend());
        return ways;
    }

    std::vector<Stroke> pieces_;
    std::vector<bool> used_;
};

} // namespace

Drawing inWritingOrder(const Drawing& traced) { return Writer(traced).write(); }

} // namespace digitpad
