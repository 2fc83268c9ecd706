#pragma once
#include "metrics/Comparison.h"
#include "metrics/Evaluate.h"

#include <QTableWidget>

#include <optional>

namespace digitpad {

// The comparison table of the Models page: one row per model with what `compare` prints
// (accuracy, macro F1, training time, ms per image, size); the active model's row is bold and
// ticked.
class ModelTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { Name, Accuracy, MacroF1, TrainSeconds, MsPerImage, SizeMb, Description, ColumnCount };

    explicit ModelTable(QWidget* parent = nullptr);

    // Appends a row; `score` may be missing until the models are compared, when the test
    // result recorded in the model's file (`recorded`) and the file's size, if known, are shown
    // meanwhile.
    int addRow(const QString& name, const QString& description, const std::optional<ModelScore>& score,
               std::optional<double> trainingSeconds, const std::optional<RecordedTest>& recorded = std::nullopt,
               std::optional<qint64> fileBytes = std::nullopt);
    void setScore(int row, const ModelScore& score);
    void setActiveRow(int row);
    int selectedRow() const;

protected:
    void focusInEvent(QFocusEvent* event) override;
};

} // namespace digitpad
