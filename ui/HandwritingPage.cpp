#include "HandwritingPage.h"

#include "AppDataPaths.h"
#include "Colours.h"
#include "Counted.h"
#include "EnabledWhen.h"
#include "MnistFolder.h"

#include "BackgroundJob.h"
#include "FileDialogs.h"
#include "ImageViews.h"
#include "SampleEvaluationView.h"

#include "data/Dataset.h"
#include "cnn/CnnClassifier.h"
#include "personal/Adaptation.h"
#include "personal/PersonalDataset.h"
#include "util/Error.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace digitpad {
namespace {

QString percent(double value) { return QStringLiteral("%1%").arg(value * 100, 0, 'f', 1); }

} // namespace

HandwritingPage::HandwritingPage(const QString& folder, QWidget* parent)
    : QWidget(parent), summary_(new QLabel(this)), gallery_(new QListWidget(this)),
      delete_(new QPushButton(tr("&Delete selected"), this)), export_(new QPushButton(tr("E&xport…"), this)),
      adapt_(new QPushButton(tr("&Adapt to my handwriting"), this)), cancel_(new QPushButton(tr("Cancel"), this)),
      progress_(new QProgressBar(this)), result_(new QLabel(this)), keep_(new QPushButton(tr("&Keep adapted model"), this)),
      discard_(new QPushButton(tr("D&iscard"), this)), evaluation_(new SampleEvaluationView(this)),
      job_(std::make_unique<BackgroundJob>()) {
    const QString path = folder.isEmpty() ? personalSamplesFolder() : folder;
    try {
        samples_ = std::make_unique<PersonalDataset>(path.toStdString());
    } catch (const Error& e) {
        // Damaged files are left as they are for the user to look at; new samples go nowhere.
        loadProblem_ = QString::fromUtf8(e.what());
    }
    summary_->setWordWrap(true);
    gallery_->setViewMode(QListView::IconMode);
    gallery_->setIconSize(QSize(56, 56));
    gallery_->setGridSize(QSize(72, 84));
    gallery_->setResizeMode(QListView::Adjust);
    gallery_->setSelectionMode(QAbstractItemView::ExtendedSelection);
    gallery_->setMovement(QListView::Static);
    result_->setWordWrap(true);
    result_->setTextFormat(Qt::RichText);
    progress_->setVisible(false);
    enableWhen(cancel_, false, tr("Nothing is adapting"));
    showDecisionButtons();

    auto* files = new QHBoxLayout;
    files->addWidget(delete_);
    files->addWidget(export_);
    files->addStretch(1);
    auto* adapt = new QHBoxLayout;
    adapt->addWidget(adapt_);
    adapt->addWidget(cancel_);
    adapt->addWidget(progress_, 1);
    // The result gets the column's width; the decision sits under it, where it is read.
    auto* decide = new QHBoxLayout;
    decide->addStretch(1);
    decide->addWidget(keep_);
    decide->addWidget(discard_);
    auto* samples = new QVBoxLayout;
    samples->addWidget(summary_);
    samples->addWidget(gallery_, 1);
    samples->addLayout(files);
    samples->addLayout(adapt);
    samples->addWidget(result_);
    samples->addLayout(decide);
    auto* layout = new QHBoxLayout(this);
    layout->addLayout(samples, 1);
    layout->addWidget(evaluation_, 1);

    connect(delete_, &QPushButton::clicked, this, &HandwritingPage::deleteSelected);
    auto* deleteKey = new QShortcut(QKeySequence::Delete, gallery_);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &HandwritingPage::deleteSelected);
    connect(export_, &QPushButton::clicked, this, &HandwritingPage::exportSamples);
    connect(adapt_, &QPushButton::clicked, this, &HandwritingPage::startAdapting);
    connect(evaluation_, &SampleEvaluationView::evaluateRequested, this, &HandwritingPage::evaluateSamples);
    connect(evaluation_, &SampleEvaluationView::imageOpened, this, &HandwritingPage::imageOpened);
    connect(gallery_, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
        const int index = gallery_->row(item);
        if (!samples_ || index < 0 || index >= static_cast<int>(samples_->size())) return;
        const Dataset& data = samples_->samples();
        emit imageOpened(data.image(static_cast<std::size_t>(index)),
                         tr("Your sample %1, labelled %2").arg(index + 1).arg(data.labels[static_cast<std::size_t>(index)]));
    });
    connect(cancel_, &QPushButton::clicked, this, &HandwritingPage::cancel);
    connect(keep_, &QPushButton::clicked, this, [this] {
        emit useModel(adapted_);
        adapted_.reset();
        showDecisionButtons();
        result_->setText(result_->text() + tr("<br>Kept: the canvas now uses the adapted model (File ▸ Save model "
                                              "as… to keep it on disk)."));
    });
    connect(discard_, &QPushButton::clicked, this, [this] {
        adapted_.reset();
        showDecisionButtons();
        result_->setText(tr("Discarded; the model in use is unchanged."));
    });
    refresh();
}

void HandwritingPage::evaluateSamples() {
    if (!samples_ || samples_->size() == 0 || !model_) {
        evaluation_->showMessage(tr("Save some drawings first: draw on the Draw page and press the digit they are."));
        return;
    }
    // A copy: the model in use is busy reading the canvas on another thread.
    evaluation_->evaluate(model_->clone(), samples_->samples());
}

HandwritingPage::~HandwritingPage() = default;

QPushButton* HandwritingPage::evaluateButton() const { return evaluation_->evaluateButton(); }
QLabel* HandwritingPage::evaluationLabel() const { return evaluation_->evaluationLabel(); }
ConfusionHeatmap* HandwritingPage::heatmap() const { return evaluation_->heatmap(); }
ExampleGallery* HandwritingPage::cellGallery() const { return evaluation_->cellGallery(); }

int HandwritingPage::sampleCount() const { return samples_ ? static_cast<int>(samples_->size()) : 0; }

bool HandwritingPage::isAdapting() const { return adapting_; }

void HandwritingPage::refresh() {
    gallery_->clear();
    // An evaluation of other samples would mislead: it is done again on request.
    evaluation_->clear();
    if (!samples_) {
        summary_->setText(tr("Your samples could not be read: %1").arg(loadProblem_));
        for (QPushButton* b : {delete_, export_, adapt_})
            enableWhen(b, false, tr("Your samples could not be read: %1").arg(loadProblem_));
        evaluation_->setAvailable(false, tr("Your samples could not be read: %1").arg(loadProblem_));
        return;
    }
    const Dataset& data = samples_->samples();
    for (std::size_t i = 0; i < data.size(); ++i) {
        auto* item = new QListWidgetItem(QIcon(QPixmap::fromImage(toQImage(data.image(i)).scaled(56, 56))),
                                         QString::number(data.labels[i]));
        item->setToolTip(tr("Sample %1, labelled %2\nDouble-click to open it on the Draw page").arg(i + 1).arg(data.labels[i]));
        gallery_->addItem(item);
    }
    summary_->setText(tr("<b>%1 of your handwriting.</b> On the Draw page, press the right digit key (0-9) or "
                         "double-click the right digit on the chart to add your drawing here, above all when DigitPad "
                         "reads it wrong. Kept in %2.")
                          .arg(counted(static_cast<long long>(data.size()), tr("sample"), tr("samples")))
                          .arg(QDir::toNativeSeparators(QString::fromStdString(samples_->folder()))));
    const QString none = tr("No samples yet: draw a digit on the Draw page and press its key");
    for (QPushButton* b : {delete_, export_}) enableWhen(b, !data.empty(), none);
    evaluation_->setAvailable(!data.empty(), none);
    const bool enough = data.size() >= kAdaptationMinimumSamples;
    // A disabled Adapt says why on its tooltip and beside it.
    const QString why = adapting_ ? tr("Adapting…")
                        : enough  ? QString()
                                  : tr("Adapting needs at least %1 samples; you have %2. Save %3 more on the Draw page.")
                                       .arg(kAdaptationMinimumSamples).arg(data.size()).arg(kAdaptationMinimumSamples - data.size());
    enableWhen(adapt_, enough && !adapting_, why);
    // Beside it too, until there are enough; an adaptation's result is never overwritten.
    if (!adapting_ && !adapted_ && (!enough || showsWhy_)) result_->setText(enough ? QString() : why);
    showsWhy_ = !adapting_ && !adapted_ && !enough;
}

bool HandwritingPage::addSample(const Image28& image, int digit) {
    return addSamples({image}, {digit});
}

bool HandwritingPage::addSamples(const std::vector<Image28>& images, const std::vector<int>& digits) {
    if (!samples_) {
        emit statusMessage(tr("Cannot save samples: %1").arg(loadProblem_));
        return false;
    }
    try {
        Dataset more;
        for (std::size_t i = 0; i < images.size() && i < digits.size(); ++i)
            more.add(images[i], static_cast<std::uint8_t>(digits[i]));
        samples_->add(more);
    } catch (const Error& e) {
        emit statusMessage(tr("Could not save the sample: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    refresh();
    return true;
}

bool HandwritingPage::removeLastSamples(int count) {
    if (!samples_ || count <= 0) return false;
    try {
        if (!samples_->takeBackLastSave(static_cast<std::size_t>(count))) {
            emit statusMessage(tr("The save can no longer be taken back: your samples changed since"));
            return false;
        }
    } catch (const Error& e) {
        emit statusMessage(tr("Could not take the save back: %1").arg(QString::fromUtf8(e.what())));
        return false;
    }
    refresh();
    return true;
}

void HandwritingPage::deleteSelected() {
    if (!samples_) return;
    std::vector<std::size_t> rows;
    for (const QModelIndex& index : gallery_->selectionModel()->selectedIndexes())
        rows.push_back(static_cast<std::size_t>(index.row()));
    try {
        samples_->remove(rows);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Delete samples"), QString::fromUtf8(e.what()));
    }
    refresh();
}

void HandwritingPage::exportSamples() {
    const QString folder = askFolder(this, tr("Export samples as MNIST-style IDX files"), FileKind::Samples);
    if (folder.isEmpty() || !samples_) return;
    try {
        samples_->exportTo(folder.toStdString());
        emit statusMessage(tr("Exported %1 to %2")
                               .arg(counted(static_cast<long long>(samples_->size()), tr("sample"), tr("samples")), folder));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Export samples"), QString::fromUtf8(e.what()));
    }
}

void HandwritingPage::startAdapting() {
    if (adapting_ || !samples_) return;
    auto* cnn = dynamic_cast<CnnClassifier*>(model_.get());
    if (!cnn) {
        QMessageBox::information(this, tr("Adapt to my handwriting"),
                                 tr("Adapting fine-tunes a CNN; the model in use is a classical one. Pick a CNN on "
                                    "the Models page first."));
        return;
    }
    adapting_ = true;
    adapted_.reset();
    for (QPushButton* b : {adapt_, delete_}) enableWhen(b, false, tr("Adapting…"));
    showDecisionButtons();
    enableWhen(cancel_, true, {});
    progress_->setVisible(true);
    progress_->setRange(0, 0);
    result_->setText(tr("Adapting a copy of the model in use to your handwriting…"));
    std::shared_ptr<CnnClassifier> base = cnn->cloneCnn();
    const Dataset personal = samples_->samples();
    const std::string folder = mnistFolderInUse().toStdString();
    job_->start(
        [this, base, personal, folder](const BackgroundJob::Context& job) -> BackgroundJob::Finish {
            AdaptationOptions options;
            TrainingCallbacks callbacks;
            callbacks.onEpoch = [&](const EpochReport& e) {
                job.post([this, e, epochs = options.epochs] {
                    progress_->setRange(0, epochs);
                    progress_->setValue(e.epoch);
                });
            };
            AdaptationResult result =
                adaptToHandwritingWithMnist(*base, personal, folder, options, callbacks, &job.cancelFlag());
            return [this, result = std::make_shared<AdaptationResult>(std::move(result))] { onAdapted(*result); };
        },
        [this](bool cancelled, const QString& problem) {
            finishAdapting(cancelled ? tr("Cancelled; the model in use is unchanged.") : tr("Could not adapt: %1").arg(problem));
        });
}

void HandwritingPage::onAdapted(AdaptationResult& result) {
    adapted_ = std::shared_ptr<Classifier>(std::move(result.adapted));
    showDecisionButtons();
    QString text = tr("Your held-out drawings (%1, not trained on): <b>%2 → %3</b>. MNIST test set: "
                      "<b>%4 → %5</b>. Keep the adapted model?")
                       .arg(counted(static_cast<long long>(result.personalHeldOut), tr("drawing"), tr("drawings")))
                       .arg(percent(result.personalBefore), percent(result.personalAfter), percent(result.mnistBefore),
                            percent(result.mnistAfter));
    if (result.personalHeldOut < kAdaptationFairHeldOut)
        text += "<br>" + colours::warningHtml(tr("Only %1 held out: too few for the before and after to mean much. "
                                                 "With %2 samples or more, a quarter held out makes a fairer check.")
                                                  .arg(counted(static_cast<long long>(result.personalHeldOut), tr("drawing"),
                                                               tr("drawings")))
                                                  .arg(4 * kAdaptationFairHeldOut));
    finishAdapting(text);
}

void HandwritingPage::showDecisionButtons() {
    const QString why = adapting_ ? tr("Adapting…") : tr("Adapt first: the adapted model is kept or discarded here");
    enableWhen(keep_, adapted_ != nullptr, why);
    enableWhen(discard_, adapted_ != nullptr, why);
}

void HandwritingPage::cancel() {
    job_->cancel();
    result_->setText(tr("Cancelling…"));
}

void HandwritingPage::finishAdapting(const QString& message) {
    adapting_ = false;
    enableWhen(cancel_, false, tr("Nothing is adapting"));
    progress_->setVisible(false);
    result_->setText(message);
    refresh();
    emit statusMessage(tr("Adaptation finished"));
}

} // namespace digitpad
