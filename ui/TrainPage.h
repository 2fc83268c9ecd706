#pragma once
#include "calibration/CalibrationSet.h"
#include "data/Dataset.h"
#include "metrics/Evaluate.h"
#include "model/Classifier.h"
#include "train/RunHistory.h"
#include "train/TrainAndTest.h"

#include <QWidget>

#include <functional>
#include <memory>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSlider;

namespace digitpad {

class BackgroundJob;
class TrainingCharts;
class TrainForm;
class ReplayRow;

// Train a CNN on MNIST from the GUI: the form, Start / Cancel, live charts, and at the end a
// test-set evaluation with "Use this model" and "Save model". Training runs on a worker
// thread; the active model is only replaced when the user says so. Every finished epoch is
// kept: a slider replays the run epoch by epoch (marked on the charts, read on the Draw page,
// scored by Evaluate), and Use and Save take the epoch it shows.
class TrainPage : public QWidget {
    Q_OBJECT
public:
    explicit TrainPage(QWidget* parent = nullptr);
    ~TrainPage() override;

    QString dataFolder() const;
    void setDataFolder(const QString& folder);
    bool isTraining() const;
    TrainingOptions options() const;
    void setOptions(const TrainingOptions& options, const QString& architecture);

    TrainingCharts* charts() const { return charts_; }
    QProgressBar* progressBar() const { return progress_; }
    TrainForm* form() const { return form_; }
    QPushButton* startButton() const;
    QPushButton* cancelButton() const;
    QPushButton* useButton() const { return use_; }
    QLabel* dataProblemLabel() const;
    QLabel* resultLabel() const { return result_; }
    // The calibration set's drawings of each digit a run reads after its test (the whole set by
    // default; at least kDrawingsPerDigitForOffsets fit the drawing offsets too).
    void setCalibrationDrawingsPerDigit(int perDigit) { calibrationPerDigit_ = perDigit; }
    // The second opinion a calibrated model is saved with (the bundled model's; null: none).
    void setSecondOpinion(std::shared_ptr<const Classifier> second) { secondOpinion_ = std::move(second); }
    std::shared_ptr<Classifier> candidate() const { return history_.runModel(); }
    QSlider* epochSlider() const;
    QCheckBox* replayBox() const;
    QPushButton* evaluateEpochButton() const;
    // The model of the epoch the slider shows (the run's own at its last epoch), or null.
    std::shared_ptr<Classifier> chosenModel();
    // The Draw page went back to the model in use (another one was chosen elsewhere).
    void endReplay();


public slots:
    void start();
    void cancel();
    void saveCandidate();

signals:
    void useModel(std::shared_ptr<digitpad::Classifier> model);
    void evaluated(std::shared_ptr<digitpad::Classifier> model, const digitpad::Evaluation& evaluation,
                   std::shared_ptr<const digitpad::Dataset> test);
    void statusMessage(const QString& message);
    void trainingFinished();
    // The Draw page should read with this epoch's model (`what` says which); null: with the model in use again.
    void replay(std::shared_ptr<digitpad::Classifier> model, const QString& what);
    void evaluateEpoch(std::shared_ptr<digitpad::Classifier> model, const QString& what);

private:
    void showCandidateButtons(); // Use and Save, for the model just trained if there is one
    void onBatch(const BatchProgress& progress, int epochs, int batchSize);
    void onEpoch(const EpochReport& report);
    void onFinished(const TestedModel& run);
    void onFailed(const QString& message);
    void showChosenEpoch();
    QString chosenEpochText() const;
    // Use and Save hand a model on calibrated, as a run calibrates its own: an earlier epoch (or
    // a cancelled run's model) is calibrated first, in the background, and kept so.
    void withChosenModelCalibrated(const std::function<void(const std::shared_ptr<Classifier>&)>& then);
    void showCalibratingEpoch(bool calibrating);

    TrainForm* form_;
    QProgressBar* progress_;
    QLabel* speed_;
    TrainingCharts* charts_;
    ReplayRow* replay_;
    QLabel* result_;
    QPushButton* use_;
    QPushButton* save_;
    std::unique_ptr<BackgroundJob> job_;            // the training run
    std::unique_ptr<BackgroundJob> calibrationJob_; // an epoch's calibration, also while a run goes on
    RunHistory history_;          // the last run's kept epochs and its own model
    std::size_t runThreads_ = 1;  // the threads the run in progress trains on
    bool calibrating_ = false;    // the run is tested and reads the calibration drawings
    int calibrationPerDigit_ = kCalibrationDrawingsPerDigit; // drawings of each digit the run's model is calibrated on
    std::shared_ptr<const Classifier> secondOpinion_;
};

} // namespace digitpad
