#include "ChartStyle.h"

#include <QAbstractAxis>
#include <QChart>
#include <QLegend>
#include <QPen>
#include <QXYSeries>

namespace digitpad {

void followPalette(QChart& chart, const QPalette& palette) {
    const QColor text = palette.color(QPalette::Text), base = palette.color(QPalette::Base);
    const QColor grid = palette.color(QPalette::Mid);
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
