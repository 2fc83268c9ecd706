#include "CanvasWidget.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QTabletEvent>

namespace digitpad {

CanvasWidget::CanvasWidget(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_StaticContents);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::CrossCursor);
    setToolTip(tr("Draw one digit. Esc or Delete clears, Ctrl+Z undoes the last stroke."));
    setAccessibleName(tr("Drawing pad"));
}

void CanvasWidget::setDigitMarks(std::vector<DigitMark> marks) {
    marks_ = std::move(marks);
    update();
}

void CanvasWidget::paintDigitMarks(QPainter& painter) const {
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    for (const DigitMark& mark : marks_) {
        const QColor colour = mark.confident ? QColor(0x34, 0xd3, 0x99) : QColor(0xf5, 0x9e, 0x0b);
        painter.setPen(QPen(colour, 1.5, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        const QRectF box = mark.box.adjusted(-6, -6, 6, 6);
        painter.drawRoundedRect(box, 6, 6);
        painter.setPen(colour);
        painter.drawText(QRectF(box.left(), box.bottom() + 2, box.width(), 22), Qt::AlignHCenter | Qt::AlignTop,
                         mark.label);
    }
}

void CanvasWidget::clear() {
    marks_.clear();
    drawing_.strokes.clear();
    drawing_active_ = false;
    update();
    emit drawingChanged();
}

void CanvasWidget::undoStroke() {
    if (drawing_.strokes.empty()) return;
    marks_.clear();
    drawing_.strokes.pop_back();
    drawing_active_ = false;
    update();
    emit drawingChanged();
}

double CanvasWidget::penWidth(double pressure) const {
    // Scales with the pad, so a digit drawn to fill it looks like a digit, not a hairline.
    const double nominal = std::max(6.0, std::min(width(), height()) / 22.0);
    return nominal * pressureWidthFactor(pressure);
}

void CanvasWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.fillRect(rect(), QColor(0x11, 0x18, 0x27));
    painter.setPen(QPen(QColor(0x37, 0x41, 0x51), 1, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(rect().adjusted(8, 8, -9, -9), 12, 12);

    if (drawing_.empty()) {
        painter.setPen(QColor(0x9c, 0xa3, 0xaf));
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * 1.4);
        painter.setFont(font);
        painter.drawText(rect(), Qt::AlignCenter, tr("Draw a digit here, 0 – 9,\nor a whole number"));
        return;
    }
    for (const Stroke& stroke : drawing_.strokes) {
        if (stroke.size() == 1) {
            const double w = penWidth(stroke[0].pressure);
            painter.setPen(Qt::NoPen);
            painter.setBrush(Qt::white);
            painter.drawEllipse(QPointF(stroke[0].x, stroke[0].y), w / 2, w / 2);
            continue;
        }
        for (std::size_t i = 1; i < stroke.size(); ++i) {
            painter.setPen(QPen(Qt::white, penWidth(stroke[i].pressure), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            painter.drawLine(QPointF(stroke[i - 1].x, stroke[i - 1].y), QPointF(stroke[i].x, stroke[i].y));
        }
    }
    paintDigitMarks(painter);
}

void CanvasWidget::beginStroke(const QPointF& at, double pressure) {
    drawing_.strokes.push_back({{at.x(), at.y(), pressure}});
    drawing_active_ = true;
    update();
    emit strokeChanged();
}

void CanvasWidget::extendStroke(const QPointF& at, double pressure) {
    if (!drawing_active_ || drawing_.strokes.empty()) return;
    Stroke& stroke = drawing_.strokes.back();
    const StrokePoint last = stroke.back(); // a copy: push_back below may reallocate
    if (std::abs(last.x - at.x()) < 0.5 && std::abs(last.y - at.y()) < 0.5) return;
    stroke.push_back({at.x(), at.y(), pressure});
    const double margin = penWidth(1.0) + 2;
    update(QRectF(QPointF(last.x, last.y), at).normalized().adjusted(-margin, -margin, margin, margin).toAlignedRect());
    emit strokeChanged();
}

void CanvasWidget::endStroke() {
    if (!drawing_active_) return;
    drawing_active_ = false;
    emit drawingChanged();
}

void CanvasWidget::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) beginStroke(event->position(), StrokePoint::kNoPressure);
}

void CanvasWidget::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton) extendStroke(event->position(), StrokePoint::kNoPressure);
}

void CanvasWidget::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) endStroke();
}

void CanvasWidget::tabletEvent(QTabletEvent* event) {
    switch (event->type()) {
    case QEvent::TabletPress: beginStroke(event->position(), event->pressure()); break;
    case QEvent::TabletMove: extendStroke(event->position(), event->pressure()); break;
    case QEvent::TabletRelease: endStroke(); break;
    default: break;
    }
    event->accept(); // no synthesized mouse events: the pen's pressure is what we want
}

} // namespace digitpad
