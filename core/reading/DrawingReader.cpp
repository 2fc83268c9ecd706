#include "reading/DrawingReader.h"

#include "reading/GroupJoins.h"
#include "reading/SegmentReading.h"

#include "model/DrawingOffsets.h"
#include "preprocess/ImageViews.h"
#include "preprocess/Preprocess.h"
#include "util/Error.h"

#include <algorithm>
#include <optional>

namespace digitpad {
namespace {

// A group this much wider than tall, read doubtfully as one digit, is several digits (a wide 0 or
// 2 is about 1.0-1.4, though people draw them wider; a whole read surely is never cut).
constexpr double kSurelySeveral = 1.7;
// Below that, a wide group is cut only when the whole reads doubtfully and every piece reads
// better than the whole by this margin.
constexpr float kPiecesBetterBy = 0.1f;

// The whole reads doubtfully and every piece clearly better.
bool piecesClearlyBetter(const DigitReading& whole, const std::vector<DigitReading>& pieces) {
    return whole.confidence < kSurely && weakestOf(pieces) > whole.confidence + kPiecesBetterBy;
}

bool piecesWin(const StrokeGroup& group, const DigitReading& whole, const std::vector<DigitReading>& pieces) {
    // A whole read surely stays whole, however wide: a 2 drawn twice as wide as tall is a 2.
    if (readsSurely(whole)) return false;
    const InkBox& box = group.whole.box;
    return box.width() > kSurelySeveral * std::max(box.height(), 1e-9) || piecesClearlyBetter(whole, pieces);
}

// A group whose tall clusters only just overlap is read as those clusters when each reads
// surely: two digits written against each other (a 1 touching a 5) read as one digit just as
// surely, so the whole's confidence cannot decide. Two clusters that the joins' evidence makes one
// digit (a 4's bar and stem put down against each other, the bar higher) are that digit. A
// drawing that is this one group of two clusters alone is one digit (a 0 drawn as two arcs)
// unless it reads doubtfully and the clusters clearly better, as for the cut pieces; three tall
// clusters are hardly ever one digit.
bool partsWin(const StrokeGroup& group, const DigitReading& whole, const std::vector<DigitReading>& parts, bool alone) {
    if (clustersAreOneDigit(group, whole, parts)) return false;
    if (alone && parts.size() == 2) return piecesClearlyBetter(whole, parts);
    return weakestOf(parts) >= kSurely;
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
    return digits.empty() ? 0 : weakestOf(digits);
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
    setPrediction(digit, DrawingLean(model, kind).takenOut(model.predictViews({imageViews(image)}).front()));
    reading.digits.push_back(digit);
    if (kind == ImagesOf::People) hearSecondOpinion(model, reading);
    inspectFocus(model, reading, detail, against);
    return reading;
}

} // namespace digitpad
