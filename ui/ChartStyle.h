#pragma once
// Qt Charts draw in their own light theme, with C's numbers, whatever the system's are; this
// paints a chart's background, titles, legend and axes in a widget's palette, leaving the
// series' own pens, and writes its axis numbers as the interface's language does.
#include <QPalette>

class QChart;
class QXYSeries;
class QColor;

namespace digitpad {

void followSystem(QChart& chart, const QPalette& palette);
// A series' colour, keeping its pen's width and style.
void recolour(QXYSeries& series, const QColor& colour);

} // namespace digitpad
