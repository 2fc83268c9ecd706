#pragma once
// What the model's 28x28 input says about itself, apart from the model: how much of it is ink,
// and in how many parts. With the model's confidence, it tells a picture or scribble that is no
// digit at all from a digit read doubtfully.
#include "data/Image28.h"

namespace digitpad {

struct InkEvidence {
    double coverage = 0; // share of the pixels that are ink (0.5 or more)
    int parts = 0;       // 4-connected pieces of ink of 3 pixels or more
};

InkEvidence inkEvidence(const Image28& input);

// No digit at all: at least two of the three outside what MNIST's 60,000 training digits show
// (tst_recognition noDigitEvidenceComesFromMnist measures the ranges and holds these to them):
// more ink than any but 1 in 1,000 digits, more parts than any but 1 in 1,000, and a reading
// below the warning threshold.
bool looksLikeNoDigit(const InkEvidence& evidence, float confidence);

inline constexpr double kMostInkOfADigit = 0.30;
inline constexpr int kMostPartsOfADigit = 5;

} // namespace digitpad
