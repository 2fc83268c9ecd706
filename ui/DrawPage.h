#pragma once
#include <QTimer>

#include "data/Image28.h"

#include <optional>
#include <QWidget>

class QComboBox;

namespace digitpad {

class CanvasWidget;
class InsightView;
class PredictionPanel;
class Recognizer;
struct DrawingReading;

// The main page: the pad on the left, the live result on the right.
class DrawPage : public QWidget {
    Q_OBJECT
public:
    DrawPage(Recognizer* recognizer, QWidget* parent = nullptr);

    CanvasWidget* canvas() const { return canvas_; }
    PredictionPanel* panel() const { return panel_; }
    InsightView* insight() const { return insight_; }
    QComboBox* modeBox() const { return mode_; }

public slots:
    void recognizeNow();
    // The labelled drawing was saved as sample number `count`: the pad is cleared for the next
    // one (Ctrl+Z brings it back) and the status bar says what was saved.
    void sampleSaved(int digit, int count);

signals:
    void statusMessage(const QString& message);
    // The user says what the drawing (a number: its least sure digit) really is.
    void sampleLabelled(const digitpad::Image28& image, int digit);

private:
    void showResult(const DrawingReading& result);

    Recognizer* recognizer_;
    CanvasWidget* canvas_;
    PredictionPanel* panel_;
    InsightView* insight_;
    QComboBox* mode_;
    void labelDrawing(int digit);

    QTimer liveTimer_; // throttles recognition while a stroke is being drawn
    std::optional<Image28> shownImage_; // what the shown result was read from
    QString shownPart_; // which digit of a number shownImage_ is ("digit 2 of 3"), empty for one digit
};

} // namespace digitpad
