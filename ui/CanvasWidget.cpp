#include "CanvasWidget.h"

#include "Colours.h"

#include "preprocess/InkBox.h"

#include <algorithm>

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
    setToolTip(tr("Draw a digit or a number. Ctrl+Z undoes the last stroke; Esc or Delete clears, and Ctrl+Z "
                  "brings the drawing back."));
    setAccessibleName(tr("Drawing pad"));
}

void CanvasWidget::setDigitMarks(std::vector<DigitMark> marks) {
    marks_ = std::move(marks);
    update();
}

double CanvasWidget::inkReach() const { return inkWidth_ * widestFactor_ / 2; }

void CanvasWidget::measureInk() {
    inkWidth_ = fittedInkWidth();
    widestFactor_ = 1.0;
    for (const Stroke& stroke : drawing_.strokes)
        for (const StrokePoint& p : stroke) widestFactor_ = std::max(widestFactor_, pressureWidthFactor(p.pressure));
}

QRectF CanvasWidget::markBox(const DigitMark& mark) const {
    const double margin = inkReach() + 3; // the widest ink, and a little air
    const QRectF box = mark.box.adjusted(-margin, -margin, margin, margin);
    return {box.topLeft() * scale_, box.bottomRight() * scale_};
}

QRectF CanvasWidget::markLabelRect(const DigitMark& mark) const {
    QFont font = this->font();
    font.setBold(true);
    const QFontMetricsF metrics(font);
    const QRectF box = markBox(mark);
    const QSizeF size(metrics.horizontalAdvance(mark.label) + 8, metrics.height() + 2);
    // Below the box, else above it when the box reaches the pad's bottom; never off the sides.
    const double below = box.bottom() + 2;
    const double top = below + size.height() <= height() ? below : std::max(0.0, box.top() - 2 - size.height());
    const double left = std::clamp(box.center().x() - size.width() / 2, 0.0, std::max(0.0, width() - size.width()));
    return {QPointF(left, top), size};
}

std::vector<QRectF> CanvasWidget::markLabelRects() const {
    std::vector<QRectF> labels;
    for (const DigitMark& mark : marks_) {
        QRectF label = markLabelRect(mark);
        // Away from the mark's box: down when the label sits below it, up when above.
        const bool below = label.top() >= markBox(mark).bottom();
        for (bool moved = true; moved;) {
            moved = false;
            for (const QRectF& earlier : labels)
                if (label.intersects(earlier)) {
                    label.moveTop(below ? earlier.bottom() + 1 : earlier.top() - 1 - label.height());
                    moved = true;
                }
        }
        labels.push_back(label);
    }
    return labels;
}

void CanvasWidget::paintDigitMarks(QPainter& painter) const {
    QFont font = painter.font();
    font.setBold(true);
    painter.setFont(font);
    const ThemeColours colours = ThemeColours::of(palette());
    const std::vector<QRectF> labels = markLabelRects();
    for (std::size_t i = 0; i < marks_.size(); ++i) {
        const DigitMark& mark = marks_[i];
        const QColor colour = mark.confident ? colours.sure : colours.unsure;
        painter.setPen(QPen(colour, 1.5, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(markBox(mark), 6, 6);
        // On a dark plate, so ink under the label never hides it.
        const QRectF& label = labels[i];
        painter.setPen(Qt::NoPen);
        painter.setBrush(colours.padLabelBackground);
        painter.drawRoundedRect(label, 4, 4);
        painter.setPen(colour);
        painter.drawText(label, Qt::AlignCenter, mark.label);
    }
}

void CanvasWidget::setBackdrop(const QImage& image) {
    backdrop_ = image;
    redrawInk();
}

QRectF CanvasWidget::backdropRect() const {
    const double side = std::max(0.0, std::min(width(), height()) - 48.0);
    return {(width() - side) / 2, (height() - side) / 2, side, side};
}

void CanvasWidget::clear() {
    marks_.clear();
    backdrop_ = QImage();
    if (!drawing_.empty()) cleared_ = std::move(drawing_); // Ctrl+Z brings it back
    drawing_.strokes.clear();
    drawing_active_ = false;
    scale_ = 1;
    measureInk();
    redrawInk();
    emit drawingChanged();
}

void CanvasWidget::undoStroke() {
    marks_.clear();
    if (drawing_.strokes.empty()) {
        if (!cleared_) return;
        drawing_ = std::move(*cleared_); // the undo of a Clear
        cleared_.reset();
        drawing_active_ = false;
        measureInk();
        fitView();
        redrawInk();
        emit clearUndone();
        emit drawingChanged();
        return;
    }
    drawing_.strokes.pop_back();
    drawing_active_ = false;
    measureInk();
    redrawInk();
    emit drawingChanged();
}

double CanvasWidget::penWidth(double pressure) const { return inkWidth_ * pressureWidthFactor(pressure); }

double CanvasWidget::fittedInkWidth() const {
    // The recognizer draws every digit with the same pen relative to its size (about an eighth
    // of it); showing a small digit with the full pen would make a blob of what it reads well.
    const InkBox box = inkBox(drawing_);
    const double extent = box.isNone() ? 0.0 : std::max(box.width(), box.height());
    return extent > 0 ? std::clamp(extent / 8, 3.0, kNominalInkWidth) : kNominalInkWidth;
}

void CanvasWidget::redrawInk() {
    const qreal ratio = devicePixelRatioF();
    ink_ = QImage(size() * ratio, QImage::Format_RGB32);
    ink_.setDevicePixelRatio(ratio);
    QPainter painter(&ink_);
    painter.setRenderHint(QPainter::Antialiasing);
    const ThemeColours colours = ThemeColours::of(palette());
    painter.fillRect(rect(), colours.pad);
    painter.setPen(QPen(colours.padGuide, 1, Qt::DashLine));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(rect().adjusted(8, 8, -9, -9), 12, 12);
    if (hasBackdrop()) {
        // Dimmed, so ink drawn over it stands out; its pixels stay pixels.
        painter.setOpacity(0.55);
        painter.drawImage(backdropRect(), backdrop_);
        painter.setOpacity(1);
    } else if (drawing_.empty()) {
        painter.setPen(colours.padHint);
        QFont font = painter.font();
        font.setPointSizeF(font.pointSizeF() * 1.4);
        painter.setFont(font);
        painter.drawText(rect(), Qt::AlignCenter, tr("Draw a digit here, 0 – 9,\nor a whole number"));
    }
    painter.scale(scale_, scale_);
    for (const Stroke& stroke : drawing_.strokes)
        for (std::size_t i = 0; i < stroke.size(); ++i) inkSegment(painter, stroke, i);
    update();
}

// Point i of a stroke: a dot where it starts, then a line from the point before.
QRectF CanvasWidget::inkSegment(QPainter& painter, const Stroke& stroke, std::size_t i) const {
    const StrokePoint& to = stroke[i];
    const StrokePoint& from = stroke[i == 0 ? 0 : i - 1];
    const double w = penWidth(to.pressure);
    if (i == 0) {
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::white);
        painter.drawEllipse(QPointF(to.x, to.y), w / 2, w / 2);
    } else {
        painter.setPen(QPen(Qt::white, w, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        painter.drawLine(QPointF(from.x, from.y), QPointF(to.x, to.y));
    }
    return QRectF(QPointF(from.x, from.y), QPointF(to.x, to.y)).normalized().adjusted(-w - 2, -w - 2, w + 2, w + 2);
}

void CanvasWidget::inkLastPoint() {
    const Stroke& stroke = drawing_.strokes.back();
    QPainter painter(&ink_);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale_, scale_);
    const QRectF dirty = inkSegment(painter, stroke, stroke.size() - 1);
    update(QRectF(dirty.topLeft() * scale_, dirty.bottomRight() * scale_).toAlignedRect().adjusted(-1, -1, 1, 1));
}

void CanvasWidget::resizeEvent(QResizeEvent*) {
    fitView();
    redrawInk();
}

// Shrunk below the drawing (a smaller window), the pad shows it whole, scaled down, instead of
// cutting off a 4's stem; never scaled up, and never while a stroke is being drawn.
void CanvasWidget::fitView() {
    if (drawing_active_) return;
    const InkBox box = inkBox(drawing_);
    if (box.isNone()) {
        scale_ = 1;
        return;
    }
    const double reach = inkReach() + 8;
    const double needed = std::max({1.0, (box.right + reach) / std::max(1, width()), (box.bottom + reach) / std::max(1, height())});
    scale_ = 1 / needed;
}

void CanvasWidget::paintEvent(QPaintEvent* event) {
    // Everything but the marks is in the buffer already: a new point costs one segment, however
    // long the drawing (Qt's Scribble example).
    if (ink_.size() != size() * devicePixelRatioF()) redrawInk();
    QPainter painter(this);
    const QRect dirty = event->rect();
    const qreal ratio = ink_.devicePixelRatio();
    painter.drawImage(dirty, ink_, QRectF(QPointF(dirty.topLeft()) * ratio, QSizeF(dirty.size()) * ratio));
    painter.setRenderHint(QPainter::Antialiasing);
    paintDigitMarks(painter);
    if (hasFocus()) { // where Tab landed: the pad takes Ctrl+Z, Delete and the digit keys
        painter.setPen(QPen(ThemeColours::of(palette()).focus, 2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void CanvasWidget::focusInEvent(QFocusEvent* event) {
    QWidget::focusInEvent(event);
    update();
}

void CanvasWidget::focusOutEvent(QFocusEvent* event) {
    QWidget::focusOutEvent(event);
    update();
}

void CanvasWidget::beginStroke(const QPointF& at, double pressure) {
    cleared_.reset(); // drawing anew: the cleared drawing is gone for good
    const bool first = drawing_.empty();
    drawing_.strokes.push_back({{at.x(), at.y(), pressure}});
    widestFactor_ = std::max(widestFactor_, pressureWidthFactor(pressure));
    drawing_active_ = true;
    if (first)
        redrawInk(); // the hint goes
    else
        inkLastPoint();
    emit strokeChanged();
}

void CanvasWidget::extendStroke(const QPointF& at, double pressure) {
    if (!drawing_active_ || drawing_.strokes.empty()) return;
    Stroke& stroke = drawing_.strokes.back();
    const StrokePoint last = stroke.back(); // a copy: push_back below may reallocate
    if (std::abs(last.x - at.x()) < 0.5 && std::abs(last.y - at.y()) < 0.5) return;
    stroke.push_back({at.x(), at.y(), pressure});
    widestFactor_ = std::max(widestFactor_, pressureWidthFactor(pressure));
    inkLastPoint();
    emit strokeChanged();
}

void CanvasWidget::endStroke() {
    if (!drawing_active_) return;
    drawing_active_ = false;
    // A finished stroke may make the drawing small or large enough for another width.
    if (const double fitted = fittedInkWidth(); std::abs(fitted - inkWidth_) >= 0.25) {
        inkWidth_ = fitted;
        redrawInk();
    }
    emit drawingChanged();
}

void CanvasWidget::mousePressEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) beginStroke(event->position() / scale_, StrokePoint::kNoPressure);
}

void CanvasWidget::mouseMoveEvent(QMouseEvent* event) {
    if (event->buttons() & Qt::LeftButton) extendStroke(event->position() / scale_, StrokePoint::kNoPressure);
}

void CanvasWidget::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) endStroke();
}

void CanvasWidget::tabletEvent(QTabletEvent* event) {
    switch (event->type()) {
    case QEvent::TabletPress: beginStroke(event->position() / scale_, event->pressure()); break;
    case QEvent::TabletMove: extendStroke(event->position() / scale_, event->pressure()); break;
    case QEvent::TabletRelease: endStroke(); break;
    default: break;
    }
    event->accept(); // no synthesized mouse events: the pen's pressure is what we want
}

} // namespace digitpad
