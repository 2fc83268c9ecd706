#include "SampleEvaluationView.h"
#include "LocalNumbers.h"

#include "BackgroundJob.h"
#include "ConfusionHeatmap.h"
#include "EnabledWhen.h"
#include "ExampleGallery.h"

#include "metrics/Evaluate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace digitpad {

SampleEvaluationView::SampleEvaluationView(QWidget* parent)
    : QWidget(parent), evaluate_(new QPushButton(tr("E&valuate on my drawings"), this)), evaluation_(new QLabel(this)),
      heatmap_(new ConfusionHeatmap(this)), cellGallery_(new ExampleGallery(tr("Your sample"), this)),
      job_(std::make_unique<BackgroundJob>()) {
    evaluation_->setWordWrap(true);
    evaluation_->setText(idleText());
    auto* evaluateRow = new QHBoxLayout;
    evaluateRow->addWidget(evaluate_);
    evaluateRow->addWidget(evaluation_, 1);
    auto* views = new QHBoxLayout;
    views->addWidget(heatmap_, 1);
    views->addWidget(cellGallery_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(evaluateRow);
    layout->addLayout(views, 1);
    heatmap_->setVisible(false);
    cellGallery_->setAccessibleName(tr("Your drawings in the chosen heatmap cell"));
    cellGallery_->setPlaceholderText(tr("Click a cell of the heatmap to see its drawings here"));
    cellGallery_->setVisible(false);

    connect(evaluate_, &QPushButton::clicked, this, &SampleEvaluationView::evaluateRequested);
    connect(cellGallery_, &ExampleGallery::imageOpened, this, &SampleEvaluationView::imageOpened);
    connect(heatmap_, &ConfusionHeatmap::cellClicked, this, &SampleEvaluationView::showCell);
}

SampleEvaluationView::~SampleEvaluationView() = default;

bool SampleEvaluationView::isEvaluating() const { return job_->isRunning(); }

void SampleEvaluationView::setAvailable(bool available, const QString& why) {
    available_ = available;
    unavailableWhy_ = why;
    enableWhen(evaluate_, available && !isEvaluating(), available ? tr("Reading your drawings…") : why);
}

void SampleEvaluationView::showMessage(const QString& text) { evaluation_->setText(text); }

void SampleEvaluationView::clear() {
    ++generation_;
    job_->cancel();
    evaluated_ = Dataset{};
    predicted_.clear();
    heatmap_->setVisible(false);
    cellGallery_->clearCell();
    cellGallery_->setVisible(false);
    evaluation_->setText(idleText());
    overall_.clear();
}

// Before any evaluation, what the button does: the right half of the page is otherwise empty.
QString SampleEvaluationView::idleText() {
    return tr("Reads your samples with the model in use and shows in a heatmap which digits it gets wrong; "
              "a cell of it shows your drawings there.");
}

void SampleEvaluationView::evaluate(std::shared_ptr<Classifier> model, Dataset samples) {
    if (isEvaluating()) return;
    const unsigned generation = generation_;
    evaluation_->setText(tr("Reading your %n drawing(s)…", nullptr, static_cast<int>(samples.size())));
    auto shared = std::make_shared<const Dataset>(std::move(samples));
    const bool started = job_->start(
        [this, model, shared, generation](const BackgroundJob::Context& job) -> BackgroundJob::Finish {
            auto result = std::make_shared<Evaluation>(digitpad::evaluate(*model, *shared, {}, &job.cancelFlag(), ImagesOf::People));
            return [this, shared, result, generation] {
                setAvailable(available_, unavailableWhy_);
                if (generation != generation_) return; // the samples changed while they were read
                evaluated_ = *shared;
                show(*result);
            };
        },
        [this](bool cancelled, const QString& problem) {
            setAvailable(available_, unavailableWhy_);
            if (!cancelled) evaluation_->setText(tr("Could not read your drawings: %1").arg(problem));
        });
    if (started) enableWhen(evaluate_, false, tr("Reading your drawings…"));
}

void SampleEvaluationView::show(const Evaluation& result) {
    predicted_ = result.predicted;
    heatmap_->setMatrix(result.confusion);
    heatmap_->setVisible(true);
    cellGallery_->clearCell();
    cellGallery_->setVisible(true);
    const auto total = static_cast<int>(result.confusion.total());
    const auto wrong = static_cast<int>(result.confusion.total() - result.confusion.correct());
    // One sentence, so a translator can put the mistakes where the language wants them; each count
    // takes its own plural forms, and Qt gives a message only one.
    const QString mistakes = tr("%n wrong", nullptr, wrong);
    overall_ = tr("The model in use reads %1% of your %n drawing(s) right (%2).", nullptr, total)
                   .arg(localNumber(result.confusion.accuracy() * 100, 1), mistakes);
    evaluation_->setText(overall_ + " " + tr("Click a cell to see those drawings."));
}

void SampleEvaluationView::showCell(int truth, int predicted) {
    if (predicted_.size() != evaluated_.size() || predicted_.empty()) return;
    cellGallery_->showCell(evaluated_, predicted_, truth, predicted);
    const auto count = static_cast<int>(heatmap_->matrix().count(truth, predicted));
    // The cell's line under the overall one, which stays.
    const QString cell = truth == predicted ? tr("%n of your %1s the model reads right.", nullptr, count).arg(truth)
                         : count == 0       ? tr("None of your %1s is read as %2.").arg(truth).arg(predicted)
                                            : tr("%n of your %1s the model reads as %2.", nullptr, count).arg(truth).arg(predicted);
    evaluation_->setText(overall_ + "\n" + cell);
}

} // namespace digitpad
