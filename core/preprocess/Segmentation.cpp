#include "preprocess/Segmentation.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace digitpad {
namespace {

// A group wider than this many times its height holds more than one digit; digits are about
// 0.5-0.8 as wide as tall, a wide 0 about 1; two touching digits 1.1 and more.
constexpr double kWideGroup = 1.05;
// Expected width of a digit inside a wide group, as a share of the group's height.
constexpr double kDigitWidth = 0.75;
// Strokes overlapping horizontally by this share of the narrower one (at least a sliver of
// the drawing's height) are one digit.
constexpr double kOverlapShare = 0.3;
// A group whose box is smaller than this share of the drawing's height is a speck.
constexpr double kSpeck = 0.15;
// Strokes that come this close (share of the height) touch: the bar and the stem of a 4.
constexpr double kTouching = 0.04;
// Touching neighbours are one digit only while together they are narrower than this share of
// their height; wider, they are two digits written close.
constexpr double kTouchingDigitWidth = 0.85;

// A group this flat (share of the drawing's height) is no digit of its own: a 5's flag or a 7's
// bar put down beside its digit, which, read alone and wide, was cut into a row of 2s.
constexpr double kFlatGroup = 0.3;

// Strokes whose horizontal extents overlap by less than this share of the group's height may
// be two digits written against each other; a cluster at least this share of the group's
// height tall may be a digit of its own.
constexpr double kApartOverlap = 0.08;
constexpr double kTallCluster = 0.7;

struct Group {
    std::vector<Stroke> strokes;
    InkBox box;
};

double distanceToSegment(const StrokePoint& p, const StrokePoint& a, const StrokePoint& b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double length2 = dx * dx + dy * dy;
    const double t = length2 > 0 ? std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / length2, 0.0, 1.0) : 0.0;
    return std::hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

// Whether any point of `other` comes within `reach` of the group's ink.
bool touches(const Group& group, const Group& other, double reach) {
    for (const Stroke& stroke : other.strokes)
        for (const StrokePoint& p : stroke) {
            if (!isUsable(p) || p.x < group.box.left - reach || p.x > group.box.right + reach) continue;
            for (const Stroke& ink : group.strokes)
                for (std::size_t i = 0; i < ink.size(); ++i) {
                    const StrokePoint& a = ink[i];
                    const StrokePoint& b = ink[std::min(i + 1, ink.size() - 1)];
                    if (isUsable(a) && isUsable(b) && distanceToSegment(p, a, b) <= reach) return true;
                }
        }
    return false;
}

void absorb(Group& into, Group&& other) {
    for (Stroke& stroke : other.strokes) into.strokes.push_back(std::move(stroke));
    into.box = united(into.box, other.box);
}

double horizontalOverlap(const InkBox& a, const InkBox& b) {
    return std::min(a.right, b.right) - std::max(a.left, b.left);
}

// `inner` lies within `outer`'s horizontal extent with more than `margin` to spare on each side:
// a stem crossing its digit's bar, however narrow, not a digit beside another.
bool liesWithin(const InkBox& inner, const InkBox& outer, double margin) {
    return inner.left - outer.left > margin && outer.right - inner.right > margin;
}

// A group of each stroke with ink, left to right.
std::vector<Group> strokesLeftToRight(const std::vector<Stroke>& strokes) {
    std::vector<Group> singles;
    for (const Stroke& stroke : strokes)
        if (std::any_of(stroke.begin(), stroke.end(), isUsable)) singles.push_back({{stroke}, inkBox(stroke)});
    std::sort(singles.begin(), singles.end(), [](const Group& a, const Group& b) { return a.box.left < b.box.left; });
    return singles;
}

// Strokes grouped by horizontal overlap, left to right.
std::vector<Group> groupByOverlap(const Drawing& drawing, double height) {
    std::vector<Group> groups;
    for (Group& single : strokesLeftToRight(drawing.strokes)) {
        if (!groups.empty()) {
            Group& last = groups.back();
            const double overlap = horizontalOverlap(last.box, single.box);
            const double narrower = std::max(std::min(last.box.width(), single.box.width()), 0.05 * height);
            // A thin stroke inside another's extent (the stem of a 4) overlaps by all its width.
            const bool inside = single.box.left >= last.box.left && single.box.right <= last.box.right;
            if (inside || overlap > kOverlapShare * narrower) {
                absorb(last, std::move(single));
                continue;
            }
        }
        groups.push_back(std::move(single));
    }
    return groups;
}

// Neighbours that touch and together are no wider than a digit: the stem beside the bar of a 4.
void mergeTouching(std::vector<Group>& groups, double height) {
    for (std::size_t i = 0; i + 1 < groups.size();) {
        const InkBox& a = groups[i].box;
        const InkBox& b = groups[i + 1].box;
        const double width = std::max(a.right, b.right) - std::min(a.left, b.left);
        const double tall = std::max(a.bottom, b.bottom) - std::min(a.top, b.top);
        if (width <= kTouchingDigitWidth * tall && touches(groups[i], groups[i + 1], kTouching * height)) {
            absorb(groups[i], std::move(groups[i + 1]));
            groups.erase(groups.begin() + static_cast<std::ptrdiff_t>(i + 1));
        } else {
            ++i;
        }
    }
}

// Specks (a stray dot, the end of a stroke lifted and put down) join the nearest group.
void mergeSpecks(std::vector<Group>& groups, double height) {
    for (std::size_t i = 0; i < groups.size() && groups.size() > 1;) {
        const InkBox& b = groups[i].box;
        if (std::max(b.width(), b.height()) >= kSpeck * height) {
            ++i;
            continue;
        }
        const auto gap = [&](std::size_t j) {
            return std::max(groups[j].box.left - b.right, b.left - groups[j].box.right);
        };
        const std::size_t target = i == 0 ? 1 : (i + 1 == groups.size() || gap(i - 1) <= gap(i + 1) ? i - 1 : i + 1);
        absorb(groups[target], std::move(groups[i]));
        groups.erase(groups.begin() + static_cast<std::ptrdiff_t>(i));
        i = 0;
    }
}

// Flat groups join the neighbour they overlap or touch (the most overlapped, else the touched).
void mergeFlat(std::vector<Group>& groups, double height) {
    for (std::size_t i = 0; i < groups.size() && groups.size() > 1;) {
        const InkBox& b = groups[i].box;
        if (b.height() >= kFlatGroup * height) {
            ++i;
            continue;
        }
        std::size_t target = groups.size();
        double best = 0;
        for (const std::size_t j : {i - 1, i + 1}) {
            if (j >= groups.size()) continue; // i - 1 wraps round at the first group
            const double overlap = horizontalOverlap(groups[j].box, b);
            if (overlap > best || (target == groups.size() && touches(groups[j], groups[i], kTouching * height))) {
                best = std::max(best, overlap);
                target = j;
            }
        }
        if (target == groups.size()) {
            ++i;
            continue;
        }
        absorb(groups[target], std::move(groups[i]));
        groups.erase(groups.begin() + static_cast<std::ptrdiff_t>(i));
        i = 0;
    }
}

// Ink per column, from the strokes resampled at a fine step.
std::vector<double> columnInk(const Group& group, double binWidth, std::size_t bins) {
    std::vector<double> ink(bins, 0.0);
    const double step = binWidth / 4;
    auto add = [&](double x) {
        const auto bin = static_cast<std::ptrdiff_t>((x - group.box.left) / binWidth);
        if (bin >= 0 && bin < static_cast<std::ptrdiff_t>(bins)) ink[static_cast<std::size_t>(bin)] += 1;
    };
    for (const Stroke& stroke : group.strokes)
        for (std::size_t i = 0; i + 1 < stroke.size(); ++i) {
            const StrokePoint& a = stroke[i];
            const StrokePoint& b = stroke[i + 1];
            if (!isUsable(a) || !isUsable(b)) continue;
            const int samples = std::max(1, static_cast<int>(std::hypot(b.x - a.x, b.y - a.y) / step));
            // The share first: (b.x - a.x) * s overflows for coordinates near the double's limit.
            for (int s = 0; s < samples; ++s) add(a.x + (b.x - a.x) * (static_cast<double>(s) / samples));
        }
    return ink;
}

// Where to cut a wide group: near evenly spaced positions, at the column with the least ink.
std::vector<double> cutPositions(const Group& group) {
    const double width = group.box.width(), height = std::max(group.box.height(), 1e-9);
    const int parts = std::clamp(static_cast<int>(std::lround(width / (kDigitWidth * height))), 2, 12);
    const std::size_t bins = 120;
    const double binWidth = width / bins;
    const std::vector<double> ink = columnInk(group, binWidth, bins);
    std::vector<double> cuts;
    for (int k = 1; k < parts; ++k) {
        const double expected = static_cast<double>(k) * bins / parts;
        const double reach = 0.35 * bins / parts;
        std::size_t best = static_cast<std::size_t>(expected);
        double bestScore = std::numeric_limits<double>::max();
        for (auto b = static_cast<std::size_t>(std::max(1.0, expected - reach));
             b < static_cast<std::size_t>(std::min<double>(bins - 1, expected + reach)); ++b) {
            // Least ink first; nearer the expected position breaks ties.
            const double score = ink[b] + 1e-3 * std::abs(static_cast<double>(b) - expected);
            if (score < bestScore) {
                bestScore = score;
                best = b;
            }
        }
        cuts.push_back(group.box.left + (static_cast<double>(best) + 0.5) * binWidth);
    }
    return cuts;
}

// Cuts every stroke at the given x positions; a piece between cuts k-1 and k goes to part k.
std::vector<Group> splitAt(const Group& group, const std::vector<double>& cuts) {
    std::vector<Group> parts(cuts.size() + 1);
    const auto partOf = [&](double x) {
        return static_cast<std::size_t>(std::upper_bound(cuts.begin(), cuts.end(), x) - cuts.begin());
    };
    for (const Stroke& stroke : group.strokes) {
        Stroke piece;
        std::size_t current = 0;
        for (const StrokePoint& p : stroke) {
            if (!isUsable(p)) continue;
            const std::size_t part = partOf(p.x);
            if (!piece.empty() && part != current) {
                // Close this piece at the cut it crosses and start the next one there.
                const StrokePoint& last = piece.back();
                const double cut = cuts[std::min(part, current)];
                const double t = (cut - last.x) / (p.x - last.x);
                const StrokePoint edge{cut, last.y + t * (p.y - last.y), p.pressure};
                piece.push_back(edge);
                parts[current].strokes.push_back(std::move(piece));
                piece = {edge};
            }
            current = part;
            piece.push_back(p);
        }
        if (!piece.empty()) parts[current].strokes.push_back(std::move(piece));
    }
    std::vector<Group> kept;
    for (Group& part : parts)
        if (!part.strokes.empty()) {
            part.box = inkBox(part.strokes);
            kept.push_back(std::move(part));
        }
    return kept;
}

// The group's strokes clustered by more than a sliver of horizontal overlap (or lying within the
// cluster's extent: a 4's stem crossing its bar, which read apart as "61"), left to right, and
// the short clusters (a flag, a bar) given to the tall one they overlap most, or the nearest.
// Empty unless at least two tall clusters remain.
std::vector<Group> tallClusters(const Group& group) {
    if (group.strokes.size() < 2) return {};
    const double height = group.box.height();
    std::vector<Group> clusters;
    for (Group& single : strokesLeftToRight(group.strokes)) {
        const double margin = kApartOverlap * height;
        if (!clusters.empty() && (horizontalOverlap(clusters.back().box, single.box) > margin ||
                                  liesWithin(single.box, clusters.back().box, margin)))
            absorb(clusters.back(), std::move(single));
        else
            clusters.push_back(std::move(single));
    }
    std::vector<Group> tall, low;
    for (Group& cluster : clusters)
        (cluster.box.height() >= kTallCluster * height ? tall : low).push_back(std::move(cluster));
    if (tall.size() < 2) return {};
    for (Group& piece : low) {
        const double middle = (piece.box.left + piece.box.right) / 2;
        const auto score = [&](const Group& t) {
            const double overlap = horizontalOverlap(t.box, piece.box);
            return overlap > 0 ? overlap : -std::abs((t.box.left + t.box.right) / 2 - middle);
        };
        const auto best = std::max_element(tall.begin(), tall.end(),
                                           [&](const Group& a, const Group& b) { return score(a) < score(b); });
        absorb(*best, std::move(piece));
    }
    return tall;
}

} // namespace

std::vector<StrokeGroup> groupStrokes(const Drawing& drawing) {
    const InkBox whole = inkBox(drawing);
    if (whole.isNone()) return {};
    // Coordinates so far apart that the extent overflows: one group, which the preprocessing
    // then refuses as out of range, rather than arithmetic on infinities.
    if (!std::isfinite(whole.width()) || !std::isfinite(whole.height())) return {StrokeGroup{{drawing, whole}, {}, {}}};
    const double height = std::max(whole.height(), std::max(whole.width(), 1e-9) * 0.05);

    std::vector<Group> groups = groupByOverlap(drawing, height);
    mergeTouching(groups, height);
    mergeSpecks(groups, height);
    mergeFlat(groups, height);
    std::vector<StrokeGroup> result;
    for (Group& group : groups) {
        StrokeGroup out;
        const bool wide = group.box.width() > kWideGroup * std::max(group.box.height(), 0.05 * height);
        if (wide)
            for (Group& piece : splitAt(group, cutPositions(group)))
                out.cut.push_back({Drawing{std::move(piece.strokes)}, piece.box});
        if (out.cut.size() < 2) out.cut.clear();
        for (Group& cluster : tallClusters(group))
            out.apart.push_back({Drawing{std::move(cluster.strokes)}, cluster.box});
        out.whole = {Drawing{std::move(group.strokes)}, group.box};
        result.push_back(std::move(out));
    }
    return result;
}

std::vector<DigitSegment> segmentDigits(const Drawing& drawing) {
    std::vector<DigitSegment> segments;
    for (StrokeGroup& group : groupStrokes(drawing)) {
        if (group.cut.empty())
            segments.push_back(std::move(group.whole));
        else
            for (DigitSegment& piece : group.cut) segments.push_back(std::move(piece));
    }
    return segments;
}

} // namespace digitpad
