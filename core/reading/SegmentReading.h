#pragma once
// Reading stroke segments as the reader weighs them: every view of every segment in one batch,
// the model's lean on drawings taken out. The choices between wholes, cut pieces, clusters and
// joins all weigh these readings.
#include "reading/DrawingReader.h"

#include <vector>

namespace digitpad {

// A reading at least this sure counts as sure in those choices: the line below which the app
// warns.
inline constexpr float kSurely = kDoubtfulBelow;

bool readsSurely(const DigitReading& digit);
// The least sure of `digits`' confidences, an unread digit's counting as 0; 1 when there are none.
float weakestOf(const std::vector<DigitReading>& digits);

// `digit.image` is the model's input already.
void setPrediction(DigitReading& digit, const Probabilities& probabilities);

// Reads every view of every segment in one go; unreadable segments keep digit -1.
std::vector<DigitReading> readSegments(Classifier& model, const std::vector<const DigitSegment*>& segments);

} // namespace digitpad
