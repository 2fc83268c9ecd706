#pragma once
#include <QWidget>

class QBoxLayout;
class QChart;
class QChartView;
class QLineSeries;
class QScatterSeries;
class QValueAxis;

namespace digitpad {

// Live curves of a training run: loss per batch (smoothed) and per epoch, and train and
// validation accuracy per epoch. The x axis counts epochs, fractions during an epoch.
class TrainingCharts : public QWidget {
    Q_OBJECT
public:
    // Each chart's smallest size; two side by side need a window wider than a small screen's.
    static constexpr QSize kChartMinimum{220, 170};

    explicit TrainingCharts(QWidget* parent = nullptr);

    void reset(int epochs);
    // Whether a run has drawn anything yet (before that, an export would be an empty picture).
    bool hasData() const;
    void addBatchLoss(double epochPosition, double smoothedLoss);
    void addEpoch(int epoch, double loss, double trainAccuracy, double validationAccuracy /* < 0: none */);
    // A vertical line at this epoch on both charts (the epoch being replayed); 0 removes it.
    void markEpoch(int epoch);
    int markedEpoch() const { return markedEpoch_; }
    int batchPointCount() const;
    int epochPointCount() const;
    QImage toImage();
    bool sideBySide() const;
    // What the charts need one above the other: a narrow window stacks them.
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void followTheme();
    void describeEpochs();

    QBoxLayout* layout_ = nullptr;
    QChartView* lossView_;
    QChartView* accuracyView_;
    QLineSeries* batchLoss_;
    QLineSeries* epochLoss_;
    QLineSeries* trainAccuracy_;
    QLineSeries* validationAccuracy_;
    QLineSeries* lossMark_;
    QLineSeries* accuracyMark_;
    QValueAxis* lossX_;
    QValueAxis* lossY_;
    QValueAxis* accuracyX_;
    QValueAxis* accuracyY_;
    double maxLoss_ = 0;
    double minAccuracy_ = 1;
    int markedEpoch_ = 0;
};

} // namespace digitpad
