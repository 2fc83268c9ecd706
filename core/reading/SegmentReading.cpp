#include "reading/SegmentReading.h"

#include "reading/InkEvidence.h"

#include "model/DrawingOffsets.h"
#include "preprocess/DrawingViews.h"
#include "preprocess/Preprocess.h"

#include <algorithm>
#include <utility>

namespace digitpad {
namespace {

DigitReading unread(const DigitSegment& segment) {
    DigitReading digit;
    digit.box = segment.box;
    return digit;
}

} // namespace

bool readsSurely(const DigitReading& digit) { return digit.digit >= 0 && digit.confidence >= kSurely; }

void setPrediction(DigitReading& digit, const Probabilities& probabilities) {
    digit.probabilities = probabilities;
    digit.digit = argmax(probabilities);
    digit.confidence = probabilities[static_cast<std::size_t>(digit.digit)];
    digit.noDigit = looksLikeNoDigit(inkEvidence(digit.image), digit.confidence);
}

float weakestOf(const std::vector<DigitReading>& digits) {
    float weakest = 1;
    for (const DigitReading& digit : digits) weakest = std::min(weakest, digit.digit >= 0 ? digit.confidence : 0.0f);
    return weakest;
}

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

} // namespace digitpad
