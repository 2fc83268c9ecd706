#include "model/NumberReader.h"

#include "preprocess/Preprocess.h"

#include <algorithm>

namespace digitpad {

std::string NumberReading::text() const {
    std::string text;
    for (const DigitReading& d : digits) text += d.digit >= 0 ? static_cast<char>('0' + d.digit) : '?';
    return text;
}

float NumberReading::confidence() const {
    if (digits.empty()) return 0;
    float lowest = 1;
    for (const DigitReading& d : digits) lowest = std::min(lowest, d.digit >= 0 ? d.confidence : 0.0f);
    return lowest;
}

int NumberReading::leastConfident() const {
    int index = -1;
    for (std::size_t i = 0; i < digits.size(); ++i)
        if (index < 0 || digits[i].confidence < digits[static_cast<std::size_t>(index)].confidence)
            index = static_cast<int>(i);
    return index;
}

NumberReading readNumber(Classifier& model, const Drawing& drawing) {
    return readSegments(model, segmentDigits(drawing));
}

NumberReading readSegments(Classifier& model, const std::vector<DigitSegment>& segments) {
    NumberReading reading;
    std::vector<Image28> images;
    std::vector<std::size_t> readable;
    for (const DigitSegment& segment : segments) {
        DigitReading digit;
        digit.box = segment.box;
        const Preprocessed input = preprocessDrawing(segment.drawing);
        if (input.ok()) {
            readable.push_back(reading.digits.size());
            images.push_back(*input.image);
            digit.image = *input.image;
        }
        reading.digits.push_back(digit);
    }
    const std::vector<Probabilities> predictions = model.predictBatch(images);
    for (std::size_t i = 0; i < readable.size(); ++i) {
        DigitReading& digit = reading.digits[readable[i]];
        digit.probabilities = predictions[i];
        digit.digit = argmax(predictions[i]);
        digit.confidence = predictions[i][static_cast<std::size_t>(digit.digit)];
    }
    return reading;
}

} // namespace digitpad
