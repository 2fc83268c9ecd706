#include "ConfusionHeatmap.h"
#include "LocalNumbers.h"

#include "Colours.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QLinearGradient>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace digitpad {
namespace {

constexpr double kAxisSpace = 44;   // room for digit labels and axis titles
constexpr double kLegendSpace = 90; // colour bar on the right, and "100%" beside it whole

} // namespace

ConfusionHeatmap::ConfusionHeatmap(QWidget* parent) : QWidget(parent) {
    setMouseTracking(true);
    setMinimumSize(360, 320);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Confusion matrix"));
}

void ConfusionHeatmap::clear() {
    matrix_ = {};
    hasMatrix_ = false;
    keyTruth_ = keyPredicted_ = -1;
    setAccessibleDescription(QString());
    update();
}

void ConfusionHeatmap::setMatrix(const ConfusionMatrix& matrix) {
    matrix_ = matrix;
    hasMatrix_ = true;
    keyTruth_ = keyPredicted_ = -1;
    const auto [truth, predicted] = largestMistake();
    setAccessibleDescription(tr("The largest mistake: %1. Arrow keys move from cell to cell, Enter shows its images.")
                                 .arg(cellDescription(truth, predicted)));
    if (hasFocus()) setCurrentCell(truth, predicted); // focused already: the keyboard starts there now
    update();
}

QRectF ConfusionHeatmap::gridRect() const {
    const double side = std::max(10.0, std::min(width() - kAxisSpace - kLegendSpace, height() - kAxisSpace - 8));
    return {kAxisSpace, 8, side, side};
}

QRectF ConfusionHeatmap::cellRect(int truth, int predicted) const {
    const QRectF grid = gridRect();
    const double cell = grid.width() / kClassCount;
    return {grid.left() + predicted * cell, grid.top() + truth * cell, cell, cell};
}

bool ConfusionHeatmap::cellAt(const QPointF& position, int& truth, int& predicted) const {
    const QRectF grid = gridRect();
    if (!grid.contains(position)) return false;
    const double cell = grid.width() / kClassCount;
    predicted = std::min(kClassCount - 1, static_cast<int>((position.x() - grid.left()) / cell));
    truth = std::min(kClassCount - 1, static_cast<int>((position.y() - grid.top()) / cell));
    return true;
}

double ConfusionHeatmap::rate(int truth, int predicted) const {
    const std::size_t row = matrix_.rowTotal(truth);
    return row ? static_cast<double>(matrix_.count(truth, predicted)) / row : 0.0;
}

QString ConfusionHeatmap::cellDescription(int truth, int predicted) const {
    return tr("True %1, predicted %2: %3, %4% of the %1s")
        .arg(truth).arg(predicted)
        .arg(tr("%n image(s)", nullptr, static_cast<int>(matrix_.count(truth, predicted))))
        .arg(localNumber(rate(truth, predicted) * 100, 2));
}

void ConfusionHeatmap::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF grid = gridRect();
    const QColor text = palette().color(QPalette::WindowText);
    const ThemeColours colours = ThemeColours::of(palette());
    // Counts sized by the cell: readable in a small heatmap, never wider than a cell's "100".
    QFont small = font();
    small.setPixelSize(std::max(9, static_cast<int>(grid.width() / kClassCount * 0.42)));
    for (int t = 0; t < kClassCount; ++t)
        for (int p = 0; p < kClassCount; ++p) {
            const QRectF cell = cellRect(t, p);
            const double r = hasMatrix_ ? rate(t, p) : 0.0;
            painter.fillRect(cell, colours.heatmapCell(r));
            if (hasMatrix_ && matrix_.count(t, p) > 0) {
                painter.setFont(small);
                painter.setPen(textOn(colours.heatmapCell(r)));
                painter.drawText(cell, Qt::AlignCenter, QString::number(matrix_.count(t, p)));
            }
        }
    painter.setPen(QPen(palette().color(QPalette::Mid), 1));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(grid);
    if (hoverTruth_ >= 0) {
        painter.setPen(QPen(colours.unsure, 2.5));
        painter.drawRect(cellRect(hoverTruth_, hoverPredicted_).adjusted(1, 1, -1, -1));
    }
    if (hasFocus() && keyTruth_ >= 0) {
        painter.setPen(QPen(colours.focus, 2.5, Qt::DashLine));
        painter.drawRect(cellRect(keyTruth_, keyPredicted_).adjusted(1, 1, -1, -1));
    }
    painter.setFont(font());
    painter.setPen(text);
    for (int d = 0; d < kClassCount; ++d) {
        const QRectF column = cellRect(0, d), row = cellRect(d, 0);
        painter.drawText(QRectF(column.left(), grid.bottom() + 2, column.width(), 18), Qt::AlignCenter, QString::number(d));
        painter.drawText(QRectF(grid.left() - 22, row.top(), 18, row.height()), Qt::AlignCenter, QString::number(d));
    }
    painter.drawText(QRectF(grid.left(), grid.bottom() + 20, grid.width(), 20), Qt::AlignCenter, tr("predicted digit"));
    painter.save();
    painter.translate(12, grid.center().y());
    painter.rotate(-90);
    painter.drawText(QRectF(-grid.height() / 2, -10, grid.height(), 20), Qt::AlignCenter, tr("true digit"));
    painter.restore();

    // Legend: the colour scale, share of the true digit's images.
    const QRectF bar(grid.right() + 18, grid.top(), 16, grid.height());
    QLinearGradient gradient(bar.bottomLeft(), bar.topLeft());
    for (int i = 0; i <= 10; ++i) gradient.setColorAt(i / 10.0, colours.heatmapCell((i / 10.0) * (i / 10.0)));
    painter.fillRect(bar, gradient);
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawRect(bar);
    painter.setPen(text);
    for (double r : {0.0, 0.01, 0.1, 0.25, 0.5, 1.0}) {
        const double y = bar.bottom() - std::sqrt(r) * bar.height();
        painter.drawLine(QPointF(bar.right(), y), QPointF(bar.right() + 4, y));
        painter.drawText(QRectF(bar.right() + 6, y - 8, 50, 16), Qt::AlignLeft | Qt::AlignVCenter,
                         QLocale().toString(r * 100, 'g', 3) + "%");
    }
}

void ConfusionHeatmap::mouseMoveEvent(QMouseEvent* event) {
    int t = -1, p = -1;
    if (!hasMatrix_ || !cellAt(event->position(), t, p)) t = p = -1;
    if (t != hoverTruth_ || p != hoverPredicted_) {
        hoverTruth_ = t;
        hoverPredicted_ = p;
        update();
    }
    if (t >= 0)
        QToolTip::showText(event->globalPosition().toPoint(), cellDescription(t, p), this);
    else
        QToolTip::hideText();
}

void ConfusionHeatmap::mousePressEvent(QMouseEvent* event) {
    int t = -1, p = -1;
    if (hasMatrix_ && event->button() == Qt::LeftButton && cellAt(event->position(), t, p)) emit cellClicked(t, p);
}

std::pair<int, int> ConfusionHeatmap::largestMistake() const {
    std::pair<int, int> largest{0, 0};
    std::size_t most = 0;
    for (int t = 0; t < kClassCount; ++t)
        for (int p = 0; p < kClassCount; ++p)
            if (t != p && matrix_.count(t, p) > most) {
                most = matrix_.count(t, p);
                largest = {t, p};
            }
    return largest;
}

void ConfusionHeatmap::setCurrentCell(int truth, int predicted) {
    keyTruth_ = std::clamp(truth, 0, kClassCount - 1);
    keyPredicted_ = std::clamp(predicted, 0, kClassCount - 1);
    update();
    if (!hasMatrix_) return;
    setAccessibleDescription(cellDescription(keyTruth_, keyPredicted_));
    QAccessibleEvent changed(this, QAccessible::DescriptionChanged);
    QAccessible::updateAccessibility(&changed);
}

void ConfusionHeatmap::focusInEvent(QFocusEvent* event) {
    QWidget::focusInEvent(event);
    if (keyTruth_ < 0) {
        const auto [truth, predicted] = largestMistake();
        setCurrentCell(truth, predicted);
    }
    update();
}

void ConfusionHeatmap::focusOutEvent(QFocusEvent* event) {
    QWidget::focusOutEvent(event);
    update();
}

void ConfusionHeatmap::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Up: setCurrentCell(keyTruth_ - 1, keyPredicted_); return;
    case Qt::Key_Down: setCurrentCell(keyTruth_ + 1, keyPredicted_); return;
    case Qt::Key_Left: setCurrentCell(keyTruth_, keyPredicted_ - 1); return;
    case Qt::Key_Right: setCurrentCell(keyTruth_, keyPredicted_ + 1); return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (hasMatrix_ && keyTruth_ >= 0) emit cellClicked(keyTruth_, keyPredicted_);
        return;
    default: QWidget::keyPressEvent(event);
    }
}

void ConfusionHeatmap::leaveEvent(QEvent*) {
    hoverTruth_ = hoverPredicted_ = -1;
    update();
}

} // namespace digitpad
