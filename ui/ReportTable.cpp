#include "ReportTable.h"
#include "LocalNumbers.h"

#include <QHeaderView>

namespace digitpad {
namespace {

QTableWidgetItem* cell(const QString& text, bool bold = false) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (bold) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
    return item;
}

} // namespace

ReportTable::ReportTable(QWidget* parent) : QTableWidget(kClassCount + 3, 4, parent) {
    setAccessibleName(tr("Classification report: precision, recall and F1 of each digit"));
    setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move inside it
    setHorizontalHeaderLabels({tr("precision"), tr("recall"), tr("F1"), tr("support")});
    QStringList rows;
    for (int d = 0; d < kClassCount; ++d) rows << tr("digit %1").arg(d);
    rows << tr("macro avg") << tr("weighted avg") << tr("accuracy");
    setVerticalHeaderLabels(rows);
    horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    setAlternatingRowColors(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setMinimumWidth(340);
}

void ReportTable::setReport(const ClassificationReport& report) {
    auto fill = [this](int row, const ClassScores& s, bool bold) {
        setItem(row, 0, cell(localNumber(s.precision, 4), bold));
        setItem(row, 1, cell(localNumber(s.recall, 4), bold));
        setItem(row, 2, cell(localNumber(s.f1, 4), bold));
        setItem(row, 3, cell(QString::number(s.support), bold));
    };
    for (int d = 0; d < kClassCount; ++d) fill(d, report.perClass[d], false);
    fill(kClassCount, report.macro, true);
    fill(kClassCount + 1, report.weighted, true);
    for (int c = 0; c < 4; ++c) setItem(kClassCount + 2, c, cell(QString()));
    setItem(kClassCount + 2, 2, cell(localNumber(report.accuracy, 4), true));
    setItem(kClassCount + 2, 3, cell(QString::number(report.total), true));
}

} // namespace digitpad
