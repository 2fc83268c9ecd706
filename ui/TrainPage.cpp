#include "TrainPage.h"
#include "Colours.h"
#include "EnabledWhen.h"

#include "BackgroundJob.h"
#include "FileDialogs.h"
#include "TrainingCharts.h"
#include "MnistFolder.h"
#include "TrainingSettings.h"
#include "data/MnistLocation.h"

#include "cnn/Architectures.h"
#include "train/TrainAndTest.h"
#include "train/Trainer.h"
#include "util/Cores.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace digitpad {
namespace {

QString formatDuration(double seconds) {
    if (!(seconds >= 0) || seconds > 360000) return "–";
    const int s = static_cast<int>(seconds + 0.5);
    return s >= 3600 ? QString("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60)
           : s >= 60 ? QString("%1 min %2 s").arg(s / 60).arg(s % 60)
                     : QString("%1 s").arg(s);
}

} // namespace

TrainPage::TrainPage(QWidget* parent)
    : QWidget(parent), folder_(new QLineEdit(this)), dataProblem_(new QLabel(this)),
      chooseFolder_(new QPushButton(tr("Choose folder…"), this)), architecture_(new QComboBox(this)),
      epochs_(new QSpinBox(this)), batch_(new QSpinBox(this)), learningRate_(new QDoubleSpinBox(this)),
      subset_(new QSpinBox(this)), validation_(new QSpinBox(this)), augment_(new QCheckBox(tr("Shift, rotate and scale images"), this)), threads_(new QSpinBox(this)),
      start_(new QPushButton(tr("&Start training"), this)), cancel_(new QPushButton(tr("Cancel"), this)),
      progress_(new QProgressBar(this)), speed_(new QLabel(this)), charts_(new TrainingCharts(this)),
      result_(new QLabel(this)), use_(new QPushButton(tr("&Use this model"), this)),
      save_(new QPushButton(tr("Save model…"), this)), job_(std::make_unique<BackgroundJob>()),
      replayRow_(new QWidget(this)), replaySlider_(new QSlider(Qt::Horizontal, replayRow_)),
      replayLabel_(new QLabel(replayRow_)), replayOnPad_(new QCheckBox(tr("Read my drawings with it"), replayRow_)),
      evaluateEpoch_(new QPushButton(tr("Evaluate it"), replayRow_)) {
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(buildForm(), 0);
    auto* right = new QVBoxLayout;
    right->addWidget(charts_, 1);
    right->addWidget(buildReplayRow());
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(progress_, 1);
    progressRow->addWidget(speed_);
    right->addLayout(progressRow);
    auto* resultRow = new QHBoxLayout;
    result_->setWordWrap(true);
    resultRow->addWidget(result_, 1);
    resultRow->addWidget(use_);
    resultRow->addWidget(save_);
    right->addLayout(resultRow);
    layout->addLayout(right, 1);

    progress_->setFormat("%p%");
    speed_->setMinimumWidth(260);
    showCandidateButtons();
    enableWhen(cancel_, false, tr("Nothing is training"));
    result_->setText(tr("Train a network on MNIST and watch it learn. The current model stays active until you "
                        "choose to use the new one."));

    connect(start_, &QPushButton::clicked, this, &TrainPage::start);
    connect(cancel_, &QPushButton::clicked, this, &TrainPage::cancel);
    connect(chooseFolder_, &QPushButton::clicked, this, &TrainPage::chooseDataFolder);
    connect(folder_, &QLineEdit::editingFinished, this, [this] { setDataFolder(folder_->text()); });
    connect(use_, &QPushButton::clicked, this, [this] {
        const std::shared_ptr<Classifier> model = chosenModel();
        if (!model) return;
        const QString what = chosenEpochText();
        emit useModel(model);
        enableWhen(use_, false, tr("The canvas already uses this model"));
        emit statusMessage(tr("Now recognizing with %1").arg(what));
    });
    connect(save_, &QPushButton::clicked, this, &TrainPage::saveCandidate);
    loadSettings();
    checkDataFolder();
}

TrainPage::~TrainPage() = default;

QWidget* TrainPage::buildReplayRow() {
    auto* row = new QHBoxLayout(replayRow_);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Replay:"), replayRow_));
    row->addWidget(replaySlider_, 1);
    row->addWidget(replayLabel_);
    row->addWidget(replayOnPad_);
    row->addWidget(evaluateEpoch_);
    replaySlider_->setPageStep(1);
    replaySlider_->setTickPosition(QSlider::TicksBelow);
    replaySlider_->setToolTip(tr("Which epoch of the run to look at: marked on the charts, read on the Draw page "
                                 "when you tick the box, taken by Use and Save"));
    replayOnPad_->setToolTip(tr("The Draw page reads your drawing with the epoch shown, so you can watch it go from "
                                "wrong to right; untick to go back to the model in use"));
    evaluateEpoch_->setToolTip(tr("Score the epoch shown on the 10,000 test images, on the Evaluate page"));
    replayLabel_->setMinimumWidth(replayLabel_->fontMetrics().horizontalAdvance(tr("epoch 100 of 100")) + 8);
    replayRow_->hide();
    connect(replaySlider_, &QSlider::valueChanged, this, &TrainPage::showChosenEpoch);
    connect(replayOnPad_, &QCheckBox::toggled, this, [this](bool on) {
        emit replay(on ? chosenModel() : nullptr, chosenEpochText());
    });
    connect(evaluateEpoch_, &QPushButton::clicked, this, [this] {
        if (const std::shared_ptr<Classifier> model = chosenModel()) emit evaluateEpoch(model, chosenEpochText());
    });
    return replayRow_;
}

int TrainPage::lastKeptEpoch() const { return kept_.empty() ? 0 : kept_.back().epoch; }

QString TrainPage::chosenEpochText() const {
    return tr("epoch %1 of %2 of the run").arg(replaySlider_->value()).arg(lastKeptEpoch());
}

std::shared_ptr<Classifier> TrainPage::chosenModel() {
    const int epoch = replaySlider_->value();
    // The run's own model at its last epoch: it carries the test result.
    if (candidate_ && (kept_.empty() || epoch == lastKeptEpoch())) return candidate_;
    if (epoch < 1 || epoch > static_cast<int>(kept_.size())) return nullptr;
    if (!chosen_) chosen_ = epochModel(runArchitecture_, kept_[static_cast<std::size_t>(epoch - 1)]);
    return chosen_;
}

void TrainPage::showChosenEpoch() {
    chosen_.reset();
    const int epoch = replaySlider_->value();
    charts_->markEpoch(kept_.empty() ? 0 : epoch);
    replayLabel_->setText(tr("epoch %1 of %2").arg(epoch).arg(lastKeptEpoch()));
    const bool runsOwn = candidate_ && epoch == lastKeptEpoch();
    use_->setText(runsOwn || kept_.empty() ? tr("&Use this model") : tr("&Use epoch %1").arg(epoch));
    showCandidateButtons();
    if (replayOnPad_->isChecked()) emit replay(chosenModel(), chosenEpochText());
}

void TrainPage::endReplay() {
    const QSignalBlocker quiet(replayOnPad_);
    replayOnPad_->setChecked(false);
}

QWidget* TrainPage::buildForm() {
    auto* box = new QGroupBox(tr("Training"), this);
    auto* form = new QFormLayout(box);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(folder_, 1);
    folderRow->addWidget(chooseFolder_);
    form->addRow(tr("MNIST folder"), folderRow);
    dataProblem_->setWordWrap(true);
    dataProblem_->setStyleSheet("color: " + colours::css(colours::kErrorText) + ";");
    form->addRow(dataProblem_);
    for (const std::string& name : cnnArchitectureNames())
        architecture_->addItem(QString::fromStdString(name), QString::fromStdString(name));
    architecture_->setToolTip(tr("default: %1\nseed: %2")
                                  .arg(QString::fromStdString(describeCnnArchitecture("default")),
                                       QString::fromStdString(describeCnnArchitecture("seed"))));
    form->addRow(tr("Architecture"), architecture_);
    epochs_->setRange(1, 100);
    form->addRow(tr("Epochs"), epochs_);
    batch_->setRange(1, 1024);
    form->addRow(tr("Batch size"), batch_);
    learningRate_->setDecimals(5);
    learningRate_->setRange(0.00001, 0.5);
    learningRate_->setSingleStep(0.0005);
    form->addRow(tr("Learning rate"), learningRate_);
    subset_->setRange(0, 60000);
    subset_->setSingleStep(1000);
    subset_->setSpecialValueText(tr("all 60,000"));
    form->addRow(tr("Training images"), subset_);
    validation_->setRange(0, 50);
    validation_->setSuffix(" %");
    form->addRow(tr("Validation hold-out"), validation_);
    form->addRow(tr("Augmentation"), augment_);
    threads_->setRange(0, 256);
    threads_->setSpecialValueText(tr("automatic (%1)").arg(usableCores()));
    threads_->setToolTip(tr("Cores to train on. Automatic uses every core DigitPad may use here: %1.").arg(usableCores()));
    form->addRow(tr("Threads"), threads_);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(start_);
    buttons->addWidget(cancel_);
    form->addRow(buttons);
    box->setMaximumWidth(420);
    return box;
}

QString TrainPage::dataFolder() const { return folder_->text(); }

void TrainPage::setDataFolder(const QString& folder) {
    folder_->setText(folder);
    chooseMnistFolder(folder);
    checkDataFolder();
}

bool TrainPage::isTraining() const { return running_; }

TrainingOptions TrainPage::options() const {
    TrainingOptions o;
    o.epochs = epochs_->value();
    o.batchSize = batch_->value();
    o.learningRate = static_cast<float>(learningRate_->value());
    o.limit = static_cast<std::size_t>(subset_->value());
    o.validationFraction = validation_->value() / 100.0;
    o.augment = augment_->isChecked();
    o.threads = static_cast<std::size_t>(threads_->value());
    return o;
}

void TrainPage::setOptions(const TrainingOptions& o, const QString& architecture) {
    epochs_->setValue(o.epochs);
    batch_->setValue(o.batchSize);
    learningRate_->setValue(o.learningRate);
    subset_->setValue(static_cast<int>(o.limit));
    validation_->setValue(static_cast<int>(o.validationFraction * 100 + 0.5));
    augment_->setChecked(o.augment);
    threads_->setValue(static_cast<int>(o.threads));
    const int index = architecture_->findData(architecture);
    architecture_->setCurrentIndex(index >= 0 ? index : 0);
}

void TrainPage::checkDataFolder() {
    const QString problem = QString::fromStdString(describeMnistProblem(folder_->text().toStdString()));
    dataProblem_->setText(problem.isEmpty() ? QString()
                                            : tr("%1\n%2").arg(problem, QString::fromStdString(mnistRemedy())));
    dataProblem_->setVisible(!problem.isEmpty());
    enableWhen(start_, problem.isEmpty() && !isTraining(),
               isTraining() ? tr("A training run is going on") : tr("No MNIST in this folder: %1").arg(problem));
}

void TrainPage::chooseDataFolder() {
    const QString folder = askFolder(this, tr("MNIST folder"), FileKind::Mnist, folder_->text());
    if (!folder.isEmpty()) setDataFolder(folder);
}

void TrainPage::setRunning(bool running) {
    running_ = running;
    enableWhen(start_, !running, tr("A training run is going on"));
    enableWhen(cancel_, running, tr("Nothing is training"));
    for (QWidget* w : std::initializer_list<QWidget*>{folder_, architecture_, epochs_, batch_, learningRate_, subset_,
                                                      validation_, augment_, threads_})
        w->setEnabled(!running);
    enableWhen(chooseFolder_, !running, tr("The folder stays as it is while training"));
    if (!running) checkDataFolder();
}

void TrainPage::start() {
    checkDataFolder();
    if (!start_->isEnabled()) return;
    const TrainingOptions o = options();
    const std::string arch = architecture_->currentData().toString().toStdString();
    const std::string folder = folder_->text().toStdString();
    saveSettings();
    candidate_.reset();
    if (replayOnPad_->isChecked()) replayOnPad_->setChecked(false); // the Draw page goes back to the model in use
    kept_.clear();
    chosen_.reset();
    runArchitecture_ = arch;
    runThreads_ = threadsFor(o.threads);
    replayRow_->hide();
    showCandidateButtons();
    charts_->reset(o.epochs);
    progress_->setRange(0, 0);
    progress_->setFormat("%p%");
    speed_->setText(tr("Loading MNIST…"));
    result_->setText(tr("Training… the current model keeps recognizing your drawings meanwhile."));
    setRunning(true);
    emit statusMessage(tr("Training started"));

    CnnTrainingPlan plan;
    plan.architecture = arch;
    plan.options = o;
    plan.options.keepEpochs = true; // 1.3 MB an epoch for "default": the replay's price
    job_->start(
        [this, plan, folder](const BackgroundJob::Context& job) -> BackgroundJob::Finish {
            QElapsedTimer sincePost;
            sincePost.start();
            TrainAndTestCallbacks callbacks;
            callbacks.training.onBatch = [&](const BatchProgress& b) {
                if (sincePost.elapsed() < 100 && b.batch != b.batchesPerEpoch) return; // ten redraws a second at most
                sincePost.restart();
                job.post([this, b, epochs = plan.options.epochs] { onBatch(b, epochs); });
            };
            callbacks.training.onEpoch = [&](const EpochReport& e) { job.post([this, e] { onEpoch(e); }); };
            callbacks.onTesting = [&] { job.post([this] { speed_->setText(tr("Evaluating on the 10,000 test images…")); }); };
            TestedModel run = trainCnnAndTest(folder, plan, callbacks, &job.cancelFlag());
            return [this, run = std::move(run)] { onFinished(run); };
        },
        [this](bool cancelled, const QString& problem) {
            onFailed(cancelled ? tr("Cancelled during the test evaluation.") : problem);
        });
}

void TrainPage::showCandidateButtons() {
    const QString why = isTraining() ? tr("The first epoch is still training") : tr("Train a model first");
    const bool any = candidate_ != nullptr || !kept_.empty();
    enableWhen(use_, any, why);
    enableWhen(save_, any, why);
    enableWhen(evaluateEpoch_, any, why);
}

void TrainPage::cancel() {
    if (!isTraining()) return;
    job_->cancel();
    enableWhen(cancel_, false, tr("Cancelling…"));
    speed_->setText(tr("Cancelling…"));
}

void TrainPage::onBatch(const BatchProgress& b, int epochs) {
    const int total = static_cast<int>(b.batchesPerEpoch) * epochs;
    const int done = static_cast<int>((b.epoch - 1) * b.batchesPerEpoch + b.batch);
    progress_->setRange(0, total);
    progress_->setValue(done);
    charts_->addBatchLoss((b.epoch - 1) + static_cast<double>(b.batch) / b.batchesPerEpoch, b.smoothedLoss);
    const double remainingImages = static_cast<double>(total - done) * batch_->value();
    speed_->setText(tr("epoch %1/%2 · %3 images/s on %5 threads · %4 left")
                        .arg(b.epoch).arg(epochs).arg(b.imagesPerSecond, 0, 'f', 0)
                        .arg(formatDuration(remainingImages / std::max(1.0, b.imagesPerSecond)))
                        .arg(runThreads_));
}

void TrainPage::onEpoch(const EpochReport& e) {
    charts_->addEpoch(e.epoch, e.trainLoss, e.trainAccuracy, e.validationAccuracy.value_or(-1.0f));
    if (e.weights) {
        // The slider follows the newest epoch unless the person moved it back.
        const bool atNewest = kept_.empty() || replaySlider_->value() == lastKeptEpoch();
        kept_.push_back(e);
        const QSignalBlocker quiet(replaySlider_);
        replaySlider_->setRange(1, static_cast<int>(kept_.size()));
        if (atNewest) replaySlider_->setValue(e.epoch);
        replayRow_->show();
        showChosenEpoch();
    }
    QString text = tr("Epoch %1: loss %2, train accuracy %3%")
                       .arg(e.epoch).arg(e.trainLoss, 0, 'f', 4).arg(e.trainAccuracy * 100, 0, 'f', 2);
    if (e.validationAccuracy) text += tr(", validation %1%").arg(*e.validationAccuracy * 100, 0, 'f', 2);
    result_->setText(text);
}

void TrainPage::onFinished(const TestedModel& run) {
    const bool cancelled = run.training.cancelled;
    const int finishedEpochs = static_cast<int>(run.training.epochs.size());
    setRunning(false);
    if (cancelled) {
        // What was kept, not zero: the finished epochs of those planned.
        const int planned = std::max(finishedEpochs, epochs_->value());
        progress_->setRange(0, planned);
        progress_->setValue(finishedEpochs);
        progress_->setFormat(tr("%1 of %2 epochs kept").arg(finishedEpochs).arg(planned));
    } else {
        progress_->setRange(0, 1);
        progress_->setValue(1);
    }
    candidate_ = run.model;
    showChosenEpoch();
    if (cancelled) {
        speed_->setText(tr("Cancelled"));
        result_->setText(candidate_ ? tr("Cancelled. The model of the last finished epoch (%1) is kept: use or save it "
                                         "below. It has not been tested.").arg(finishedEpochs)
                                    : tr("Cancelled before the first epoch finished; the current model is unchanged."));
    } else {
        speed_->setText(tr("Done"));
        result_->setText(tr("Test accuracy of the last epoch: <b>%1%</b> on %2 images. Use it to recognize your "
                            "drawings, or save it; the slider above goes back to earlier epochs.")
                             .arg(run.evaluation->confusion.accuracy() * 100, 0, 'f', 2)
                             .arg(run.evaluation->confusion.total()));
        emit evaluated(candidate_, *run.evaluation, run.testImages);
    }
    emit statusMessage(cancelled ? tr("Training cancelled") : tr("Training finished"));
    emit trainingFinished();
}

void TrainPage::onFailed(const QString& message) {
    setRunning(false);
    progress_->setRange(0, 1);
    progress_->setValue(0);
    speed_->setText(tr("Stopped"));
    result_->setText(tr("Training stopped: %1").arg(message));
    emit statusMessage(tr("Training stopped"));
    emit trainingFinished();
}

void TrainPage::saveCandidate() {
    const std::shared_ptr<Classifier> model = chosenModel();
    if (!model) return;
    const QString path = saveModelInteractively(this, *model);
    if (!path.isEmpty()) emit statusMessage(tr("Saved %1").arg(path));
}

void TrainPage::saveSettings() const {
    saveTrainingForm({options(), architecture_->currentData().toString()});
}

void TrainPage::loadSettings() {
    folder_->setText(mnistFolderInUse());
    const TrainingForm form = loadTrainingForm();
    setOptions(form.options, form.architecture);
}

} // namespace digitpad
