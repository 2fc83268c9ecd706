#pragma once
#include "preprocess/Drawing.h"

#include <QWidget>

#include <functional>

namespace digitpad::testing {

// Draws `drawing` on `canvas` with real mouse events, fitted into the widget with a margin.
void drawWithMouse(QWidget* canvas, const Drawing& drawing);
// Processes events until `done` is true or `timeoutMs` passes; returns `done()`.
bool waitUntil(const std::function<bool()>& done, int timeoutMs);

} // namespace digitpad::testing
