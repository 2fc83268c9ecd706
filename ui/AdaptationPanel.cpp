#include "AdaptationPanel.h"
#include "LocalNumbers.h"

#include "BackgroundJob.h"
#include "Colours.h"
#include "EnabledWhen.h"
#include "MnistFolder.h"

#include "personal/Adaptation.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace digitpad {
namespace {

QString percent(double value) { return QStringLiteral("%1%").arg(localNumber(value * 100, 1)); }

QString drawings(std::size_t count) {
    return AdaptationPanel::tr("%n drawing(s)", nullptr, static_cast<int>(count));
}

} // namespace

AdaptationPanel::AdaptationPanel(QWidget* parent)
    : QWidget(parent), adapt_(new QPushButton(tr("&Adapt to my handwriting"), this)),
      cancel_(new QPushButton(tr("Cancel"), this)), progress_(new QProgressBar(this)), result_(new QLabel(this)),
      keep_(new QPushButton(tr("&Keep adapted model"), this)), discard_(new QPushButton(tr("D&iscard"), this)),
      job_(std::make_unique<BackgroundJob>()) {
    result_->setWordWrap(true);
    result_->setTextFormat(Qt::RichText);
    progress_->setVisible(false);
    enableWhen(cancel_, false, tr("Nothing is adapting"));
    showDecisionButtons();

    auto* adapt = new QHBoxLayout;
    adapt->addWidget(adapt_);
    adapt->addWidget(cancel_);
    adapt->addWidget(progress_, 1);
    // The result gets the column's width; the decision sits under it, where it is read.
    auto* decide = new QHBoxLayout;
    decide->addStretch(1);
    decide->addWidget(keep_);
    decide->addWidget(discard_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(adapt);
    layout->addWidget(result_);
    layout->addLayout(decide);

    connect(adapt_, &QPushButton::clicked, this, &AdaptationPanel::adaptRequested);
    connect(cancel_, &QPushButton::clicked, this, &AdaptationPanel::cancel);
    connect(keep_, &QPushButton::clicked, this, [this] {
        emit useModel(adapted_);
        adapted_.reset();
        showDecisionButtons();
        result_->setText(result_->text() + tr("<br>Kept: the canvas now uses the adapted model. It is saved with "
                                              "your models and listed on the Models page."));
    });
    connect(discard_, &QPushButton::clicked, this, [this] {
        adapted_.reset();
        showDecisionButtons();
        result_->setText(tr("Discarded; the model in use is unchanged."));
    });
}

AdaptationPanel::~AdaptationPanel() = default;

void AdaptationPanel::setSampleCount(long long count, const QString& problem) {
    sampleCount_ = count;
    problem_ = problem;
    if (count < 0) {
        enableWhen(adapt_, false, tr("Your samples could not be read: %1").arg(problem));
        return;
    }
    const bool enough = count >= static_cast<long long>(kAdaptationMinimumSamples);
    const auto minimum = static_cast<long long>(kAdaptationMinimumSamples);
    // A disabled Adapt says why on its tooltip and beside it.
    const QString why = adapting_ ? tr("Adapting…")
                        : enough  ? QString()
                                  : tr("Adapting needs at least %1 samples; you have %2. Save %3 more on the Draw page.")
                                       .arg(minimum).arg(count).arg(minimum - count);
    enableWhen(adapt_, enough && !adapting_, why);
    // Beside it too, until there are enough; an adaptation's result is never overwritten.
    if (!adapting_ && !adapted_ && (!enough || showsWhy_)) result_->setText(enough ? QString() : why);
    showsWhy_ = !adapting_ && !adapted_ && !enough;
}

void AdaptationPanel::start(const Classifier& model, const Dataset& samples) {
    if (adapting_) return;
    if (!canAdapt(model)) {
        QMessageBox::information(this, tr("Adapt to my handwriting"),
                                 tr("Adapting fine-tunes a CNN or an ensemble of CNNs; the model in use is neither (%1). "
                                    "Pick one on the Models page first.")
                                     .arg(QString::fromStdString(model.describe())));
        return;
    }
    adapting_ = true;
    adapted_.reset();
    enableWhen(adapt_, false, tr("Adapting…"));
    showDecisionButtons();
    enableWhen(cancel_, true, {});
    progress_->setVisible(true);
    progress_->setRange(0, 0);
    result_->setText(tr("Adapting a copy of the model in use to your handwriting…"));
    emit adaptingChanged(true);
    std::shared_ptr<const Classifier> base = model.clone();
    const std::string folder = mnistFolderInUse().toStdString();
    job_->start(
        [this, base, samples, folder](const BackgroundJob::Context& job) -> BackgroundJob::Finish {
            const AdaptationOptions options;
            const int epochs = adaptationEpochs(*base, options);
            TrainingCallbacks callbacks;
            callbacks.onEpoch = [&job, this, epochs](const EpochReport& e) {
                job.post([this, e, epochs] {
                    progress_->setRange(0, epochs);
                    progress_->setValue(e.epoch);
                });
            };
            AdaptationResult result =
                adaptToHandwritingWithMnist(*base, samples, folder, options, callbacks, &job.cancelFlag());
            return [this, result = std::make_shared<AdaptationResult>(std::move(result))] { onAdapted(*result); };
        },
        [this](bool cancelled, const QString& problem) {
            finish(cancelled ? tr("Cancelled; the model in use is unchanged.") : tr("Could not adapt: %1").arg(problem));
        });
}

void AdaptationPanel::onAdapted(AdaptationResult& result) {
    adapted_ = std::shared_ptr<Classifier>(std::move(result.adapted));
    QString text = tr("Your held-out drawings (%1, not trained on): <b>%2 → %3</b>. MNIST test set: "
                      "<b>%4 → %5</b>. Keep the adapted model?")
                       .arg(drawings(result.personalHeldOut))
                       .arg(percent(result.personalBefore), percent(result.personalAfter), percent(result.mnistBefore),
                            percent(result.mnistAfter));
    if (result.personalHeldOut < kAdaptationFairHeldOut)
        text += "<br>" + colours::warningHtml(palette(), tr("Only %1 held out: too few for the before and after to mean much. "
                                                 "With %2 samples or more, a quarter held out makes a fairer check.")
                                                  .arg(drawings(result.personalHeldOut))
                                                  .arg(4 * kAdaptationFairHeldOut));
    finish(text);
}

void AdaptationPanel::showDecisionButtons() {
    const QString why = adapting_ ? tr("Adapting…") : tr("Adapt first: the adapted model is kept or discarded here");
    enableWhen(keep_, adapted_ != nullptr, why);
    enableWhen(discard_, adapted_ != nullptr, why);
}

void AdaptationPanel::cancel() {
    job_->cancel();
    result_->setText(tr("Cancelling…"));
}

void AdaptationPanel::finish(const QString& message) {
    adapting_ = false;
    enableWhen(cancel_, false, tr("Nothing is adapting"));
    progress_->setVisible(false);
    result_->setText(message);
    showDecisionButtons();
    setSampleCount(sampleCount_, problem_);
    emit adaptingChanged(false);
    emit statusMessage(tr("Adaptation finished"));
}

} // namespace digitpad
