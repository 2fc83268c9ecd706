#pragma once
#include "model/Classifier.h"

#include <QWidget>

namespace digitpad {

// Ten horizontal bars, one per digit, the winner highlighted. Double-clicking a bar emits its
// digit (the user saying "this is what I meant"); a single stray click does nothing.
class ProbabilityBars : public QWidget {
    Q_OBJECT
public:
    explicit ProbabilityBars(QWidget* parent = nullptr);
    void setProbabilities(const Probabilities& probabilities);
    void clear();
    const Probabilities& probabilities() const { return probabilities_; }
    QSize sizeHint() const override { return {260, 230}; }
    // Where a digit's row is drawn (and clicked).
    QRectF rowRect(int digit) const;

signals:
    void digitClicked(int digit);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;

private:
    Probabilities probabilities_{};
    bool hasValues_ = false;
};

} // namespace digitpad
