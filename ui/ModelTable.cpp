#include "ModelTable.h"
#include "LocalNumbers.h"

#include <algorithm>

#include <QHeaderView>
#include <QStyle>

namespace digitpad {
namespace {

QTableWidgetItem* numberItem(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QString secondsText(std::optional<double> seconds) {
    if (!seconds) return QStringLiteral("–");
    if (*seconds < 120) return QStringLiteral("%1 s").arg(localNumber(*seconds, *seconds < 10 ? 1 : 0));
    return QStringLiteral("%1 min").arg(localNumber(*seconds / 60, 1));
}

QString megabytesText(double bytes) { return QStringLiteral("%1 MB").arg(localNumber(bytes / 1e6, 2)); }

} // namespace

ModelTable::ModelTable(QWidget* parent) : QTableWidget(0, ColumnCount, parent) {
    setHorizontalHeaderLabels({tr("Model"), tr("Test accuracy"), tr("Macro F1"), tr("Training"), tr("ms / image"),
                               tr("Size"), tr("Description")});
    setAccessibleName(tr("Models"));
    setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move inside it
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    verticalHeader()->hide();
    horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    horizontalHeader()->setStretchLastSection(true);
    setAlternatingRowColors(true);
}

int ModelTable::addRow(const QString& name, const QString& description, const std::optional<ModelScore>& score,
                       std::optional<double> trainingSeconds, const std::optional<RecordedTest>& recorded,
                       std::optional<qint64> fileBytes) {
    const int row = rowCount();
    insertRow(row);
    setItem(row, Name, new QTableWidgetItem(name));
    setItem(row, Description, new QTableWidgetItem(description));
    // Not blank, which reads as lost: these are measured by Compare, and not kept between launches.
    for (const Column c : {Accuracy, MacroF1, MsPerImage, SizeMb}) {
        setItem(row, c, numberItem(tr("not yet")));
        item(row, c)->setToolTip(tr("Not measured yet: Compare on test set measures it"));
    }
    setItem(row, TrainSeconds, numberItem(secondsText(trainingSeconds)));
    item(row, Description)->setToolTip(description);
    if (recorded) {
        item(row, Accuracy)->setText(QStringLiteral("%1%").arg(localNumber(recorded->accuracy * 100, 2)));
        item(row, Accuracy)->setToolTip(recorded->images > 0
                                            ? tr("Recorded in the model file, measured on %1 MNIST test images; "
                                                 "Compare measures it again").arg(localCount(recorded->images))
                                            : tr("Recorded in the model file; Compare measures it again"));
    }
    if (fileBytes) {
        item(row, SizeMb)->setText(megabytesText(static_cast<double>(*fileBytes)));
        item(row, SizeMb)->setToolTip(tr("The size of the model file"));
    }
    if (score) setScore(row, *score);
    return row;
}

void ModelTable::setScore(int row, const ModelScore& score) {
    item(row, Accuracy)->setText(QStringLiteral("%1%").arg(localNumber(score.accuracy * 100, 2)));
    item(row, Accuracy)->setToolTip(tr("Measured by Compare on %1 MNIST test images").arg(localCount(score.confusion.total())));
    item(row, MacroF1)->setText(localNumber(score.macroF1, 4));
    item(row, TrainSeconds)->setText(secondsText(score.trainingSeconds));
    item(row, MsPerImage)->setText(localNumber(score.millisecondsPerImage, 3));
    item(row, MsPerImage)->setToolTip(tr("Time to read one test image, in the six views the pad reads a drawing in"));
    item(row, SizeMb)->setText(megabytesText(static_cast<double>(score.sizeBytes)));
    item(row, SizeMb)->setToolTip(tr("The size of the model as DigitPad saves it"));
}

void ModelTable::setActiveRow(int active) {
    for (int row = 0; row < rowCount(); ++row)
        for (int column = 0; column < columnCount(); ++column) {
            QFont font = item(row, column)->font();
            font.setBold(row == active);
            item(row, column)->setFont(font);
        }
    for (int row = 0; row < rowCount(); ++row) {
        const bool isActive = row == active;
        item(row, Name)->setIcon(isActive ? style()->standardIcon(QStyle::SP_DialogApplyButton) : QIcon());
        item(row, Name)->setToolTip(isActive ? tr("In use: the canvas recognizes with this model") : QString());
    }
}

int ModelTable::selectedRow() const {
    const auto rows = selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

// Tab lands on a row that is only framed, and the arrows cannot choose the row they start on: a
// keyboard user arriving in the table finds that row chosen, so Use and Remove work at once.
void ModelTable::focusInEvent(QFocusEvent* event) {
    QTableWidget::focusInEvent(event);
    if (selectedItems().isEmpty() && rowCount() > 0) selectRow(std::max(currentRow(), 0));
}

} // namespace digitpad
