#pragma once
#include "metrics/DrawingEvaluation.h"
#include "preprocess/Drawing.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace digitpad {

// Reads stroke files: one object or an array of objects {"strokes": [[[x, y], [x, y, p], ...], ...]}.
// Throws Error naming `name`, the drawing and the point that is wrong.
std::vector<Drawing> parseStrokesJson(const QByteArray& json, const QString& name);
QByteArray drawingToJson(const Drawing& drawing);
// The same with a "label" per drawing: a digit 0-9, or a string of digits for a number.
std::vector<LabelledDrawing> parseLabelledStrokesJson(const QByteArray& json, const QString& name);

} // namespace digitpad
