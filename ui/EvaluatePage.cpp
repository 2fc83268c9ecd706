#include "EvaluatePage.h"
#include "LocalNumbers.h"
#include "Colours.h"
#include "EnabledWhen.h"

#include "BackgroundJob.h"
#include "ConfusionHeatmap.h"
#include "ExampleGallery.h"
#include "ReportTable.h"
#include "FileDialogs.h"

#include "io/ReportJson.h"
#include "util/Error.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace digitpad {

EvaluatePage::EvaluatePage(QWidget* parent)
    : QWidget(parent), summary_(new QLabel(this)), evaluate_(new QPushButton(tr("&Evaluate active model"), this)),
      csv_(new QPushButton(tr("Export CSV…"), this)), json_(new QPushButton(tr("Export JSON…"), this)),
      png_(new QPushButton(tr("Export heatmap PNG…"), this)), heatmap_(new ConfusionHeatmap(this)),
      report_(new ReportTable(this)), galleryTitle_(new QLabel(this)), gallery_(new ExampleGallery(tr("Test image"), this)),
      job_(std::make_unique<BackgroundJob>()) {
    gallery_->setAccessibleName(tr("Test images in the chosen heatmap cell"));
    summary_->setWordWrap(true);
    summary_->setText(tr("Evaluate the active model on the 10,000 MNIST test images to see where it goes wrong."));
    // The summary on a line of its own: beside the four buttons it made the page wider than 800.
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(evaluate_);
    buttons->addStretch(1);
    buttons->addWidget(csv_);
    buttons->addWidget(json_);
    buttons->addWidget(png_);
    auto* top = new QVBoxLayout;
    top->addWidget(summary_);
    top->addLayout(buttons);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(heatmap_);
    splitter->addWidget(report_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    galleryTitle_->setText(tr("After an evaluation, click a cell of the heatmap to see its test images."));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(splitter, 3);
    layout->addWidget(galleryTitle_);
    layout->addWidget(gallery_, 1);
    setExportsEnabled(false);

    evaluate_->setToolTip(tr("Evaluate the active model on the 10,000 test images (Ctrl+E)"));
    connect(evaluate_, &QPushButton::clicked, this, &EvaluatePage::evaluateRequested);
    connect(csv_, &QPushButton::clicked, this, &EvaluatePage::exportCsv);
    connect(json_, &QPushButton::clicked, this, &EvaluatePage::exportJson);
    connect(png_, &QPushButton::clicked, this, &EvaluatePage::exportHeatmapPng);
    connect(heatmap_, &ConfusionHeatmap::cellClicked, this, &EvaluatePage::showCell);
}

EvaluatePage::~EvaluatePage() = default;

bool EvaluatePage::isEvaluating() const { return job_->isRunning(); }

void EvaluatePage::setExportsEnabled(bool enabled) {
    for (QPushButton* b : {csv_, json_, png_}) enableWhen(b, enabled, tr("Evaluate a model first"));
}

void EvaluatePage::evaluateModel(const std::shared_ptr<Classifier>& model, const QString& folder, const QString& name) {
    if (!model || isEvaluating()) return;
    enableWhen(evaluate_, false, tr("Evaluating…"));
    summary_->setText(tr("Evaluating %1 on the test set…").arg(name.toHtmlEscaped()));
    // The last results go: left up, they would read as this model's until the new ones come.
    test_.reset();
    evaluated_.reset();
    heatmap_->clear();
    report_->clearContents();
    gallery_->clearCell();
    galleryTitle_->setText(tr("After an evaluation, click a cell of the heatmap to see its test images."));
    setExportsEnabled(false);
    std::shared_ptr<Classifier> copy = model->clone();
    job_->start(
        [this, copy, name, evaluated = std::weak_ptr<const Classifier>(model),
         folder = folder.toStdString()](const BackgroundJob::Context& job) -> BackgroundJob::Finish {
            auto test = std::make_shared<const Dataset>(loadMnist(folder, MnistSplit::Test));
            const Evaluation evaluation = evaluate(*copy, *test, {}, &job.cancelFlag());
            return [this, evaluation, test, evaluated, name] {
                enableWhen(evaluate_, true, {}, tr("Evaluate the active model on the 10,000 test images (Ctrl+E)"));
                showEvaluation(evaluation, test, evaluated.lock(), name);
            };
        },
        [this](bool cancelled, const QString& problem) {
            enableWhen(evaluate_, true, {});
            summary_->setText(cancelled ? tr("Evaluation cancelled.") : tr("Could not evaluate: %1").arg(problem));
        });
}

void EvaluatePage::showEvaluation(const Evaluation& evaluation, std::shared_ptr<const Dataset> test,
                                  const std::shared_ptr<const Classifier>& model, const QString& modelName) {
    evaluation_ = evaluation;
    test_ = std::move(test);
    evaluated_ = model;
    evaluatedName_ = modelName;
    heatmap_->setMatrix(evaluation.confusion);
    report_->setReport(makeReport(evaluation.confusion));
    gallery_->clearCell();
    galleryTitle_->setText(tr("Click a cell of the heatmap to see its test images."));
    showSummary();
    setExportsEnabled(true);
    emit statusMessage(tr("Evaluation finished"));
}

void EvaluatePage::setActiveModel(const std::shared_ptr<const Classifier>& model) {
    active_ = model;
    if (hasEvaluation() && !isEvaluating()) showSummary();
}

bool EvaluatePage::showsAnotherModel() const {
    if (!hasEvaluation()) return false;
    const std::shared_ptr<const Classifier> evaluated = evaluated_.lock();
    return !evaluated || evaluated != active_.lock();
}

void EvaluatePage::showSummary() {
    const ConfusionMatrix& confusion = evaluation_.confusion;
    QString text = tr("<b>%1%</b> of %2 test images right (%3 wrong) · %4")
                       .arg(localNumber(confusion.accuracy() * 100, 2))
                       .arg(localCount(confusion.total()))
                       .arg(localCount(confusion.total() - confusion.correct()))
                       .arg(evaluatedName_.toHtmlEscaped());
    if (showsAnotherModel())
        text += "<br>" + colours::warningHtml(palette(), tr("These results are for %1, not for the model the canvas uses now. "
                                                 "Press <i>Evaluate active model</i> to measure that one.")
                                                  .arg(evaluatedName_.toHtmlEscaped()));
    summary_->setText(text);
}

void EvaluatePage::showCell(int truth, int predicted) {
    if (!test_) return;
    gallery_->showCell(*test_, evaluation_.predicted, truth, predicted);
    const std::size_t count = evaluation_.confusion.count(truth, predicted);
    const QString images = tr("%n test image(s)", nullptr, static_cast<int>(count));
    galleryTitle_->setText(truth == predicted
                               ? tr("%1 of %2 read correctly").arg(images).arg(truth)
                               : tr("%1 of %2 read as %3").arg(images).arg(truth).arg(predicted) +
                                     (count > ExampleGallery::kMaxShown ? tr(" (first %1 shown)").arg(ExampleGallery::kMaxShown) : QString()));
}

void EvaluatePage::writeExport(const QString& title, const QString& filter, const QString& suggested,
                               const QByteArray& bytes) {
    const QString path = saveBytesInteractively(this, title, filter, suggested, bytes);
    if (!path.isEmpty()) emit statusMessage(tr("Saved %1").arg(path));
}

void EvaluatePage::exportCsv() {
    if (!hasEvaluation()) return; // never a report of nothing
    writeExport(tr("Export report as CSV"), tr("CSV files (*.csv)"), "digitpad-report.csv",
                QByteArray::fromStdString(reportToCsv(makeReport(evaluation_.confusion))));
}

void EvaluatePage::exportJson() {
    if (!hasEvaluation()) return;
    writeExport(tr("Export report as JSON"), tr("JSON files (*.json)"), "digitpad-report.json",
                QByteArray::fromStdString(reportToJson(evaluation_.confusion)));
}

void EvaluatePage::exportHeatmapPng() {
    if (!hasEvaluation()) return;
    writeExport(tr("Export heatmap as PNG"), tr("PNG images (*.png)"), "digitpad-confusion.png",
                toPng(heatmap_->grab().toImage()));
}

} // namespace digitpad
