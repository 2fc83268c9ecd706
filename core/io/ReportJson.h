#pragma once
// The evaluation report as files people open elsewhere: JSON and CSV.
#include "metrics/Metrics.h"

#include <string>

namespace digitpad {

// The evaluation as a JSON object: accuracy, confusion matrix (rows = true digit), per-digit report.
std::string reportToJson(const ConfusionMatrix& matrix);
// The classification report as CSV: digit,precision,recall,f1,support (+ averages, accuracy).
std::string reportToCsv(const ClassificationReport& report);

} // namespace digitpad
