#include "ProbabilityBars.h"
#include "LocalNumbers.h"

#include "Colours.h"
#include "ProbabilityBarsAccessible.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <utility>

namespace digitpad {

ProbabilityBars::ProbabilityBars(QWidget* parent) : QWidget(parent) {
    ProbabilityBarsAccessible::install();
    setMinimumHeight(170);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Probability of each digit"));
    setAccessibleDescription(tr("Arrow keys choose a digit; Enter shows why the model did not read it, Shift+Enter "
                                "saves the drawing as it"));
    setToolTip(tr("Click a digit's bar to see why the model chose its digit and not that one. Double-click it, "
                  "or press its key, to save the drawing as that digit in My handwriting"));
}

void ProbabilityBars::setProbabilities(const Probabilities& probabilities) {
    probabilities_ = probabilities;
    hasValues_ = true;
    update();
    QAccessibleEvent changed(this, QAccessible::NameChanged);
    for (int d = 0; d < kClassCount; ++d) {
        changed.setChild(d);
        QAccessible::updateAccessibility(&changed);
    }
}

QString ProbabilityBars::rowText(int digit) const {
    if (!hasValues_) return tr("%1: no reading").arg(digit);
    return tr("%1: %2%").arg(digit).arg(localNumber(probabilities_[static_cast<std::size_t>(digit)] * 100, 1));
}

void ProbabilityBars::ask(int digit) {
    if (hasValues_ && digit >= 0 && digit < kClassCount) emit digitAsked(digit);
}

void ProbabilityBars::setCurrent(int digit) {
    current_ = std::clamp(digit, 0, kClassCount - 1);
    update();
    if (!hasFocus()) return;
    QAccessibleEvent focus(this, QAccessible::Focus);
    focus.setChild(current_);
    QAccessible::updateAccessibility(&focus);
}

void ProbabilityBars::focusInEvent(QFocusEvent* event) {
    QWidget::focusInEvent(event);
    setCurrent(current_ >= 0 ? current_ : hasValues_ ? argmax(probabilities_) : 0);
}

void ProbabilityBars::focusOutEvent(QFocusEvent* event) {
    QWidget::focusOutEvent(event);
    update();
}

void ProbabilityBars::keyPressEvent(QKeyEvent* event) {
    switch (event->key()) {
    case Qt::Key_Up: setCurrent(current_ - 1); return;
    case Qt::Key_Down: setCurrent(current_ + 1); return;
    case Qt::Key_Home: setCurrent(0); return;
    case Qt::Key_End: setCurrent(kClassCount - 1); return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!hasValues_) break;
        if (event->modifiers() & Qt::ShiftModifier)
            emit digitClicked(current_);
        else
            ask(current_);
        return;
    default: break;
    }
    QWidget::keyPressEvent(event); // digit keys and the rest go on to the page
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
    const ThemeColours colours = ThemeColours::of(palette());
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
            painter.setBrush(d == best ? colours.best : colours.bar);
            painter.drawRoundedRect(QRectF(track.topLeft(), QSizeF(std::max(3.0, track.width() * p), track.height())), 3, 3);
        }
        if (hasFocus() && d == current_) {
            painter.setPen(QPen(colours.focus, 1, Qt::DashLine));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(rowRect(d).adjusted(0.5, 0.5, -0.5, -0.5));
        }
        if (d == asked_) {
            painter.setPen(QPen(colours.barOutline, 2));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(row.adjusted(1, 1, -1, -1), 4, 4);
        }
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRectF(track.right(), row.top(), valueWidth, row.height()), Qt::AlignRight | Qt::AlignVCenter,
                         hasValues_ ? localNumber(p * 100, 1) + "%" : QString("–"));
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
