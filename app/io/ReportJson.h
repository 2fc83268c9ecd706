#pragma once
#include "metrics/Metrics.h"

#include <QJsonObject>
#include <QString>

namespace digitpad {

// The evaluation as JSON: accuracy, confusion matrix (rows = true digit), per-digit report.
QJsonObject reportToJson(const ConfusionMatrix& matrix);
// The classification report as CSV: digit,precision,recall,f1,support (+ averages, accuracy).
QString reportToCsv(const ClassificationReport& report);

} // namespace digitpad
