#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QLocale>
#include <QPen>
#include <QXYSeries>

namespace digitpad {

void followSystem(QChart& chart, const QPalette& palette) {
    const QColor text = palette.color(QPalette::Text), base = palette.color(QPalette::Base);
    const QColor grid = palette.color(QPalette::Mid);
    // Axis labels in the interface's language: a decimal comma in German and French.
    chart.setLocale(QLocale());
    chart.setLocalizeNumbers(true);
    chart.setBackgroundBrush(base);
    chart.setTitleBrush(text);
    chart.legend()->setLabelColor(text);
    for (QAbstractAxis* axis : chart.axes()) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(grid);
    }
}

void recolour(QXYSeries& series, const QColor& colour) {
    QPen pen = series.pen();
    pen.setColor(colour);
    series.setPen(pen);
    series.setColor(colour);
}

} // namespace digitpad
