#include "model/DrawingReader.h"

#include "preprocess/Preprocess.h"
#include "util/Error.h"

#include <algorithm>

namespace digitpad {
namespace {

// A group this much wider than tall is several digits whatever the model says: no digit is
// drawn that wide (a wide 0 or 2 is about 1.0-1.4).
constexpr double kSurelySeveral = 1.7;
// Below that, a wide group is cut only when the whole reads doubtfully and every piece reads
// better than the whole by this margin.
constexpr float kDoubtfulWhole = 0.9f;
constexpr float kPiecesBetterBy = 0.1f;

DigitReading unread(const DigitSegment& segment) {
    DigitReading digit;
    digit.box = segment.box;
    return digit;
}

// Reads every segment in one batch; unreadable segments keep digit -1.
std::vector<DigitReading> readSegments(Classifier& model, const std::vector<const DigitSegment*>& segments) {
    std::vector<DigitReading> readings;
    std::vector<Image28> images;
    std::vector<std::size_t> readable;
    for (const DigitSegment* segment : segments) {
        DigitReading digit = unread(*segment);
        const Preprocessed input = preprocessDrawing(segment->drawing);
        if (input.ok()) {
            readable.push_back(readings.size());
            images.push_back(*input.image);
            digit.image = *input.image;
        }
        readings.push_back(digit);
    }
    const std::vector<Probabilities> predictions = model.predictBatch(images);
    for (std::size_t i = 0; i < readable.size(); ++i) {
        DigitReading& digit = readings[readable[i]];
        digit.probabilities = predictions[i];
        digit.digit = argmax(predictions[i]);
        digit.confidence = predictions[i][static_cast<std::size_t>(digit.digit)];
    }
    return readings;
}

bool piecesWin(const StrokeGroup& group, const DigitReading& whole, const std::vector<DigitReading>& pieces) {
    const InkBox& box = group.whole.box;
    if (box.width() > kSurelySeveral * std::max(box.height(), 1e-9)) return true;
    float weakest = 1;
    for (const DigitReading& piece : pieces) weakest = std::min(weakest, piece.digit >= 0 ? piece.confidence : 0.0f);
    return whole.confidence < kDoubtfulWhole && weakest > whole.confidence + kPiecesBetterBy;
}

DrawingReading readWhole(Classifier& model, const Drawing& drawing, const InkBox& box) {
    DrawingReading reading;
    const Preprocessed input = preprocessDrawing(drawing);
    if (!input.ok()) {
        reading.problem = input.problem;
        return reading;
    }
    DigitReading digit;
    digit.box = box;
    digit.image = *input.image;
    digit.probabilities = model.predict(digit.image);
    digit.digit = argmax(digit.probabilities);
    digit.confidence = digit.probabilities[static_cast<std::size_t>(digit.digit)];
    reading.digits.push_back(digit);
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

DrawingReading readDrawing(Classifier& model, const Drawing& drawing, ReadingMode mode) {
    const std::vector<StrokeGroup> groups = mode == ReadingMode::OneDigit ? std::vector<StrokeGroup>{}
                                                                          : groupStrokes(drawing);
    if (groups.size() == 1 && groups.front().cut.empty()) return readWhole(model, drawing, groups.front().whole.box);
    if (groups.empty()) return readWhole(model, drawing, inkBox(drawing));
    // Every candidate in one batch: each group whole (unless Number mode cuts it regardless)
    // and each wide group's pieces.
    std::vector<const DigitSegment*> candidates;
    for (const StrokeGroup& group : groups) {
        if (group.cut.empty() || mode == ReadingMode::Auto) candidates.push_back(&group.whole);
        for (const DigitSegment& piece : group.cut) candidates.push_back(&piece);
    }
    const std::vector<DigitReading> read = readSegments(model, candidates);
    DrawingReading reading;
    std::size_t next = 0;
    for (const StrokeGroup& group : groups) {
        if (group.cut.empty()) {
            reading.digits.push_back(read[next++]);
            continue;
        }
        const DigitReading* whole = mode == ReadingMode::Auto ? &read[next++] : nullptr;
        const std::vector<DigitReading> pieces(read.begin() + static_cast<std::ptrdiff_t>(next),
                                               read.begin() + static_cast<std::ptrdiff_t>(next + group.cut.size()));
        next += group.cut.size();
        if (whole && !piecesWin(group, *whole, pieces))
            reading.digits.push_back(*whole);
        else
            reading.digits.insert(reading.digits.end(), pieces.begin(), pieces.end());
    }
    return reading;
}

} // namespace digitpad
