#pragma once
#include "preprocess/Drawing.h"

#include <QImage>
#include <QRectF>
#include <QWidget>

#include <optional>
#include <vector>

class QPainter;

namespace digitpad {

// The drawing pad, after Qt's Scribble example: strokes from the mouse or a tablet pen
// (pressure sets the width), kept as point lists so they can be undone and recognized, and
// painted from a buffer that each new point adds one segment to.
class CanvasWidget : public QWidget {
    Q_OBJECT
public:
    explicit CanvasWidget(QWidget* parent = nullptr);

    const Drawing& drawing() const { return drawing_; }
    bool isEmpty() const { return drawing_.empty(); }

    // Boxes around the digits of a number, each with what was read there; cleared whenever
    // the drawing changes.
    struct DigitMark {
        QRectF box;
        QString label;
        bool confident = true;
    };
    void setDigitMarks(std::vector<DigitMark> marks);
    const std::vector<DigitMark>& digitMarks() const { return marks_; }
    // Where a mark's box and its label are drawn: the box holds the ink at its width, the label
    // is as wide as its text and stays on the pad.
    QRectF markBox(const DigitMark& mark) const;
    QRectF markLabelRect(const DigitMark& mark) const;
    // Every mark's label, in digitMarks()' order, each moved off the pad's side of any label before
    // it that it would cover (the boxes of digits written against each other overlap).
    std::vector<QRectF> markLabelRects() const;

    // A picture under the ink, filling the middle of the pad: a test image or a saved sample
    // opened to be looked at, drawn over or compared with. Clear takes it away with the drawing.
    void setBackdrop(const QImage& image);
    bool hasBackdrop() const { return !backdrop_.isNull(); }
    QRectF backdropRect() const;

    // The width strokes are shown at (a mouse; a pen's pressure scales it). It does not follow
    // the window's size, and a small drawing is shown with a thinner pen, the way the
    // recognizer sees it, instead of as a blob.
    double inkWidth() const { return inkWidth_; }
    // Pad pixels per drawing unit: 1, or less when the pad has shrunk below the drawing, so the
    // whole drawing stays in view (the drawing itself, and what is read, do not change).
    double viewScale() const { return scale_; }
    // How far ink reaches beyond a stroke's points: half the widest pen in the drawing.
    double inkReach() const;
    static constexpr double kNominalInkWidth = 16;
    QSize sizeHint() const override { return {420, 420}; }
    QSize minimumSizeHint() const override { return {200, 200}; }

public slots:
    void clear();
    // Takes the last stroke back, or, on an empty pad, what the last Clear took away.
    void undoStroke();

signals:
    void strokeChanged();  // a point was added to the stroke being drawn
    void drawingChanged(); // a stroke was finished, undone or the canvas cleared
    void clearUndone();    // Ctrl+Z brought back what the last Clear took away

protected:
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void tabletEvent(QTabletEvent* event) override;

private:
    void beginStroke(const QPointF& at, double pressure);
    void extendStroke(const QPointF& at, double pressure);
    void endStroke();
    double penWidth(double pressure) const;
    // The ink width that suits the drawing as it is now.
    double fittedInkWidth() const;
    // Measures the drawing afresh (after a clear or an undo): the ink width and the widest pen.
    void measureInk();
    void fitView();
    // The buffer holds the pad as shown minus the digit marks; only changes are drawn into it.
    void redrawInk();
    void inkLastPoint();
    QRectF inkSegment(QPainter& painter, const Stroke& stroke, std::size_t i) const;

    void paintDigitMarks(QPainter& painter) const;

    Drawing drawing_;
    bool drawing_active_ = false;
    std::vector<DigitMark> marks_;
    QImage backdrop_;
    QImage ink_;
    double inkWidth_ = kNominalInkWidth;
    double scale_ = 1;
    // The widest pressureWidthFactor among the drawing's points, kept as points arrive, so
    // painting the marks never walks the whole drawing.
    double widestFactor_ = 1.0;
    std::optional<Drawing> cleared_; // what the last Clear took away, until a new stroke begins
};

} // namespace digitpad
