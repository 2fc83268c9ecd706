#pragma once
// "Evaluate on my drawings": the model in use reads every sample of a person's handwriting, off
// the window's thread; a heatmap of what it read, whose cells show those drawings.
#include "data/Dataset.h"
#include "model/Classifier.h"

#include <QWidget>

#include <cstdint>
#include <memory>
#include <vector>

class QLabel;
class QPushButton;

namespace digitpad {

class BackgroundJob;
class ConfusionHeatmap;
class ExampleGallery;
struct Evaluation;

class SampleEvaluationView : public QWidget {
    Q_OBJECT
public:
    explicit SampleEvaluationView(QWidget* parent = nullptr);
    ~SampleEvaluationView() override;

    // Reads `samples` with `model`, which no other thread may use (give it a clone).
    void evaluate(std::shared_ptr<Classifier> model, Dataset samples);
    // The samples changed: what was shown, or is being read, would mislead.
    void clear();
    // Whether Evaluate can be pressed, and if not, why (its tooltip).
    void setAvailable(bool available, const QString& why);
    void showMessage(const QString& text);
    bool isEvaluating() const;

    QPushButton* evaluateButton() const { return evaluate_; }
    QLabel* evaluationLabel() const { return evaluation_; }
    ConfusionHeatmap* heatmap() const { return heatmap_; }
    ExampleGallery* cellGallery() const { return cellGallery_; }

signals:
    void evaluateRequested();
    void imageOpened(const digitpad::Image28& image, const QString& what);

private:
    static QString idleText();
    void show(const Evaluation& result);
    void showCell(int truth, int predicted);

    QPushButton* evaluate_;
    QLabel* evaluation_;
    ConfusionHeatmap* heatmap_;
    ExampleGallery* cellGallery_;
    std::unique_ptr<BackgroundJob> job_;
    Dataset evaluated_;                 // the samples the heatmap shows
    std::vector<std::uint8_t> predicted_; // what the model read for each of them
    unsigned generation_ = 0;           // bumped by clear(): a reading of older samples is dropped
    bool available_ = false;
    QString unavailableWhy_;
    QString overall_; // the accuracy line, kept above a clicked cell's
};

} // namespace digitpad
