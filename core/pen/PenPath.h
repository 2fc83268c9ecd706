#pragma once
// The pen's path, which the image model never sees: where the pen went, in what order and which
// way. A 9 whose small loop sits on a long tail sweeping right and back looks like a 3 as ink,
// but its pen starts with the loop, turning left; a 3 starts at the top left and turns right.
#include "preprocess/Drawing.h"

#include <array>

namespace digitpad {

// Points along the path the pen took, strokes in the order drawn (the jump between two strokes
// counts as path), equally spaced by length, as in Alimoglu and Alpaydin's pen digits (1996).
constexpr int kPenPathPoints = 16;
// Each point's place in the ink box (its longer side spans -1..1, the middle at 0), each step's
// direction (a unit vector, halved), and the number of strokes (capped at 4, times 0.2).
constexpr int kPenPathFeatures = 2 * kPenPathPoints + 2 * (kPenPathPoints - 1) + 1;
using PenPathFeatures = std::array<float, kPenPathFeatures>;

// All zero for a drawing with fewer than two usable points or no length.
PenPathFeatures penPathFeatures(const Drawing& drawing);

} // namespace digitpad
