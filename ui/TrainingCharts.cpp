#include "TrainingCharts.h"

#include <QChartView>
#include <QHBoxLayout>
#include <QLineSeries>
#include <QPainter>
#include <QValueAxis>

namespace digitpad {
namespace {

QValueAxis* axis(const QString& title, double min, double max, const QString& format) {
    auto* a = new QValueAxis;
    a->setTitleText(title);
    a->setRange(min, max);
    a->setLabelFormat(format);
    return a;
}

QLineSeries* series(const QString& name, const QColor& color, bool points) {
    auto* s = new QLineSeries;
    s->setName(name);
    QPen pen(color);
    pen.setWidthF(points ? 2.5 : 1.5);
    s->setPen(pen);
    s->setPointsVisible(points);
    return s;
}

QChartView* chartView(const QString& title, QWidget* parent) {
    auto* chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 240);
    return view;
}

// Whole epochs only: ticks every ceil(epochs / 10) epochs from 0, so the labels never read 0 0 0 0 1.
void setEpochRange(QValueAxis* axis, int epochs) {
    epochs = std::max(1, epochs);
    axis->setRange(0, epochs);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval((epochs + 9) / 10);
}

void attach(QChart* chart, QLineSeries* s, QValueAxis* x, QValueAxis* y) {
    chart->addSeries(s);
    s->attachAxis(x);
    s->attachAxis(y);
}

} // namespace

TrainingCharts::TrainingCharts(QWidget* parent)
    : QWidget(parent), lossView_(chartView(tr("Loss"), this)), accuracyView_(chartView(tr("Accuracy"), this)),
      batchLoss_(series(tr("batch (smoothed)"), QColor(0x60, 0xa5, 0xfa), false)),
      epochLoss_(series(tr("epoch"), QColor(0x1d, 0x4e, 0xd8), true)),
      trainAccuracy_(series(tr("train"), QColor(0x1d, 0x4e, 0xd8), true)),
      validationAccuracy_(series(tr("validation"), QColor(0x16, 0xa3, 0x4a), true)),
      lossX_(axis(tr("epoch"), 0, 1, "%d")), lossY_(axis(tr("cross-entropy"), 0, 1, "%.2f")),
      accuracyX_(axis(tr("epoch"), 0, 1, "%d")), accuracyY_(axis(tr("accuracy"), 0.9, 1, "%.2f")) {
    setEpochRange(lossX_, 1);
    setEpochRange(accuracyX_, 1);
    QChart* loss = lossView_->chart();
    loss->addAxis(lossX_, Qt::AlignBottom);
    loss->addAxis(lossY_, Qt::AlignLeft);
    attach(loss, batchLoss_, lossX_, lossY_);
    attach(loss, epochLoss_, lossX_, lossY_);
    QChart* accuracy = accuracyView_->chart();
    accuracy->addAxis(accuracyX_, Qt::AlignBottom);
    accuracy->addAxis(accuracyY_, Qt::AlignLeft);
    attach(accuracy, trainAccuracy_, accuracyX_, accuracyY_);
    attach(accuracy, validationAccuracy_, accuracyX_, accuracyY_);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(lossView_);
    layout->addWidget(accuracyView_);
}

void TrainingCharts::reset(int epochs) {
    for (QLineSeries* s : {batchLoss_, epochLoss_, trainAccuracy_, validationAccuracy_}) s->clear();
    maxLoss_ = 0;
    minAccuracy_ = 1;
    setEpochRange(lossX_, epochs);
    lossY_->setRange(0, 1);
    setEpochRange(accuracyX_, epochs);
    accuracyY_->setRange(0.9, 1);
    accuracyY_->setTickCount(6);
}

void TrainingCharts::addBatchLoss(double epochPosition, double smoothedLoss) {
    batchLoss_->append(epochPosition, smoothedLoss);
    if (smoothedLoss > maxLoss_) {
        maxLoss_ = smoothedLoss;
        lossY_->setRange(0, std::max(0.1, maxLoss_ * 1.05));
    }
}

void TrainingCharts::addEpoch(int epoch, double loss, double trainAccuracy, double validationAccuracy) {
    epochLoss_->append(epoch, loss);
    trainAccuracy_->append(epoch, trainAccuracy);
    minAccuracy_ = std::min(minAccuracy_, trainAccuracy);
    if (validationAccuracy >= 0) {
        validationAccuracy_->append(epoch, validationAccuracy);
        minAccuracy_ = std::min(minAccuracy_, validationAccuracy);
    }
    // Nice ticks: the lower bound snaps down to a multiple of 0.02 (or 0.1 for poor accuracies).
    const double step = minAccuracy_ > 0.8 ? 0.02 : 0.1;
    const double low = std::max(0.0, std::floor(minAccuracy_ / step) * step);
    accuracyY_->setRange(low, 1.0);
    // At most 10 intervals either way: (1 - 0.8) / 0.02 or (1 - 0) / 0.1.
    accuracyY_->setTickCount(static_cast<int>(std::lround((1.0 - low) / step)) + 1);
}

int TrainingCharts::batchPointCount() const { return static_cast<int>(batchLoss_->count()); }
int TrainingCharts::epochPointCount() const { return static_cast<int>(epochLoss_->count()); }

QImage TrainingCharts::toImage() { return grab().toImage(); }

bool TrainingCharts::hasData() const { return batchLoss_->count() > 0 || epochLoss_->count() > 0; }

} // namespace digitpad
