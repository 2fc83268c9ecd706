#pragma once
// "Adapt to my handwriting": fine-tunes a copy of the CNN in use on a person's samples mixed with
// MNIST, off the window's thread (core's adaptToHandwritingWithMnist), shows the before and after
// on held-out samples and on MNIST, and lets the person keep or discard the adapted model.
#include "data/Dataset.h"
#include "model/Classifier.h"

#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace digitpad {

class BackgroundJob;
struct AdaptationResult;

class AdaptationPanel : public QWidget {
    Q_OBJECT
public:
    explicit AdaptationPanel(QWidget* parent = nullptr);
    ~AdaptationPanel() override;

    // How many samples there are (-1: they could not be read, `problem` says why): Adapt is
    // enabled for enough, and says what is missing otherwise.
    void setSampleCount(long long count, const QString& problem = {});
    // Adapts a copy of `model` (a CNN) to `samples`.
    void start(const Classifier& model, const Dataset& samples);
    void cancel();
    bool isAdapting() const { return adapting_; }

    QPushButton* adaptButton() const { return adapt_; }
    QPushButton* keepButton() const { return keep_; }
    QPushButton* discardButton() const { return discard_; }
    QLabel* resultLabel() const { return result_; }

signals:
    void adaptRequested();
    void adaptingChanged(bool adapting);
    void useModel(std::shared_ptr<digitpad::Classifier> model);
    void statusMessage(const QString& message);

private:
    void showDecisionButtons(); // Keep and Discard, for an adapted model if there is one
    void onAdapted(AdaptationResult& result);
    void finish(const QString& message);

    QPushButton* adapt_;
    QPushButton* cancel_;
    QProgressBar* progress_;
    QLabel* result_;
    QPushButton* keep_;
    QPushButton* discard_;
    std::unique_ptr<BackgroundJob> job_;
    std::shared_ptr<Classifier> adapted_;
    long long sampleCount_ = 0;
    QString problem_;
    bool showsWhy_ = false; // the result line says why Adapt is disabled
    bool adapting_ = false;
};

} // namespace digitpad
