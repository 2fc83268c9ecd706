#pragma once
#include "metrics/Metrics.h"

#include <QTableWidget>

namespace digitpad {

// The classification report: precision, recall, F1 and support per digit, macro and weighted
// averages, and accuracy.
class ReportTable : public QTableWidget {
    Q_OBJECT
public:
    explicit ReportTable(QWidget* parent = nullptr);
    void setReport(const ClassificationReport& report);
};

} // namespace digitpad
