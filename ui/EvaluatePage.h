#pragma once
#include "data/Dataset.h"
#include "metrics/Evaluate.h"
#include "model/Classifier.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;

namespace digitpad {

class BackgroundJob;
class ConfusionHeatmap;
class ExampleGallery;
class ReportTable;

// How good a model is on the MNIST test set: confusion heatmap, classification report, and
// the test images behind any cell. Exports the report as CSV or JSON and the heatmap as PNG.
class EvaluatePage : public QWidget {
    Q_OBJECT
public:
    explicit EvaluatePage(QWidget* parent = nullptr);
    ~EvaluatePage() override;

    // Evaluates `model` (a clone runs off the GUI thread) on the test set in `folder`.
    // `name`: what the results say they are for (the model's file, an epoch of a run).
    void evaluateModel(const std::shared_ptr<Classifier>& model, const QString& folder, const QString& name);
    void showEvaluation(const Evaluation& evaluation, std::shared_ptr<const Dataset> test,
                        const std::shared_ptr<const Classifier>& model, const QString& modelName);
    // The canvas now recognizes with `model`: results shown for another model say so.
    void setActiveModel(const std::shared_ptr<const Classifier>& model);
    // Whether the results shown are for a model other than the one in use.
    bool showsAnotherModel() const;
    bool isEvaluating() const;
    // Whether there are results to show and export.
    bool hasEvaluation() const { return test_ != nullptr; }
    const Evaluation& evaluation() const { return evaluation_; }
    // The model whose results are shown, while it is alive.
    std::shared_ptr<const Classifier> evaluatedModel() const { return evaluated_.lock(); }

    ConfusionHeatmap* heatmap() const { return heatmap_; }
    ExampleGallery* gallery() const { return gallery_; }
    ReportTable* report() const { return report_; }
    QPushButton* evaluateButton() const { return evaluate_; }
    QLabel* summaryLabel() const { return summary_; }
    QLabel* galleryTitle() const { return galleryTitle_; }

public slots:
    void exportCsv();
    void exportJson();
    void exportHeatmapPng();

signals:
    void evaluateRequested();
    void statusMessage(const QString& message);

private:
    void showCell(int truth, int predicted);
    void setExportsEnabled(bool enabled);
    void showSummary();
    void writeExport(const QString& title, const QString& filter, const QString& suggested, const QByteArray& bytes);

    QLabel* summary_;
    QPushButton* evaluate_;
    QPushButton* csv_;
    QPushButton* json_;
    QPushButton* png_;
    ConfusionHeatmap* heatmap_;
    ReportTable* report_;
    QLabel* galleryTitle_;
    ExampleGallery* gallery_;
    std::unique_ptr<BackgroundJob> job_;
    std::shared_ptr<const Dataset> test_;
    Evaluation evaluation_;
    QString evaluatedName_;
    std::weak_ptr<const Classifier> evaluated_; // whose results are shown
    std::weak_ptr<const Classifier> active_;    // the model the canvas uses
};

} // namespace digitpad
