#pragma once
// Qt Charts draw in their own light theme whatever the system's is; this paints a chart's
// background, titles, legend and axes in a widget's palette, leaving the series' own pens.
#include <QPalette>

class QChart;
class QXYSeries;
class QColor;

namespace digitpad {

void followPalette(QChart& chart, const QPalette& palette);
// A series' colour, keeping its pen's width and style.
void recolour(QXYSeries& series, const QColor& colour);

} // namespace digitpad
