#pragma once
#include "metrics/Metrics.h"

#include <QWidget>

namespace digitpad {

// A 10x10 confusion matrix as a heatmap: rows are the true digit, columns the predicted one,
// colour by the share of the row, counts in the cells, a colour legend. Hover shows count and
// rate; a click selects the cell (e.g. the 4s read as 9s).
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
    QSize sizeHint() const override { return {520, 460}; }

signals:
    void cellClicked(int truth, int predicted);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    QRectF gridRect() const;
    bool cellAt(const QPointF& position, int& truth, int& predicted) const;
    double rate(int truth, int predicted) const;
    static QColor colourFor(double rate);

    ConfusionMatrix matrix_;
    bool hasMatrix_ = false;
    int hoverTruth_ = -1;
    int hoverPredicted_ = -1;
};

} // namespace digitpad
