#include "metrics/DrawingEvaluation.h"

#include "model/SecondOpinionClassifier.h"
#include "util/Error.h"

#include <algorithm>
#include <array>

namespace digitpad {
namespace {

void countNumber(NumberReadings& numbers, const std::string& label, const DrawingReading& reading) {
    const std::string read = reading.text();
    numbers.count(read == label);
    if (reading.digits.size() < label.size()) {
        ++numbers.tooFewDigits;
        return;
    }
    if (reading.digits.size() > label.size()) {
        ++numbers.tooManyDigits;
        return;
    }
    if (read != label) ++numbers.misreadDigit;
    for (std::size_t i = 0; i < label.size(); ++i)
        if (reading.digits[i].digit >= 0) numbers.digits.add(label[i] - '0', reading.digits[i].digit);
}

struct ReadDigit {
    Probabilities probabilities;
    Image28 image;
    std::uint8_t label = 0;
};

// Each readable drawing of a single digit, read as one digit.
std::vector<ReadDigit> readSingleDigits(Classifier& model, const std::vector<LabelledDrawing>& drawings,
                                        const std::atomic<bool>* cancel) {
    std::vector<ReadDigit> read;
    for (const LabelledDrawing& labelled : drawings) {
        if (labelled.label.size() != 1) continue;
        if (cancel && cancel->load()) throw Cancelled();
        const DrawingReading reading = readDrawing(model, labelled.drawing, ReadingMode::OneDigit);
        if (reading.digits.empty() || reading.digits.front().digit < 0) continue;
        read.push_back({reading.digits.front().probabilities, reading.digits.front().image,
                        static_cast<std::uint8_t>(labelled.label[0] - '0')});
    }
    if (read.empty()) throw Error("no readable drawing of a single digit to calibrate on");
    return read;
}

// Fits the second opinion's weight on digits read with the model's calibration.
double fitWeightOn(SecondOpinionClassifier& model, const std::vector<ReadDigit>& read) {
    const std::unique_ptr<Classifier> second = model.second().clone();
    std::vector<Probabilities> shown, secondRead;
    std::vector<std::uint8_t> labels;
    for (const ReadDigit& digit : read) {
        shown.push_back(digit.probabilities);
        secondRead.push_back(second->predict(digit.image));
        labels.push_back(digit.label);
    }
    model.setWeight(fitPoolWeight(shown, secondRead, labels, kDoubtfulBelow, SecondOpinionClassifier::kMaxWeight));
    return model.weight();
}

} // namespace

double ReadCount::accuracy() const { return ratio(static_cast<double>(correct), static_cast<double>(total)); }

DrawingEvaluation evaluateDrawings(Classifier& model, const std::vector<LabelledDrawing>& drawings, ReadingMode mode) {
    DrawingEvaluation result;
    for (const LabelledDrawing& labelled : drawings) {
        const DrawingReading reading = readDrawing(model, labelled.drawing, mode);
        const bool right = !reading.digits.empty() && reading.text() == labelled.label;
        result.count(right);
        result.answers.push_back({reading.confidence(), right});
        if (!labelled.writer.empty()) result.byWriter[labelled.writer].count(right);
        if (labelled.label.size() == 1) {
            if (reading.isNumber()) ++result.singlesSplit;
            else if (reading.digits.size() == 1 && reading.digits.front().digit >= 0)
                result.confusion.add(labelled.label[0] - '0', reading.digits.front().digit);
        } else {
            countNumber(result.numbers, labelled.label, reading);
        }
    }
    return result;
}

TemperatureFit calibrateOnDrawings(Classifier& model, const std::vector<LabelledDrawing>& drawings, bool offsets,
                                   const std::atomic<bool>* cancel) {
    model.metadata().erase("temperature");
    clearDrawingOffsets(model.metadata());
    auto* checked = dynamic_cast<SecondOpinionClassifier*>(&model);
    if (checked) checked->setWeight(0);
    std::vector<ReadDigit> read = readSingleDigits(model, drawings, cancel);
    std::vector<Probabilities> uncalibrated;
    std::vector<std::uint8_t> labels;
    for (const ReadDigit& digit : read) {
        uncalibrated.push_back(digit.probabilities);
        labels.push_back(digit.label);
    }
    TemperatureFit fit;
    fit.drawings = labels.size();
    std::array<std::size_t, kClassCount> perDigit{};
    for (std::uint8_t label : labels) ++perDigit[label];
    if (!offsets || *std::min_element(perDigit.begin(), perDigit.end()) < kDrawingsPerDigitForOffsets) {
        fit.temperature = fitTemperature(uncalibrated, labels);
    } else {
        const TemperatureAndOffsets both = fitTemperatureAndOffsets(uncalibrated, labels);
        fit.temperature = both.temperature;
        fit.offsets = both.offsets;
        setDrawingOffsets(model.metadata(), both.offsets);
    }
    model.setTemperature(fit.temperature);
    if (checked) {
        // The drawings as the reader now shows them, without reading them again.
        const DrawingLean lean(model, ImagesOf::People);
        for (ReadDigit& digit : read) digit.probabilities = lean.takenOut(applyTemperature(digit.probabilities, fit.temperature));
        fit.secondOpinionWeight = fitWeightOn(*checked, read);
    }
    return fit;
}

} // namespace digitpad
