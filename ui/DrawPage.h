#pragma once
#include <QTimer>

#include "data/Image28.h"
#include "model/DrawingOffsets.h"

#include <optional>
#include <vector>
#include <QWidget>

class QComboBox;
class QLabel;

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
    QWidget* replayBanner() const { return replayBanner_; }

    // The image opened on the pad (a test image, a sample), while it is there.
    const std::optional<Image28>& openedImage() const { return opened_; }

public slots:
    void recognizeNow();
    // Shows `image` on the pad and reads it as the model's input, with its saliency and feature
    // maps; drawing over it reads the drawing instead, with the image left under it to compare.
    // A person's digit (ImagesOf::People: a sample, a picture) is read as the pad reads drawings.
    void openImage(const digitpad::Image28& image, const QString& what, digitpad::ImagesOf kind = digitpad::ImagesOf::Mnist);
    // The labelled drawing was saved (`digits`: its label, one digit per digit of a number),
    // making `count` samples in all: the pad is cleared for the next one and the status bar says
    // what was saved. Ctrl+Z then takes the save back and brings the drawing back.
    void samplesSaved(const std::vector<int>& digits, int count);
    // The pad reads with an epoch of a training run (`what` says which), not the model in use:
    // a banner says so, with a way back. Empty: back to the model in use.
    void showReplay(const QString& what);
    // A picture of a digit (the bytes of a PNG, JPEG... file; `name` for messages) put on the pad
    // and read like a test image, through the same preprocessing. False, after saying why, when
    // it is no readable picture or holds no ink.
    bool openPicture(const QByteArray& bytes, const QString& name);
    bool openPictureFile(const QString& path);
    // What the clipboard holds: a picture, or a picture file's name.
    bool pastePicture();

signals:
    // "Back to the model in use", from the replay banner.
    void replayEndRequested();
    void statusMessage(const QString& message);
    // The user says what the drawing really is: one digit, or each digit of a number in turn.
    void samplesLabelled(const std::vector<digitpad::Image28>& images, const std::vector<int>& digits);
    // The user took back the last save, of `count` samples.
    void samplesTakenBack(int count);

protected:
    void changeEvent(QEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void showResult(const DrawingReading& result);
    void followTheme();

    Recognizer* recognizer_;
    CanvasWidget* canvas_;
    PredictionPanel* panel_;
    InsightView* insight_;
    QComboBox* mode_;
    QWidget* replayBanner_;
    QLabel* replayText_;
    void labelDrawing(int digit);
    // "Why not this digit?" from a click on its bar; the digit read, or the one asked already, goes back.
    void askWhyNot(int digit);
    void announce(const QString& reading);
    // Reads what is on the pad: the drawing, or with none, the opened image.
    void readAgain();
    void takeBackSave();

    QTimer liveTimer_; // throttles recognition while a stroke is being drawn
    std::vector<Image28> shownDigits_;  // every digit of the shown result, left to right
    std::vector<int> typedLabels_;      // the digits typed so far for the digits of a shown number
    std::optional<Image28> opened_;
    ImagesOf openedKind_ = ImagesOf::Mnist;
    int lastSaved_ = 0; // samples the last save added, while Ctrl+Z can still take it back
};

} // namespace digitpad
