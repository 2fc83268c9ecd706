#pragma once
#include "classic/ClassicModels.h"
#include "classic/Tuning.h"

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace digitpad {

class BackgroundJob;
class TrialPlot;

// Grid or random search over a classical model's parameters from the app: k-fold
// cross-validation on a subset of the MNIST training images (core's tuneClassicModel, the
// same search as `digitpad-cli tune`), a table of trials that fills in as each one ends with
// the best highlighted, a plot of accuracy against each parameter (log axes where the
// parameter is searched on a log scale), cancel, and "Train the best".
class SearchPanel : public QWidget {
    Q_OBJECT
public:
    explicit SearchPanel(QWidget* parent = nullptr);
    ~SearchPanel() override;

    // The model whose parameters are searched: a classical model type's name ("svm-hog").
    void setModelType(const QString& name);
    bool isSearching() const;

    QComboBox* searchBox() const { return search_; }
    QSpinBox* trialsBox() const { return trialCount_; }
    QSpinBox* foldsBox() const { return folds_; }
    QSpinBox* imagesBox() const { return images_; }
    QLineEdit* valuesEdit() const { return values_; }
    QLabel* summaryLabel() const { return summary_; }
    QPushButton* startButton() const { return start_; }
    QPushButton* cancelButton() const { return cancel_; }
    QPushButton* trainBestButton() const { return trainBest_; }
    QTableWidget* table() const { return table_; }
    QComboBox* plotParameterBox() const { return plotParameter_; }
    TrialPlot* plot() const { return plot_; }
    const std::vector<TrialResult>& trials() const { return trials_.trials; }
    // Index of the best trial so far (-1: none).
    int bestTrial() const { return trials_.trials.empty() ? -1 : static_cast<int>(trials_.best); }

public slots:
    void start();
    void cancel();

signals:
    // Train `type` with these parameters on `images` training images (the Models page does).
    void trainBest(const QString& type, const digitpad::HyperParameters& parameters, int images);
    void statusMessage(const QString& message);

private:
    void setRunning(bool running);
    TuningOptions::Search searchKind() const;
    void showDefaultValues();
    void addTrial(const TrialResult& trial, std::size_t index, std::size_t total);
    void highlightBest();
    void redrawPlot();
    TuningOptions options() const;

    QComboBox* search_;
    QSpinBox* trialCount_;
    QSpinBox* folds_;
    QSpinBox* images_;
    QLineEdit* values_; // what each parameter takes, as `tune --param` writes it
    QPushButton* start_;
    QPushButton* cancel_;
    QPushButton* trainBest_;
    QProgressBar* progress_;
    QLabel* summary_;
    QTableWidget* table_;
    QComboBox* plotParameter_;
    TrialPlot* plot_;
    std::unique_ptr<BackgroundJob> job_;
    QString type_;
    QString searchedType_; // the type of the trials shown
    int searchedImages_ = 0;
    TuningResult trials_; // the trials so far, and which is best
};

} // namespace digitpad
