#pragma once
#include "data/Image28.h"
#include "model/Classifier.h"

#include <QWidget>

#include <functional>
#include <cstdint>
#include <memory>
#include <vector>

class QLabel;
class QListWidget;
class QPushButton;

namespace digitpad {

class AdaptationPanel;
class ConfusionHeatmap;
class ExampleGallery;
class PersonalDataset;
class SampleEvaluationView;

// "My handwriting": the drawings the user labelled (a digit key or a click on the chart on
// the Draw page), which can be viewed, deleted and exported, and "Adapt to my handwriting",
// which fine-tunes a copy of the active CNN on them mixed with MNIST, shows before/after
// accuracy on held-out samples and on the MNIST test set, and lets the user keep or discard it.
class HandwritingPage : public QWidget {
    Q_OBJECT
public:
    // `folder` empty: the app-data "personal" folder.
    explicit HandwritingPage(const QString& folder = QString(), QWidget* parent = nullptr);
    ~HandwritingPage() override;

    void setActiveModel(std::shared_ptr<Classifier> model) { model_ = std::move(model); }

    // Saves a labelled drawing; returns false (after saying why) when it could not be saved.
    bool addSample(const Image28& image, int digit);
    // Saves the digits of one drawing together: all of them, or (after saying why) none.
    bool addSamples(const std::vector<Image28>& images, const std::vector<int>& digits);
    // Removes the `count` samples saved last (a save taken back); false after saying why not.
    bool removeLastSamples(int count);
    int sampleCount() const;
    bool isAdapting() const;

    QListWidget* gallery() const { return gallery_; }
    AdaptationPanel* adaptation() const { return adaptation_; }
    QPushButton* adaptButton() const;
    QPushButton* keepButton() const;
    QPushButton* discardButton() const;
    QLabel* resultLabel() const;
    QLabel* summaryLabel() const { return summary_; }
    SampleEvaluationView* evaluation() const { return evaluation_; }
    QPushButton* evaluateButton() const;
    QLabel* evaluationLabel() const;
    ConfusionHeatmap* heatmap() const;
    ExampleGallery* cellGallery() const;

public slots:
    void startAdapting();
    void deleteSelected();
    void exportSamples();
    // Reads every sample with the model in use: accuracy, and a heatmap whose cells show the drawings.
    void evaluateSamples();

signals:
    void useModel(std::shared_ptr<digitpad::Classifier> model);
    void statusMessage(const QString& message);
    // A sample was double-clicked, to be opened on the Draw page.
    void imageOpened(const digitpad::Image28& image, const QString& what);

private:
    void refresh(bool samplesChanged = true);

    std::unique_ptr<PersonalDataset> samples_;
    QString loadProblem_;
    QLabel* summary_;
    QListWidget* gallery_;
    QPushButton* delete_;
    QPushButton* export_;
    AdaptationPanel* adaptation_;
    SampleEvaluationView* evaluation_;
    std::shared_ptr<Classifier> model_;
};

} // namespace digitpad
