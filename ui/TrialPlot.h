#pragma once
// A parameter search drawn: each trial's cross-validated accuracy against one parameter, the best
// trial larger and green, a log axis for parameters that span decades.
#include "classic/Tuning.h"

#include <QChartView>

namespace digitpad {

class TrialPlot : public QChartView {
    Q_OBJECT
public:
    explicit TrialPlot(QWidget* parent = nullptr);

    // Redraws for `search`, against `parameter` (nullptr: nothing to plot yet).
    void show(const TuningResult& search, const ParameterInfo* parameter);
    using QChartView::show;

protected:
    void changeEvent(QEvent* event) override;

private:
    void clear();
};

} // namespace digitpad
