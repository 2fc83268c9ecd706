#include "TrainingCharts.h"
#include "LocalNumbers.h"

#include "ChartStyle.h"
#include "Colours.h"

#include <QEvent>
#include <QChartView>
#include <QBoxLayout>
#include <QResizeEvent>

#include <cmath>
#include <tuple>
#include <QLegendMarker>
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
    // Qt elides labels it thinks too long for a narrow chart ("0.98" became "…" at 800x600):
    // a few characters always fit beside the plot.
    a->setTruncateLabels(false);
    return a;
}

// Its colour comes from the theme (TrainingCharts::followTheme).
QLineSeries* series(const QString& name, bool points) {
    auto* s = new QLineSeries;
    s->setName(name);
    QPen pen;
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
    view->setAccessibleName(title);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(TrainingCharts::kChartMinimum);
    return view;
}

// Whole epochs only: ticks every ceil(epochs / 10) epochs from 0, so the labels never read 0 0 0 0 1.
// The axis runs a little past the last epoch so that its dots are not cut in half by the edge.
void setEpochRange(QValueAxis* axis, int epochs) {
    epochs = std::max(1, epochs);
    axis->setRange(0, epochs + std::max(0.12, 0.04 * epochs));
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval((epochs + 9) / 10);
}

// The top of the loss axis: the next of 1, 2, 2.5 and 5 times a power of ten, so that five equal
// steps from 0 give short labels (0.5, 1.0 ... 2.5) instead of ones like 2.41.
double niceCeiling(double value) {
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 2.5, 5.0})
        if (value <= step * power * (1 + 1e-9)) return step * power;
    return 10 * power;
}

void setLossRange(QValueAxis* axis, double top) {
    axis->setRange(0, top);
    axis->setTickCount(6);
    axis->setLabelFormat(top >= 0.5 ? "%.1f" : "%.2f");
}

void attach(QChart* chart, QLineSeries* s, QValueAxis* x, QValueAxis* y) {
    chart->addSeries(s);
    s->attachAxis(x);
    s->attachAxis(y);
}

} // namespace

TrainingCharts::TrainingCharts(QWidget* parent)
    : QWidget(parent), lossView_(chartView(tr("Loss (cross-entropy)"), this)), accuracyView_(chartView(tr("Accuracy"), this)),
      batchLoss_(series(tr("batch (smoothed)"), false)), epochLoss_(series(tr("epoch"), true)),
      trainAccuracy_(series(tr("train"), true)), validationAccuracy_(series(tr("validation"), true)),
      lossMark_(series(QString(), false)), accuracyMark_(series(QString(), false)),
      lossX_(axis(tr("epoch"), 0, 1, "%.0f")), lossY_(axis(tr("loss"), 0, 1, "%.2f")),
      accuracyX_(axis(tr("epoch"), 0, 1, "%.0f")), accuracyY_(axis(tr("accuracy"), 0.9, 1, "%.2f")) {
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
    for (auto [chart, mark, x, y] : {std::tuple{loss, lossMark_, lossX_, lossY_}, std::tuple{accuracy, accuracyMark_, accuracyX_, accuracyY_}}) {
        QPen pen = mark->pen();
        pen.setStyle(Qt::DashLine);
        pen.setWidthF(2);
        mark->setPen(pen);
        attach(chart, mark, x, y);
        chart->legend()->markers(mark).front()->setVisible(false);
    }
    setLossRange(lossY_, 1);
    followTheme();
    layout_ = new QBoxLayout(QBoxLayout::LeftToRight, this);
    layout_->setContentsMargins(0, 0, 0, 0);
    layout_->addWidget(lossView_);
    layout_->addWidget(accuracyView_);
}

void TrainingCharts::resizeEvent(QResizeEvent* event) {
    // Side by side where both fit at a readable width, one above the other on a small screen.
    const bool sideBySide = event->size().width() >= 2 * kChartMinimum.width() + 2 * layout_->spacing() + 120;
    layout_->setDirection(sideBySide ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    QWidget::resizeEvent(event);
}

QSize TrainingCharts::minimumSizeHint() const {
    return {kChartMinimum.width(), 2 * kChartMinimum.height() + layout_->spacing()};
}

bool TrainingCharts::sideBySide() const { return layout_->direction() == QBoxLayout::LeftToRight; }

void TrainingCharts::markEpoch(int epoch) {
    markedEpoch_ = epoch;
    for (QLineSeries* mark : {lossMark_, accuracyMark_}) {
        mark->clear();
        // Far beyond both axes' ranges, whatever they grow to: the plot area clips the line.
        if (epoch > 0) mark->append({QPointF(epoch, -1000), QPointF(epoch, 1000)});
    }
}

void TrainingCharts::reset(int epochs) {
    markEpoch(0);
    for (QLineSeries* s : {batchLoss_, epochLoss_, trainAccuracy_, validationAccuracy_}) s->clear();
    describeEpochs();
    maxLoss_ = 0;
    minAccuracy_ = 1;
    setEpochRange(lossX_, epochs);
    setLossRange(lossY_, 1);
    setEpochRange(accuracyX_, epochs);
    accuracyY_->setRange(0.9, 1);
    accuracyY_->setTickCount(6);
}

void TrainingCharts::addBatchLoss(double epochPosition, double smoothedLoss) {
    batchLoss_->append(epochPosition, smoothedLoss);
    if (smoothedLoss > maxLoss_) {
        maxLoss_ = smoothedLoss;
        setLossRange(lossY_, niceCeiling(std::max(0.1, maxLoss_)));
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
    describeEpochs();
}

// The charts' text alternative: each epoch's figures, as a screen reader reads a description.
void TrainingCharts::describeEpochs() {
    QStringList losses, accuracies;
    for (int i = 0; i < epochLoss_->count(); ++i) {
        const QPointF loss = epochLoss_->at(i), train = trainAccuracy_->at(i);
        losses << tr("epoch %1: %2").arg(loss.x()).arg(localNumber(loss.y(), 3));
        QString accuracy = tr("epoch %1: train %2%").arg(train.x()).arg(localNumber(train.y() * 100, 1));
        for (const QPointF& v : validationAccuracy_->points())
            if (v.x() == train.x()) accuracy += tr(", validation %1%").arg(localNumber(v.y() * 100, 1));
        accuracies << accuracy;
    }
    lossView_->setAccessibleDescription(tr("Loss by epoch: %1").arg(losses.join("; ")));
    accuracyView_->setAccessibleDescription(tr("Accuracy by epoch: %1").arg(accuracies.join("; ")));
}

int TrainingCharts::batchPointCount() const { return static_cast<int>(batchLoss_->count()); }
int TrainingCharts::epochPointCount() const { return static_cast<int>(epochLoss_->count()); }

QImage TrainingCharts::toImage() { return grab().toImage(); }

bool TrainingCharts::hasData() const { return batchLoss_->count() > 0 || epochLoss_->count() > 0; }

// The system's theme: a dark one gets dark charts, with series colours that read on them.
void TrainingCharts::followTheme() {
    const ThemeColours colours = ThemeColours::of(palette());
    recolour(*batchLoss_, colours.bar);
    recolour(*epochLoss_, colours.series);
    recolour(*trainAccuracy_, colours.series);
    recolour(*validationAccuracy_, colours.good);
    recolour(*lossMark_, colours.mark);
    recolour(*accuracyMark_, colours.mark);
    followSystem(*lossView_->chart(), palette());
    followSystem(*accuracyView_->chart(), palette());
}

void TrainingCharts::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) followTheme();
}

} // namespace digitpad
