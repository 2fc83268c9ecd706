#pragma once
// The drawings a model's confidence and drawing offsets are fitted on: style set A, each digit
// in the variants people write, written hastily (StyleDigits.h, never used for training). The
// bundled model was calibrated on the same set (`make-style-set a.json 240 1 --hasty`), so a
// model trained in the app reads drawings the way the bundled one does.
#include "metrics/DrawingEvaluation.h"

#include <vector>

namespace digitpad {

constexpr int kCalibrationDrawingsPerDigit = 240;

// `perDigit` drawings of each digit (the full set: kCalibrationDrawingsPerDigit); fewer than
// kDrawingsPerDigitForOffsets fit a temperature alone.
std::vector<LabelledDrawing> calibrationSet(int perDigit = kCalibrationDrawingsPerDigit);

} // namespace digitpad
