#include "ProbabilityBars.h"

#include "Colours.h"

#include <QMouseEvent>
#include <QPainter>

#include <utility>

namespace digitpad {

ProbabilityBars::ProbabilityBars(QWidget* parent) : QWidget(parent) {
    setMinimumHeight(170);
    setAccessibleName(tr("Probability of each digit"));
    setToolTip(tr("Click a digit's bar to see why the model chose its digit and not that one. Double-click it, "
                  "or press its key, to save the drawing as that digit in My handwriting"));
}

void ProbabilityBars::setProbabilities(const Probabilities& probabilities) {
    probabilities_ = probabilities;
    hasValues_ = true;
    update();
}

void ProbabilityBars::clear() {
    probabilities_ = {};
    hasValues_ = false;
    asked_ = -1;
    update();
}

void ProbabilityBars::setAsked(int digit) {
    asked_ = digit;
    update();
}

QRectF ProbabilityBars::rowRect(int digit) const {
    const double rowHeight = height() / 10.0;
    return {0, digit * rowHeight, static_cast<double>(width()), rowHeight};
}

void ProbabilityBars::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const int best = hasValues_ ? argmax(probabilities_) : -1;
    const QFontMetrics metrics(font());
    const double labelWidth = metrics.horizontalAdvance("0") + 10;
    const double valueWidth = metrics.horizontalAdvance("100.0%") + 8;
    for (int d = 0; d < kClassCount; ++d) {
        const QRectF row = rowRect(d).adjusted(0, 2, 0, -2);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(row.left(), row.top(), labelWidth, row.height()), Qt::AlignCenter, QString::number(d));
        const QRectF track(row.left() + labelWidth, row.top() + 2, row.width() - labelWidth - valueWidth, row.height() - 4);
        painter.setPen(Qt::NoPen);
        painter.setBrush(palette().color(QPalette::AlternateBase));
        painter.drawRoundedRect(track, 3, 3);
        const double p = hasValues_ ? probabilities_[d] : 0.0;
        if (p > 0) {
            painter.setBrush(d == best ? QColor::fromRgb(colours::kBest) : QColor::fromRgb(colours::kBar));
            painter.drawRoundedRect(QRectF(track.topLeft(), QSizeF(std::max(3.0, track.width() * p), track.height())), 3, 3);
        }
        if (d == asked_) {
            painter.setPen(QPen(QColor::fromRgb(colours::kBarOutline), 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(row.adjusted(1, 1, -1, -1), 4, 4);
        }
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(track.right(), row.top(), valueWidth, row.height()), Qt::AlignRight | Qt::AlignVCenter,
                         hasValues_ ? QString::number(p * 100, 'f', 1) + "%" : QString("–"));
    }
}

int ProbabilityBars::rowAt(const QMouseEvent& event) const {
    const int digit = static_cast<int>(event.position().y() / (height() / 10.0));
    return digit >= 0 && digit < kClassCount ? digit : -1;
}

void ProbabilityBars::mouseDoubleClickEvent(QMouseEvent* event) {
    endsDoubleClick_ = true; // its release is not a click of its own
    if (const int digit = rowAt(*event); digit >= 0) emit digitClicked(digit);
}

void ProbabilityBars::mouseReleaseEvent(QMouseEvent* event) {
    if (std::exchange(endsDoubleClick_, false) || event->button() != Qt::LeftButton || !hasValues_) return;
    if (const int digit = rowAt(*event); digit >= 0) emit digitAsked(digit);
}

} // namespace digitpad
