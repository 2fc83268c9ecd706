#pragma once
#include "model/Classifier.h"
#include "preprocess/Segmentation.h"

#include <string>
#include <vector>

namespace digitpad {

// One digit of a number as the model read it.
struct DigitReading {
    InkBox box;
    int digit = -1;        // -1: nothing readable in this segment
    float confidence = 0;  // the probability of `digit`
    Probabilities probabilities{};
    Image28 image; // what the model saw for this digit
};

struct NumberReading {
    std::vector<DigitReading> digits; // left to right

    // "2026"; an unreadable digit shows as '?'.
    std::string text() const;
    // The least confident digit's confidence (0 for no digits): how far to trust the whole.
    float confidence() const;
    // Index of the least confident digit (-1 for none): the one worth a closer look.
    int leastConfident() const;
};

// Segments the drawing into digits (segmentDigits), puts each through the MNIST recipe and
// the model in one batch.
NumberReading readNumber(Classifier& model, const Drawing& drawing);
// The same for segments already made.
NumberReading readSegments(Classifier& model, const std::vector<DigitSegment>& segments);

} // namespace digitpad
