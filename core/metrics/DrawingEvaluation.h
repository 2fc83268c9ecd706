#pragma once
// Measuring a model on drawings (people's strokes) read the way the canvas reads them.
#include "metrics/Calibration.h"
#include "metrics/Metrics.h"
#include "reading/DrawingReader.h"

#include <atomic>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace digitpad {

// A drawing and what it really shows: one digit ("7") or a number ("2026").
struct LabelledDrawing {
    Drawing drawing;
    std::string label;
    std::string writer; // who drew it, where the set says; empty otherwise
};

// How many drawings were read, and how many of them right.
struct ReadCount {
    std::size_t total = 0, correct = 0;
    void count(bool right) {
        ++total;
        correct += right;
    }
    double accuracy() const; // 0 when none was read
};

// How the drawings of numbers (labels of two or more digits) were read. A number read wrong is
// counted once, by what went wrong: its digits run together (too few), a digit cut in two (too
// many), or as many digits as written with one or more misread.
struct NumberReadings : ReadCount {
    std::size_t tooFewDigits = 0, tooManyDigits = 0, misreadDigit = 0;
    // The digits of the numbers read with as many digits as written: true digit against read.
    ConfusionMatrix digits;
};

struct DrawingEvaluation : ReadCount {
    // Drawings of one digit that were read as several: the reading split a single digit.
    std::size_t singlesSplit = 0;
    // Drawings of one digit read as one digit: true digit against the digit read.
    ConfusionMatrix confusion;
    NumberReadings numbers;
    // Each drawing's confidence (the least sure digit's) and whether the whole reading was right.
    std::vector<ScoredAnswer> answers;
    // By writer, for the drawings that name one (a model is judged on people it never saw, one by
    // one: a mean over writers hides the one it reads worst).
    std::map<std::string, ReadCount> byWriter;
};

// Reads every drawing with readDrawing(mode); right means the text read equals the label.
DrawingEvaluation evaluateDrawings(Classifier& model, const std::vector<LabelledDrawing>& drawings,
                                   ReadingMode mode = ReadingMode::Auto);

// Fits the model's temperature and drawing offsets (model/DrawingOffsets.h) on held-out drawings
// of single digits (numbers are skipped), read as the canvas reads one digit, every view of it
// included, and keeps them in the model; returns them and how many drawings they were fitted on.
// With `offsets` false, or fewer than kDrawingsPerDigitForOffsets readable drawings of some digit
// (ten numbers fitted to a handful of drawings would learn their labels, not a lean), only the
// temperature is fitted and the model keeps no offsets. Throws Error when none is readable.
constexpr std::size_t kDrawingsPerDigitForOffsets = 30;
struct TemperatureFit {
    double temperature = 1;
    std::optional<DrawingOffsets> offsets;
    std::optional<double> secondOpinionWeight; // for a model with a second opinion
    std::size_t drawings = 0;
};
// A model with a second opinion (model/SecondOpinionClassifier.h) has its temperature and offsets
// fitted without it, then its weight on the same readings (fitPoolWeight, up to
// SecondOpinionClassifier::kMaxWeight, judged at kDoubtfulBelow).
// A set `cancel` stops it between drawings by throwing Cancelled; the model is then left without
// temperature or offsets.
TemperatureFit calibrateOnDrawings(Classifier& model, const std::vector<LabelledDrawing>& drawings, bool offsets = true,
                                   const std::atomic<bool>* cancel = nullptr);

} // namespace digitpad
