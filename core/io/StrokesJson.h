#pragma once
// Drawings as JSON files: what `digitpad-cli predict`, `eval --strokes` and `calibrate` read,
// and what the app and the test tools write.
#include "metrics/DrawingEvaluation.h"
#include "preprocess/Drawing.h"

#include <string>
#include <vector>

namespace digitpad {

// Reads stroke files: one object or an array of objects {"strokes": [[[x, y], [x, y, p], ...], ...]}.
// Throws Error naming `name`, the drawing and the point that is wrong.
std::vector<Drawing> parseStrokesJson(const std::string& json, const std::string& name);
// One drawing as a compact JSON object {"strokes": ...}.
std::string drawingToJson(const Drawing& drawing);
// The same with a "label" per drawing: a digit 0-9, or a string of digits for a number.
std::vector<LabelledDrawing> parseLabelledStrokesJson(const std::string& json, const std::string& name);

} // namespace digitpad
