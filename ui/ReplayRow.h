#pragma once
// "Replay": a slider over the epochs a training run kept, the epoch shown, "Read my drawings
// with it" and "Evaluate it".
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QSlider;

namespace digitpad {

class ReplayRow : public QWidget {
    Q_OBJECT
public:
    explicit ReplayRow(QWidget* parent = nullptr);

    int epoch() const;
    // The run kept epochs 1..`last`; `follow`: show the newest (unless the person moved back).
    void setKept(int last, bool follow);
    void setLabel(int epoch, int last);
    bool readsOnPad() const;
    // Unticks "Read my drawings with it" without saying so (the pad went back by itself).
    void stopReadingOnPad();

    QSlider* slider() const { return slider_; }
    QCheckBox* padBox() const { return onPad_; }
    QPushButton* evaluateButton() const { return evaluate_; }

signals:
    void epochChosen(int epoch);
    void padToggled(bool on);
    void evaluateRequested();

private:
    QSlider* slider_;
    QLabel* label_;
    QCheckBox* onPad_;
    QPushButton* evaluate_;
};

} // namespace digitpad
