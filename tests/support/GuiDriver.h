#pragma once
#include "preprocess/Drawing.h"

#include <QWidget>

#include <functional>

namespace digitpad::testing {

// Draws `drawing` on `canvas` with real mouse events, centred and scaled so its longer side is
// `share` of the widget's shorter one.
void drawWithMouse(QWidget* canvas, const Drawing& drawing, double share = 0.6);
// Processes events until `done` is true or `timeoutMs` passes; returns `done()`.
bool waitUntil(const std::function<bool()>& done, int timeoutMs);

} // namespace digitpad::testing
