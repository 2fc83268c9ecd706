#pragma once
#include "model/Classifier.h"

#include <QWidget>

namespace digitpad {

// Ten horizontal bars, one per digit, the winner highlighted. Double-clicking a bar emits its
// digit (the user saying "this is what I meant"); a single click asks "why not this one?", and
// the digit asked about is outlined. A stray click saves nothing.
class ProbabilityBars : public QWidget {
    Q_OBJECT
public:
    explicit ProbabilityBars(QWidget* parent = nullptr);
    void setProbabilities(const Probabilities& probabilities);
    void clear();
    // Outlines this digit's row (-1: none).
    void setAsked(int digit);
    int asked() const { return asked_; }
    const Probabilities& probabilities() const { return probabilities_; }
    QSize sizeHint() const override { return {260, 230}; }
    // Where a digit's row is drawn (and clicked).
    QRectF rowRect(int digit) const;

signals:
    void digitClicked(int digit);
    void digitAsked(int digit);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    int rowAt(const QMouseEvent& event) const;

    Probabilities probabilities_{};
    bool hasValues_ = false;
    int asked_ = -1;
    bool endsDoubleClick_ = false;
};

} // namespace digitpad
