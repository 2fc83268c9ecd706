#include "reading/GroupJoins.h"

#include "reading/SegmentReading.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <utility>

namespace digitpad {
namespace {

// Digits of a number share a line and are about as tall as each other. Neighbouring groups
// with less than kCloseGap of the taller one's height between them, whose middles are further
// apart than kOffLine of it or the shorter of which is under kShortPart of it, are one digit
// whose strokes were put down apart (the stem of a hastily drawn 4 beside its bar) when the
// model reads them together surely.
constexpr double kOffLine = 0.3;
constexpr double kShortPart = 0.6;
constexpr double kCloseGap = 0.25;
// Such strokes together are no wider than tall (0.5-1.0 on the style sets and pen drawings); two
// digits side by side whose line drifts are wider.
constexpr double kWidestOneDigit = 1.0;
// Middles this far apart are hardly ever two digits on one line: then the model need only read
// the groups together as likelier than not (a 4 whose bar curls like a 6's, its stem lower).
constexpr double kFarOffLine = 0.4;
constexpr float kLikelierThanNot = 0.5f;
constexpr float kNeverJoined = 2.0f;

// How surely the model must read neighbouring groups together to join them (kNeverJoined when
// they cannot be one digit).
float joinNeeds(const InkBox& a, const InkBox& b) {
    const double tall = std::max(a.height(), b.height());
    const InkBox pair = united(a, b);
    if (b.left - a.right >= kCloseGap * tall || pair.width() > kWidestOneDigit * pair.height()) return kNeverJoined;
    const double offset = std::abs((a.top + a.bottom) - (b.top + b.bottom)) / 2;
    if (offset > kFarOffLine * tall) return kLikelierThanNot;
    const bool shortBesideTall = std::min(a.height(), b.height()) < kShortPart * tall;
    return offset > kOffLine * tall || shortBesideTall ? kSurely : kNeverJoined;
}

StrokeGroup merged(const DigitSegment& a, const DigitSegment& b) {
    StrokeGroup group;
    group.whole.drawing = a.drawing;
    group.whole.drawing.strokes.insert(group.whole.drawing.strokes.end(), b.drawing.strokes.begin(),
                                       b.drawing.strokes.end());
    group.whole.box = united(a.box, b.box);
    return group;
}

// The pair read together as one digit, and each of its groups alone.
struct JoinReadings {
    DigitReading together, left, right;
};

// Whether the model's readings say a pair is one digit. A group read surely as the very digit
// the pair reads as, beside another read surely, is a whole digit beside another (a 4 beside a 1
// lower on a drifting line reads 4 together too), not one digit's strokes put down apart (a
// 4's bar reads 6 or 2, its stem 1).
bool readAsOneDigit(const JoinReadings& read, float need) {
    const DigitReading& t = read.together;
    if (t.digit < 0 || t.confidence < need) return false;
    const bool completeDigitBeside = readsSurely(read.left) && readsSurely(read.right) &&
                                     (read.left.digit == t.digit || read.right.digit == t.digit);
    return !completeDigitBeside;
}

// The ends of a group that may join a neighbour: the group whole, or its outer tall cluster when
// it has several (a 4's slanted stem put down against the next digit clusters with that digit).
const DigitSegment& leftEnd(const StrokeGroup& group) { return group.apart.empty() ? group.whole : group.apart.front(); }
const DigitSegment& rightEnd(const StrokeGroup& group) { return group.apart.empty() ? group.whole : group.apart.back(); }

// The stroke groups of the clusters [first, last) of a group, once another cluster has left it.
std::vector<GroupToRead> regrouped(const std::vector<DigitSegment>& clusters, std::size_t first, std::size_t last) {
    Drawing rest;
    for (std::size_t k = first; k < last; ++k)
        rest.strokes.insert(rest.strokes.end(), clusters[k].drawing.strokes.begin(), clusters[k].drawing.strokes.end());
    return unreadGroups(groupStrokes(rest));
}

// What joining the right end of `left` to the left end of `right` (as `digit`, read `together`)
// leaves: the rest of the left group, the joined digit, the rest of the right group.
std::vector<GroupToRead> joined(const StrokeGroup& left, const StrokeGroup& right, StrokeGroup digit,
                                const DigitReading& together) {
    std::vector<GroupToRead> groups = regrouped(left.apart, 0, left.apart.empty() ? 0 : left.apart.size() - 1);
    groups.push_back({std::move(digit), together});
    for (GroupToRead& rest : regrouped(right.apart, right.apart.empty() ? 0 : 1, right.apart.size()))
        groups.push_back(std::move(rest));
    return groups;
}

} // namespace

std::vector<GroupToRead> unreadGroups(std::vector<StrokeGroup> groups) {
    std::vector<GroupToRead> unread;
    for (StrokeGroup& group : groups) unread.push_back({std::move(group), std::nullopt});
    return unread;
}

std::vector<GroupToRead> joinPartsOfOneDigit(Classifier& model, std::vector<StrokeGroup> strokeGroups) {
    std::vector<GroupToRead> groups = unreadGroups(std::move(strokeGroups));
    std::vector<StrokeGroup> candidates;
    std::vector<std::size_t> lefts;
    std::vector<float> needs;
    for (std::size_t i = 0; i + 1 < groups.size(); ++i) {
        const DigitSegment& a = rightEnd(groups[i].group);
        const DigitSegment& b = leftEnd(groups[i + 1].group);
        if (const float need = joinNeeds(a.box, b.box); need <= 1) {
            candidates.push_back(merged(a, b));
            lefts.push_back(i);
            needs.push_back(need);
        }
    }
    if (candidates.empty()) return groups;
    // Each candidate, then the two ends it joins; a group between two candidates is read once.
    std::vector<const DigitSegment*> segments;
    const auto place = [&segments](const DigitSegment* segment) {
        const auto found = std::find(segments.begin(), segments.end(), segment);
        if (found != segments.end()) return static_cast<std::size_t>(found - segments.begin());
        segments.push_back(segment);
        return segments.size() - 1;
    };
    std::vector<std::array<std::size_t, 3>> at; // candidate, left end, right end
    for (std::size_t k = 0; k < candidates.size(); ++k)
        at.push_back({place(&candidates[k].whole), place(&rightEnd(groups[lefts[k]].group)),
                      place(&leftEnd(groups[lefts[k] + 1].group))});
    const std::vector<DigitReading> segmentReadings = readSegments(model, segments);
    std::vector<JoinReadings> read;
    for (const auto& [together, left, right] : at)
        read.push_back({segmentReadings[together], segmentReadings[left], segmentReadings[right]});
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        GroupToRead& left = groups[lefts[k]];
        GroupToRead& right = groups[lefts[k] + 1];
        if (left.group.apart.empty()) left.whole = read[k].left;
        if (right.group.apart.empty()) right.whole = read[k].right;
    }
    // Right to left, so earlier indices stay valid; a group joins at most one neighbour.
    std::size_t taken = groups.size();
    for (std::size_t k = candidates.size(); k-- > 0;) {
        const std::size_t i = lefts[k];
        if (i + 1 >= taken || !readAsOneDigit(read[k], needs[k])) continue;
        std::vector<GroupToRead> pair = joined(groups[i].group, groups[i + 1].group, std::move(candidates[k]), read[k].together);
        groups.erase(groups.begin() + static_cast<std::ptrdiff_t>(i), groups.begin() + static_cast<std::ptrdiff_t>(i + 2));
        groups.insert(groups.begin() + static_cast<std::ptrdiff_t>(i), std::make_move_iterator(pair.begin()),
                      std::make_move_iterator(pair.end()));
        taken = i;
    }
    return groups;
}

bool clustersAreOneDigit(const StrokeGroup& group, const DigitReading& whole, const std::vector<DigitReading>& apart) {
    return apart.size() == 2 && group.apart.size() == 2 &&
           readAsOneDigit({whole, apart[0], apart[1]}, joinNeeds(group.apart[0].box, group.apart[1].box));
}

} // namespace digitpad
