#include "TrainPage.h"
#include "LocalNumbers.h"

#include "BackgroundJob.h"
#include "Counted.h"
#include "EnabledWhen.h"
#include "FileDialogs.h"
#include "ReplayRow.h"
#include "TrainForm.h"
#include "TrainingCharts.h"

#include "calibration/CalibrationSet.h"
#include "model/SecondOpinionClassifier.h"
#include "train/RunProgress.h"
#include "train/TrainAndTest.h"
#include "util/Cores.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace digitpad {

TrainPage::TrainPage(QWidget* parent)
    : QWidget(parent), form_(new TrainForm(this)), progress_(new QProgressBar(this)), speed_(new QLabel(this)),
      charts_(new TrainingCharts(this)), replay_(new ReplayRow(this)), result_(new QLabel(this)),
      use_(new QPushButton(tr("&Use this model"), this)), save_(new QPushButton(tr("Save model…"), this)),
      job_(std::make_unique<BackgroundJob>()),
      calibrationJob_(std::make_unique<BackgroundJob>()) {
    // The form, the run's progress and its result on the left; the charts get the whole height on
    // the right, which an 800x600 window needs for readable axes.
    auto* left = new QVBoxLayout;
    left->addWidget(form_);
    left->addWidget(progress_);
    left->addWidget(speed_);
    result_->setWordWrap(true);
    left->addWidget(result_);
    auto* candidate = new QHBoxLayout;
    candidate->addStretch(1);
    candidate->addWidget(use_);
    candidate->addWidget(save_);
    left->addLayout(candidate);
    left->addStretch(1);
    auto* right = new QVBoxLayout;
    right->addWidget(charts_, 1);
    right->addWidget(replay_);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(left, 0);
    layout->addLayout(right, 1);

    progress_->setFormat("%p%");
    progress_->setMaximumWidth(form_->maximumWidth());
    speed_->setWordWrap(true);
    speed_->setMaximumWidth(form_->maximumWidth());
    result_->setMaximumWidth(form_->maximumWidth());
    // Hidden until a run keeps an epoch, but its room is kept: the charts do not jump when it shows.
    QSizePolicy keepRoom = replay_->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    replay_->setSizePolicy(keepRoom);
    replay_->hide();
    showCandidateButtons();
    result_->setText(tr("Train a network on MNIST and watch it learn. The current model stays active until you "
                        "choose to use the new one."));

    // Before a run, the epoch axis spans the run planned (it read 0-1 with 3 epochs set).
    charts_->reset(form_->options().epochs);
    connect(form_, &TrainForm::epochsChanged, this, [this](int epochs) {
        if (!isTraining() && history_.empty()) charts_->reset(epochs);
    });
    connect(form_->startButton(), &QPushButton::clicked, this, &TrainPage::start);
    connect(form_->cancelButton(), &QPushButton::clicked, this, &TrainPage::cancel);
    connect(use_, &QPushButton::clicked, this, [this] {
        const QString what = chosenEpochText();
        withChosenModelCalibrated([this, what](const std::shared_ptr<Classifier>& model) {
            emit useModel(model);
            enableWhen(use_, false, tr("The canvas already uses this model"));
            emit statusMessage(tr("Now recognizing with %1").arg(what));
        });
    });
    connect(save_, &QPushButton::clicked, this, &TrainPage::saveCandidate);
    connect(replay_, &ReplayRow::epochChosen, this, &TrainPage::showChosenEpoch);
    connect(replay_, &ReplayRow::padToggled, this, [this](bool on) { emit replay(on ? chosenModel() : nullptr, chosenEpochText()); });
    connect(replay_, &ReplayRow::evaluateRequested, this, [this] {
        if (const std::shared_ptr<Classifier> model = chosenModel()) emit evaluateEpoch(model, chosenEpochText());
    });
}

TrainPage::~TrainPage() = default;

QString TrainPage::dataFolder() const { return form_->dataFolder(); }
void TrainPage::setDataFolder(const QString& folder) { form_->setDataFolder(folder); }
TrainingOptions TrainPage::options() const { return form_->options(); }
void TrainPage::setOptions(const TrainingOptions& o, const QString& architecture) { form_->setOptions(o, architecture); }
QPushButton* TrainPage::startButton() const { return form_->startButton(); }
QPushButton* TrainPage::cancelButton() const { return form_->cancelButton(); }
QLabel* TrainPage::dataProblemLabel() const { return form_->dataProblemLabel(); }
QSlider* TrainPage::epochSlider() const { return replay_->slider(); }
QCheckBox* TrainPage::replayBox() const { return replay_->padBox(); }
QPushButton* TrainPage::evaluateEpochButton() const { return replay_->evaluateButton(); }
bool TrainPage::isTraining() const { return form_->isRunning(); }

QString TrainPage::chosenEpochText() const {
    return tr("epoch %1 of %2 of the run").arg(replay_->epoch()).arg(history_.lastEpoch());
}

std::shared_ptr<Classifier> TrainPage::chosenModel() { return history_.modelAt(replay_->epoch()); }

void TrainPage::showChosenEpoch() {
    const int epoch = replay_->epoch();
    charts_->markEpoch(history_.empty() ? 0 : epoch);
    replay_->setLabel(epoch, history_.lastEpoch());
    use_->setText(history_.isRunModel(epoch) || history_.empty() ? tr("&Use this model") : tr("&Use epoch %1").arg(epoch));
    showCandidateButtons();
    if (replay_->readsOnPad()) emit replay(chosenModel(), chosenEpochText());
}

void TrainPage::endReplay() { replay_->stopReadingOnPad(); }

void TrainPage::withChosenModelCalibrated(const std::function<void(const std::shared_ptr<Classifier>&)>& then) {
    const std::shared_ptr<Classifier> model = chosenModel();
    if (!model || calibrationJob_->isRunning()) return;
    if (model->isCalibrated() || calibrationPerDigit_ <= 0) return then(model);
    // On a copy: the Draw page may be reading the epoch's model meanwhile.
    const std::shared_ptr<Classifier> copy =
        secondOpinion_ ? std::shared_ptr<Classifier>(withSecondOpinion(model->clone(), secondOpinion_->clone())) : model->clone();
    const int epoch = replay_->epoch();
    const int run = history_.run();
    const int perDigit = calibrationPerDigit_;
    showCalibratingEpoch(true);
    emit statusMessage(tr("Calibrating epoch %1 on %2 drawings like people's…")
                           .arg(epoch).arg(localCount(10 * static_cast<std::size_t>(perDigit))));
    calibrationJob_->start(
        [this, copy, epoch, run, perDigit, then](const BackgroundJob::Context& job) -> BackgroundJob::Finish {
            calibrateOnDrawings(*copy, calibrationSet(perDigit), true, &job.cancelFlag());
            return [this, copy, epoch, run, then] {
                if (history_.run() == run) history_.keepCalibrated(epoch, copy); // not a new run's epoch
                showCalibratingEpoch(false);
                then(copy);
            };
        },
        [this](bool cancelled, const QString& problem) {
            showCalibratingEpoch(false);
            if (!cancelled) emit statusMessage(tr("The epoch could not be calibrated: %1").arg(problem));
        });
}

void TrainPage::showCalibratingEpoch(bool calibrating) {
    if (!calibrating) return showCandidateButtons();
    const QString why = tr("The chosen epoch is being calibrated");
    enableWhen(use_, false, why);
    enableWhen(save_, false, why);
}

void TrainPage::start() {
    if (!form_->checkDataFolder() || isTraining()) return;
    const TrainingOptions o = options();
    const std::string folder = form_->dataFolder().toStdString();
    form_->saveSettings();
    if (replay_->readsOnPad()) replayBox()->setChecked(false); // the Draw page goes back to the model in use
    CnnTrainingPlan plan;
    plan.architecture = form_->architecture().toStdString();
    plan.options = o;
    plan.options.keepEpochs = true; // 1.3 MB an epoch for "default": the replay's price
    // A model used on the pad reads people's drawings as the bundled one does: honest about doubt.
    plan.calibrationDrawingsPerDigit = calibrationPerDigit_;
    plan.secondOpinion = secondOpinion_;
    calibrating_ = false;
    history_.start(plan.architecture);
    runThreads_ = threadsFor(o.threads);
    replay_->hide();
    showCandidateButtons();
    charts_->reset(o.epochs);
    progress_->setRange(0, 0);
    progress_->setFormat("%p%");
    speed_->setText(tr("Loading MNIST…"));
    result_->setText(tr("Training… the current model keeps recognizing your drawings meanwhile."));
    form_->setRunning(true);
    emit statusMessage(tr("Training started"));
    job_->start(
        [this, plan, folder](const BackgroundJob::Context& job) -> BackgroundJob::Finish {
            ReportThrottle throttle;
            TrainAndTestCallbacks callbacks;
            callbacks.training.onBatch = [&](const BatchProgress& b) {
                if (throttle.due(b)) job.post([this, b, o = plan.options] { onBatch(b, o.epochs, o.batchSize); });
            };
            callbacks.training.onEpoch = [&](const EpochReport& e) { job.post([this, e] { onEpoch(e); }); };
            callbacks.onTesting = [&] { job.post([this] { speed_->setText(tr("Evaluating on the 10,000 test images…")); }); };
            callbacks.onCalibrating = [&] {
                job.post([this] {
                    calibrating_ = true;
                    speed_->setText(tr("Calibrating on %1 drawings like people's…")
                                        .arg(localCount(10 * static_cast<std::size_t>(calibrationPerDigit_))));
                });
            };
            TestedModel run = trainCnnAndTest(folder, plan, callbacks, &job.cancelFlag());
            return [this, run = std::move(run)] { onFinished(run); };
        },
        [this](bool cancelled, const QString& problem) {
            onFailed(!cancelled      ? problem
                     : calibrating_ ? tr("Cancelled during the calibration.")
                                    : tr("Cancelled during the test evaluation."));
        });
}

void TrainPage::showCandidateButtons() {
    if (calibrationJob_->isRunning()) return; // Use and Save wait for the epoch's calibration
    const QString why = isTraining() ? tr("The first epoch is still training") : tr("Train a model first");
    const bool any = history_.runModel() != nullptr || !history_.empty();
    enableWhen(use_, any, why);
    enableWhen(save_, any, why);
    enableWhen(replay_->evaluateButton(), any, why);
}

void TrainPage::cancel() {
    if (!isTraining()) return;
    job_->cancel();
    enableWhen(form_->cancelButton(), false, tr("Cancelling…"));
    speed_->setText(tr("Cancelling…"));
}

void TrainPage::onBatch(const BatchProgress& b, int epochs, int batchSize) {
    const RunProgress p = runProgress(b, epochs, batchSize);
    progress_->setRange(0, static_cast<int>(p.batchesTotal));
    progress_->setValue(static_cast<int>(p.batchesDone));
    charts_->addBatchLoss((b.epoch - 1) + static_cast<double>(b.batch) / b.batchesPerEpoch, b.smoothedLoss);
    // The time left is the training's; the test on 10,000 images comes after it.
    speed_->setText(tr("epoch %1/%2 · %3 images/s on %5 threads · training %4 left, then the test")
                        .arg(b.epoch).arg(epochs).arg(localNumber(b.imagesPerSecond, 0))
                        .arg(formatDuration(p.secondsLeft)).arg(runThreads_));
}

void TrainPage::onEpoch(const EpochReport& e) {
    charts_->addEpoch(e.epoch, e.trainLoss, e.trainAccuracy, e.validationAccuracy.value_or(-1.0f));
    if (e.weights) {
        // The slider follows the newest epoch unless the person moved it back.
        const bool atNewest = history_.empty() || replay_->epoch() == history_.lastEpoch();
        history_.add(e);
        replay_->setKept(history_.lastEpoch(), atNewest);
        replay_->show();
        showChosenEpoch();
    }
    QString text = tr("Epoch %1: loss %2, train accuracy %3%")
                       .arg(e.epoch).arg(localNumber(e.trainLoss, 4)).arg(localNumber(e.trainAccuracy * 100, 2));
    if (e.validationAccuracy) text += tr(", validation %1%").arg(localNumber(*e.validationAccuracy * 100, 2));
    result_->setText(text);
}

void TrainPage::onFinished(const TestedModel& run) {
    const bool cancelled = run.training.cancelled;
    const int finishedEpochs = static_cast<int>(run.training.epochs.size());
    form_->setRunning(false);
    if (cancelled) {
        // What was kept, not zero: the finished epochs of those planned.
        const int planned = std::max(finishedEpochs, options().epochs);
        progress_->setRange(0, planned);
        progress_->setValue(finishedEpochs);
        progress_->setFormat(tr("%1 of %2 epochs kept").arg(finishedEpochs).arg(planned));
    } else {
        progress_->setRange(0, 1);
        progress_->setValue(1);
    }
    history_.finish(run.model);
    showChosenEpoch();
    if (cancelled) {
        speed_->setText(tr("Cancelled"));
        result_->setText(run.model ? tr("Cancelled. The model of the last finished epoch (%1) is kept: use or save it "
                                        "below. It has not been tested.").arg(finishedEpochs)
                                   : tr("Cancelled before the first epoch finished; the current model is unchanged."));
    } else {
        speed_->setText(tr("Done"));
        result_->setText(tr("Test accuracy of the last epoch: <b>%1%</b> on %2 images, its confidence calibrated on "
                            "%3 drawings like people's. Use it to recognize your drawings, or save it; the Replay "
                            "slider under the charts goes back to earlier epochs.")
                             .arg(localNumber(run.evaluation->confusion.accuracy() * 100, 2))
                             .arg(localCount(run.evaluation->confusion.total()))
                             .arg(localCount(run.calibration ? run.calibration->drawings : 0)));
        emit evaluated(run.model, *run.evaluation, run.testImages);
    }
    emit statusMessage(cancelled ? tr("Training cancelled") : tr("Training finished"));
    emit trainingFinished();
}

void TrainPage::onFailed(const QString& message) {
    form_->setRunning(false);
    progress_->setRange(0, 1);
    progress_->setValue(0);
    speed_->setText(tr("Stopped"));
    result_->setText(tr("Training stopped: %1").arg(message));
    emit statusMessage(tr("Training stopped"));
    emit trainingFinished();
}

void TrainPage::saveCandidate() {
    withChosenModelCalibrated([this](const std::shared_ptr<Classifier>& model) {
        const QString path = saveModelInteractively(this, *model);
        if (!path.isEmpty()) emit statusMessage(tr("Saved %1").arg(path));
    });
}

} // namespace digitpad
