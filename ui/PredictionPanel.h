#pragma once
#include "reading/DrawingReader.h"

#include <QWidget>

class QLabel;

namespace digitpad {

class ProbabilityBars;

// The result: the digit, large; all ten probabilities; a low-confidence warning; and the
// 28x28 image the model actually saw, magnified.
class PredictionPanel : public QWidget {
    Q_OBJECT
public:
    explicit PredictionPanel(QWidget* parent = nullptr);

    void showRecognition(const DrawingReading& result);
    void showEmpty(const QString& hint);
    // The reading in one sentence, as a screen reader should say it: "Read as 7, 98% sure",
    // "Read as 2026; digit 3 doubtful".
    static QString spokenReading(const DrawingReading& result);
    QString numberText() const;
    int shownDigit() const { return digit_; }
    QString digitText() const;
    // The line under the answer: how sure, the doubt warning, or that it looks like no digit.
    QString confidenceText() const;
    ProbabilityBars* bars() const { return bars_; }

    // Below this top probability the answer is flagged as a guess.
    static constexpr float kConfidentAbove = kDoubtfulBelow;

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void showNumber(const DrawingReading& number);
    void fitAnswer();
    int answerPointSize_ = 64;
    QLabel* digitLabel_;
    QLabel* confidenceLabel_;
    QLabel* numberLabel_;
    QLabel* preview_;
    ProbabilityBars* bars_;
    int digit_ = -1;
};

} // namespace digitpad
