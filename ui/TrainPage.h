#pragma once
#include "data/Dataset.h"
#include "metrics/Evaluate.h"
#include "model/Classifier.h"
#include "train/TrainAndTest.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSlider;
class QSpinBox;

namespace digitpad {

class BackgroundJob;
class TrainingCharts;

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
    QPushButton* startButton() const { return start_; }
    QPushButton* cancelButton() const { return cancel_; }
    QPushButton* useButton() const { return use_; }
    QLabel* dataProblemLabel() const { return dataProblem_; }
    QLabel* resultLabel() const { return result_; }
    std::shared_ptr<Classifier> candidate() const { return candidate_; }
    QSlider* epochSlider() const { return replaySlider_; }
    QCheckBox* replayBox() const { return replayOnPad_; }
    QPushButton* evaluateEpochButton() const { return evaluateEpoch_; }
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
    QWidget* buildForm();
    void checkDataFolder();
    void chooseDataFolder();
    void setRunning(bool running);
    void onBatch(const BatchProgress& progress, int epochs);
    void onEpoch(const EpochReport& report);
    void onFinished(const TestedModel& run);
    void onFailed(const QString& message);
    QWidget* buildReplayRow();
    void showChosenEpoch();
    int lastKeptEpoch() const;
    QString chosenEpochText() const;
    void saveSettings() const;
    void loadSettings();

    QLineEdit* folder_;
    QLabel* dataProblem_;
    QPushButton* chooseFolder_;
    QComboBox* architecture_;
    QSpinBox* epochs_;
    QSpinBox* batch_;
    QDoubleSpinBox* learningRate_;
    QSpinBox* subset_;
    QSpinBox* validation_;
    QCheckBox* augment_;
    QSpinBox* threads_;
    QPushButton* start_;
    QPushButton* cancel_;
    QProgressBar* progress_;
    QLabel* speed_;
    TrainingCharts* charts_;
    QLabel* result_;
    QPushButton* use_;
    QPushButton* save_;
    std::unique_ptr<BackgroundJob> job_;
    std::size_t runThreads_ = 1; // the threads the run in progress trains on
    std::shared_ptr<Classifier> candidate_;
    QWidget* replayRow_;
    QSlider* replaySlider_;
    QLabel* replayLabel_;
    QCheckBox* replayOnPad_;
    QPushButton* evaluateEpoch_;
    std::string runArchitecture_;
    std::vector<EpochReport> kept_; // every finished epoch of the last run, with its weights
    std::shared_ptr<Classifier> chosen_; // the model of the epoch shown, built when first asked for
    bool running_ = false; // from Start until the result (or failure) has been shown
};

} // namespace digitpad
