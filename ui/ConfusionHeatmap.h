#pragma once
#include "metrics/Metrics.h"

#include <QWidget>

#include <utility>

namespace digitpad {

// A 10x10 confusion matrix as a heatmap: rows are the true digit, columns the predicted one,
// colour by the share of the row, counts in the cells, a colour legend. Hover shows count and
// rate; a click selects the cell (e.g. the 4s read as 9s). From the keyboard, the arrow keys move
// a frame from cell to cell (starting on the largest mistake) and Enter selects; a screen reader
// hears the cell as its description ("True 4, predicted 9: 12 images, ...").
class ConfusionHeatmap : public QWidget {
    Q_OBJECT
public:
    explicit ConfusionHeatmap(QWidget* parent = nullptr);
    void setMatrix(const ConfusionMatrix& matrix);
    void clear();
    const ConfusionMatrix& matrix() const { return matrix_; }
    bool hasMatrix() const { return hasMatrix_; }
    // Where a cell is drawn, for tests and hit-testing.
    QRectF cellRect(int truth, int predicted) const;
    QString cellDescription(int truth, int predicted) const;
    // The cell the keyboard is on ({-1, -1} before the heatmap takes focus).
    QPoint currentCell() const { return {keyPredicted_, keyTruth_}; }
    QSize sizeHint() const override { return {520, 460}; }

signals:
    void cellClicked(int truth, int predicted);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    QRectF gridRect() const;
    bool cellAt(const QPointF& position, int& truth, int& predicted) const;
    double rate(int truth, int predicted) const;
    void setCurrentCell(int truth, int predicted);
    std::pair<int, int> largestMistake() const;

    ConfusionMatrix matrix_;
    bool hasMatrix_ = false;
    int hoverTruth_ = -1;
    int hoverPredicted_ = -1;
    int keyTruth_ = -1;
    int keyPredicted_ = -1;
};

} // namespace digitpad
