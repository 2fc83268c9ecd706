#pragma once
#include "model/Classifier.h"

#include <QWidget>

namespace digitpad {

// Ten horizontal bars, one per digit, the winner highlighted. Double-clicking a bar emits its
// digit (the user saying "this is what I meant"); a single click asks "why not this one?", and
// the digit asked about is outlined. A stray click saves nothing. From the keyboard: the arrow
// keys move among the bars, Enter asks, Shift+Enter saves. Screen readers see ten list items
// (ProbabilityBarsAccessible).
class ProbabilityBars : public QWidget {
    Q_OBJECT
public:
    explicit ProbabilityBars(QWidget* parent = nullptr);
    void setProbabilities(const Probabilities& probabilities);
    void clear();
    // Outlines this digit's row (-1: none).
    void setAsked(int digit);
    int asked() const { return asked_; }
    bool hasValues() const { return hasValues_; }
    // The bar the keyboard is on (-1 before the bars take focus).
    int current() const { return current_; }
    // What a screen reader says of a digit's bar: "7: 12.4%".
    QString rowText(int digit) const;
    // Asks about `digit`, as a click on its bar does.
    void ask(int digit);
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
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    int rowAt(const QMouseEvent& event) const;
    void setCurrent(int digit);

    Probabilities probabilities_{};
    bool hasValues_ = false;
    int asked_ = -1;
    bool endsDoubleClick_ = false;
    int current_ = -1;
};

} // namespace digitpad
