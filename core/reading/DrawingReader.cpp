#include "reading/DrawingReader.h"

#include "reading/InkEvidence.h"

#include "model/DrawingOffsets.h"
#include "preprocess/DrawingViews.h"
#include "preprocess/Preprocess.h"
#include "util/Error.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <utility>

namespace digitpad {
namespace {

// A group this much wider than tall, read doubtfully as one digit, is several digits (a wide 0 or
// 2 is about 1.0-1.4, though people draw them wider; a whole read surely is never cut).
constexpr double kSurelySeveral = 1.7;
// Below that, a wide group is cut only when the whole reads doubtfully and every piece reads
// better than the whole by this margin.
constexpr float kDoubtfulWhole = 0.9f;
constexpr float kPiecesBetterBy = 0.1f;
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

DigitReading unread(const DigitSegment& segment) {
    DigitReading digit;
    digit.box = segment.box;
    return digit;
}

// `digit.image` is the model's input already.
void setPrediction(DigitReading& digit, const Probabilities& probabilities) {
    digit.probabilities = probabilities;
    digit.digit = argmax(probabilities);
    digit.confidence = probabilities[static_cast<std::size_t>(digit.digit)];
    digit.noDigit = looksLikeNoDigit(inkEvidence(digit.image), digit.confidence);
}

// Reads every view of every segment in one go; unreadable segments keep digit -1.
std::vector<DigitReading> readSegments(Classifier& model, const std::vector<const DigitSegment*>& segments) {
    std::vector<DigitReading> readings;
    std::vector<std::vector<Image28>> views; // of each readable segment, the drawing itself first
    std::vector<std::size_t> readable;       // which reading each of those is
    for (const DigitSegment* segment : segments) {
        DigitReading digit = unread(*segment);
        const std::vector<Drawing> drawn = drawingViews(segment->drawing);
        if (const Preprocessed input = preprocessDrawing(drawn.front()); input.ok()) {
            readable.push_back(readings.size());
            digit.image = *input.image;
            std::vector<Image28> images{*input.image};
            for (auto view = drawn.begin() + 1; view != drawn.end(); ++view)
                if (const Preprocessed other = preprocessDrawing(*view); other.ok()) images.push_back(*other.image);
            views.push_back(std::move(images));
        }
        readings.push_back(digit);
    }
    const std::vector<Probabilities> read = model.predictViews(views);
    // The model's lean on drawings taken out (model/DrawingOffsets.h) before any choice between
    // cuts, joins and wholes weighs the readings.
    const DrawingLean lean(model, ImagesOf::People);
    for (std::size_t k = 0; k < readable.size(); ++k) setPrediction(readings[readable[k]], lean.takenOut(read[k]));
    return readings;
}

float weakestOf(const std::vector<DigitReading>& digits) {
    float weakest = 1;
    for (const DigitReading& digit : digits) weakest = std::min(weakest, digit.digit >= 0 ? digit.confidence : 0.0f);
    return weakest;
}

// The whole reads doubtfully and every piece clearly better.
bool piecesClearlyBetter(const DigitReading& whole, const std::vector<DigitReading>& pieces) {
    return whole.confidence < kDoubtfulWhole && weakestOf(pieces) > whole.confidence + kPiecesBetterBy;
}

bool piecesWin(const StrokeGroup& group, const DigitReading& whole, const std::vector<DigitReading>& pieces) {
    // A whole read surely stays whole, however wide: a 2 drawn twice as wide as tall is a 2.
    if (whole.digit >= 0 && whole.confidence >= kDoubtfulWhole) return false;
    const InkBox& box = group.whole.box;
    return box.width() > kSurelySeveral * std::max(box.height(), 1e-9) || piecesClearlyBetter(whole, pieces);
}

// How surely the model must read neighbouring groups together to join them (kNeverJoined when
// they cannot be one digit).
float joinNeeds(const InkBox& a, const InkBox& b) {
    const double tall = std::max(a.height(), b.height());
    const InkBox pair = united(a, b);
    if (b.left - a.right >= kCloseGap * tall || pair.width() > kWidestOneDigit * pair.height()) return kNeverJoined;
    const double offset = std::abs((a.top + a.bottom) - (b.top + b.bottom)) / 2;
    if (offset > kFarOffLine * tall) return kLikelierThanNot;
    const bool shortBesideTall = std::min(a.height(), b.height()) < kShortPart * tall;
    return offset > kOffLine * tall || shortBesideTall ? kDoubtfulWhole : kNeverJoined;
}

StrokeGroup merged(const DigitSegment& a, const DigitSegment& b) {
    StrokeGroup group;
    group.whole.drawing = a.drawing;
    group.whole.drawing.strokes.insert(group.whole.drawing.strokes.end(), b.drawing.strokes.begin(),
                                       b.drawing.strokes.end());
    group.whole.box = united(a.box, b.box);
    return group;
}

bool readsSurely(const DigitReading& digit) { return digit.digit >= 0 && digit.confidence >= kDoubtfulWhole; }

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

// A group whose tall clusters only just overlap is read as those clusters when each reads
// surely: two digits written against each other (a 1 touching a 5) read as one digit just as
// surely, so the whole's confidence cannot decide. Two clusters that the joins' evidence makes one
// digit (a 4's bar and stem put down against each other, the bar higher) are that digit. A
// drawing that is this one group of two clusters alone is one digit (a 0 drawn as two arcs)
// unless it reads doubtfully and the clusters clearly better, as for the cut pieces; three tall
// clusters are hardly ever one digit.
bool partsWin(const StrokeGroup& group, const DigitReading& whole, const std::vector<DigitReading>& parts, bool alone) {
    if (parts.size() == 2 && readAsOneDigit({whole, parts[0], parts[1]}, joinNeeds(group.apart[0].box, group.apart[1].box)))
        return false;
    if (alone && parts.size() == 2) return piecesClearlyBetter(whole, parts);
    return weakestOf(parts) >= kDoubtfulWhole;
}

// A stroke group and, once the joins have read it, its reading as one digit: readDigits need not
// read it again.
struct GroupToRead {
    StrokeGroup group;
    std::optional<DigitReading> whole;
};

std::vector<GroupToRead> unreadGroups(std::vector<StrokeGroup> groups) {
    std::vector<GroupToRead> unread;
    for (StrokeGroup& group : groups) unread.push_back({std::move(group), std::nullopt});
    return unread;
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

// Joins neighbours that may be one digit when the model reads them together surely enough.
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
    std::vector<const DigitSegment*> segments; // each candidate, then the two ends it joins
    for (std::size_t k = 0; k < candidates.size(); ++k)
        segments.insert(segments.end(), {&candidates[k].whole, &rightEnd(groups[lefts[k]].group),
                                         &leftEnd(groups[lefts[k] + 1].group)});
    const std::vector<DigitReading> read = readSegments(model, segments);
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        GroupToRead& left = groups[lefts[k]];
        GroupToRead& right = groups[lefts[k] + 1];
        if (left.group.apart.empty()) left.whole = read[3 * k + 1];
        if (right.group.apart.empty()) right.whole = read[3 * k + 2];
    }
    // Right to left, so earlier indices stay valid; a group joins at most one neighbour.
    std::size_t taken = groups.size();
    for (std::size_t k = candidates.size(); k-- > 0;) {
        const std::size_t i = lefts[k];
        if (i + 1 >= taken || !readAsOneDigit({read[3 * k], read[3 * k + 1], read[3 * k + 2]}, needs[k])) continue;
        std::vector<GroupToRead> pair = joined(groups[i].group, groups[i + 1].group, std::move(candidates[k]), read[3 * k]);
        groups.erase(groups.begin() + static_cast<std::ptrdiff_t>(i), groups.begin() + static_cast<std::ptrdiff_t>(i + 2));
        groups.insert(groups.begin() + static_cast<std::ptrdiff_t>(i), std::make_move_iterator(pair.begin()),
                      std::make_move_iterator(pair.end()));
        taken = i;
    }
    return groups;
}

// The drawing read as one digit; `known` is that reading when the joins made it already.
DrawingReading readWhole(Classifier& model, const Drawing& drawing, const InkBox& box,
                         const std::optional<DigitReading>& known = std::nullopt) {
    DrawingReading reading;
    DigitSegment whole;
    whole.drawing = drawing;
    whole.box = box;
    const DigitReading digit = known ? *known : readSegments(model, {&whole}).front();
    if (digit.digit < 0) {
        reading.problem = preprocessDrawing(drawing).problem;
        return reading;
    }
    reading.digits.push_back(digit);
    return reading;
}

// Number mode reads a group that offers pieces or clusters only as those.
bool wholeIsRead(const StrokeGroup& group, ReadingMode mode) {
    return (group.cut.empty() && group.apart.empty()) || mode == ReadingMode::Auto;
}

DrawingReading readDigits(Classifier& model, const Drawing& drawing, ReadingMode mode) {
    std::vector<StrokeGroup> strokeGroups =
        mode == ReadingMode::OneDigit ? std::vector<StrokeGroup>{} : groupStrokes(drawing);
    const std::vector<GroupToRead> groups = mode == ReadingMode::Auto
                                                ? joinPartsOfOneDigit(model, std::move(strokeGroups))
                                                : unreadGroups(std::move(strokeGroups));
    if (groups.size() == 1 && groups.front().group.cut.empty() && groups.front().group.apart.empty())
        return readWhole(model, drawing, groups.front().group.whole.box, groups.front().whole);
    if (groups.empty()) return readWhole(model, drawing, inkBox(drawing));
    // Every candidate not read yet in one batch: each group whole (unless Number mode cuts it
    // regardless), each wide group's pieces and each group's tall clusters.
    const auto readsWhole = [mode](const GroupToRead& g) { return wholeIsRead(g.group, mode) && !g.whole; };
    std::vector<const DigitSegment*> candidates;
    for (const GroupToRead& g : groups) {
        if (readsWhole(g)) candidates.push_back(&g.group.whole);
        for (const DigitSegment& piece : g.group.cut) candidates.push_back(&piece);
        for (const DigitSegment& part : g.group.apart) candidates.push_back(&part);
    }
    const std::vector<DigitReading> read = readSegments(model, candidates);
    DrawingReading reading;
    auto next = read.begin();
    const auto take = [&next](std::size_t count) {
        std::vector<DigitReading> taken(next, next + static_cast<std::ptrdiff_t>(count));
        next += static_cast<std::ptrdiff_t>(count);
        return taken;
    };
    for (const GroupToRead& g : groups) {
        const StrokeGroup& group = g.group;
        const std::vector<DigitReading> whole = g.whole ? std::vector<DigitReading>{*g.whole} : take(readsWhole(g) ? 1 : 0);
        const std::vector<DigitReading> pieces = take(group.cut.size());
        const std::vector<DigitReading> parts = take(group.apart.size());
        std::vector<DigitReading> chosen;
        if (mode == ReadingMode::Number)
            chosen = !parts.empty() ? parts : !pieces.empty() ? pieces : whole;
        else if (!pieces.empty() && piecesWin(group, whole.front(), pieces))
            chosen = pieces;
        else if (!parts.empty() && partsWin(group, whole.front(), parts, groups.size() == 1))
            chosen = parts;
        else
            chosen = whole;
        reading.digits.insert(reading.digits.end(), chosen.begin(), chosen.end());
    }
    return reading;
}

} // namespace

const char* readingModeName(ReadingMode mode) {
    switch (mode) {
    case ReadingMode::OneDigit: return "digit";
    case ReadingMode::Number: return "number";
    case ReadingMode::Auto: break;
    }
    return "auto";
}

ReadingMode parseReadingMode(const std::string& name) {
    for (ReadingMode mode : {ReadingMode::Auto, ReadingMode::OneDigit, ReadingMode::Number})
        if (name == readingModeName(mode)) return mode;
    throw Error("unknown reading mode '" + name + "' (auto, digit or number)");
}

std::string DrawingReading::text() const {
    std::string text;
    for (const DigitReading& d : digits) text += d.digit >= 0 ? static_cast<char>('0' + d.digit) : '?';
    return text;
}

float DrawingReading::confidence() const {
    if (digits.empty()) return 0;
    float lowest = 1;
    for (const DigitReading& d : digits) lowest = std::min(lowest, d.digit >= 0 ? d.confidence : 0.0f);
    return lowest;
}

int DrawingReading::leastConfident() const {
    int index = -1;
    for (std::size_t i = 0; i < digits.size(); ++i)
        if (index < 0 || digits[i].confidence < digits[static_cast<std::size_t>(index)].confidence)
            index = static_cast<int>(i);
    return index;
}

bool DrawingReading::showsNoDigit() const {
    return std::any_of(digits.begin(), digits.end(), [](const DigitReading& d) { return d.noDigit; });
}

namespace {

// The model's second opinion on each digit (model/SecondOpinionClassifier.h) comes after the
// cuts and joins: it tempers what is shown, not where the drawing is cut.
void hearSecondOpinion(Classifier& model, DrawingReading& reading) {
    for (DigitReading& digit : reading.digits)
        if (digit.digit >= 0) setPrediction(digit, model.withSecondOpinion(digit.probabilities, digit.image));
}

void inspectFocus(Classifier& model, DrawingReading& reading, ReadingDetail detail, int against) {
    if (detail != ReadingDetail::WithInspection || reading.digits.empty()) return;
    const DigitReading& focus = reading.digits[static_cast<std::size_t>(reading.leastConfident())];
    if (focus.digit >= 0) reading.inspection = model.inspect(focus.image, focus.digit, against);
}

} // namespace

DrawingReading readDrawing(Classifier& model, const Drawing& drawing, ReadingMode mode, ReadingDetail detail,
                           int against) {
    DrawingReading reading = readDigits(model, drawing, mode);
    hearSecondOpinion(model, reading);
    inspectFocus(model, reading, detail, against);
    return reading;
}

DrawingReading readImage(Classifier& model, const Image28& image, ReadingDetail detail, int against, ImagesOf kind) {
    DrawingReading reading;
    DigitReading digit;
    digit.box = {0, 0, Image28::kSide, Image28::kSide};
    digit.image = image;
    setPrediction(digit, DrawingLean(model, kind).takenOut(model.predict(image)));
    reading.digits.push_back(digit);
    if (kind == ImagesOf::People) hearSecondOpinion(model, reading);
    inspectFocus(model, reading, detail, against);
    return reading;
}

} // namespace digitpad
