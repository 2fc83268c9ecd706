#include "TrialPlot.h"

#include "ChartStyle.h"
#include "Colours.h"

#include <QEvent>
#include <QChart>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QValueAxis>

#include <algorithm>

namespace digitpad {

TrialPlot::TrialPlot(QWidget* parent) : QChartView(new QChart, parent) {
    setAccessibleName(tr("Accuracy of each trial against a parameter"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(220, 170);
    chart()->legend()->hide();
    chart()->setMargins(QMargins(4, 4, 4, 4));
    followSystem(*chart(), palette());
}

void TrialPlot::clear() {
    chart()->removeAllSeries();
    for (QAbstractAxis* axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
}

void TrialPlot::show(const TuningResult& search, const ParameterInfo* chosen) {
    clear();
    QChart* chart = this->chart();
    if (!chosen || search.trials.empty()) {
        chart->setTitle(tr("Accuracy of each trial"));
        return;
    }
    const ParameterInfo& parameter = *chosen;
    chart->setTitle(tr("Accuracy against %1").arg(QString::fromStdString(parameter.name)));
    auto* all = new QScatterSeries;
    all->setMarkerSize(9);
    const ThemeColours colours = ThemeColours::of(palette());
    all->setColor(colours.bar);
    auto* best = new QScatterSeries;
    best->setMarkerSize(13);
    best->setColor(colours.good);
    double low = 1, high = 0, left = 0, right = 0;
    bool first = true;
    for (std::size_t i = 0; i < search.trials.size(); ++i) {
        const TrialResult& trial = search.trials[i];
        const auto value = trial.parameters.find(parameter.name);
        if (value == trial.parameters.end()) continue;
        (i == search.best ? best : all)->append(value->second, trial.meanAccuracy);
        low = std::min(low, trial.meanAccuracy);
        high = std::max(high, trial.meanAccuracy);
        left = first ? value->second : std::min(left, value->second);
        right = first ? value->second : std::max(right, value->second);
        first = false;
    }
    chart->addSeries(all);
    chart->addSeries(best);
    QAbstractAxis* x = nullptr;
    if (parameter.logScale && left > 0) {
        auto* axis = new QLogValueAxis;
        axis->setBase(10);
        axis->setLabelFormat("%.3g");
        axis->setRange(left / 2, right * 2);
        x = axis;
    } else {
        auto* axis = new QValueAxis;
        const double pad = std::max(1e-9, (right - left) * 0.1 + (right == left ? 1 : 0));
        axis->setRange(left - pad, right + pad);
        axis->setLabelFormat(parameter.integer ? "%.0f" : "%.3g");
        x = axis;
    }
    x->setTitleText(QString::fromStdString(parameter.name) + (parameter.logScale ? tr(" (log scale)") : QString()));
    auto* y = new QValueAxis;
    const double margin = std::max(0.002, (high - low) * 0.15);
    y->setRange(std::max(0.0, low - margin), std::min(1.0, high + margin));
    y->setLabelFormat("%.3f");
    y->setTitleText(tr("cross-validated accuracy"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QScatterSeries* s : {all, best}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    followSystem(*chart, palette());
}

void TrialPlot::changeEvent(QEvent* event) {
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) followSystem(*chart(), palette());
}

} // namespace digitpad
