#pragma once
#include "data/Dataset.h"
#include "metrics/Evaluate.h"
#include "metrics/Metrics.h"
#include "model/Classifier.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace digitpad {

// One row of the model comparison: how well and how fast a model does on a test set.
struct ModelScore {
    std::string name;         // what the user called it (a type name or a file)
    std::string description;  // Classifier::describe()
    double accuracy = 0;
    double macroF1 = 0;
    std::optional<double> trainingSeconds; // from the model's metadata, when recorded
    double millisecondsPerImage = 0;        // batch prediction, preprocessing excluded
    std::size_t sizeBytes = 0;              // the saved model file
    ConfusionMatrix confusion;              // what accuracy and macro F1 came from
};

// The training time a model's metadata records ("training_seconds"), if any and readable.
std::optional<double> recordedTrainingSeconds(const Classifier& model);

// Scores `model` on `test`. Throws Cancelled when `cancel` is set.
struct ScoredEvaluation {
    Evaluation evaluation; // per image, for galleries
    ModelScore score;      // the summary, timed
};
// Evaluates and times the model on `test`: what scoreModel returns, with every image's answer.
ScoredEvaluation evaluateAndScore(Classifier& model, const std::string& name, const Dataset& test,
                                  const std::function<void(std::size_t done)>& progress = {},
                                  const std::atomic<bool>* cancel = nullptr);

ModelScore scoreModel(Classifier& model, const std::string& name, const Dataset& test,
                      const std::function<void(std::size_t done)>& progress = {},
                      const std::atomic<bool>* cancel = nullptr);

// A model to compare, under the name the table shows.
struct NamedModel {
    std::shared_ptr<Classifier> model;
    std::string name;
};

// What a comparison reports as it goes: images scored of the model at `index`, and each
// model's score as soon as it has one.
struct ComparisonProgress {
    std::function<void(std::size_t index, std::size_t imagesDone)> images;
    std::function<void(std::size_t index, const ModelScore& score)> scored;
};

// Scores every model on `test` in turn: the comparison the Models page and `digitpad-cli compare`
// show. Each model predicts on the calling thread, so give it models no other thread uses.
// Throws Cancelled when `cancel` is set.
std::vector<ModelScore> compareModels(const std::vector<NamedModel>& models, const Dataset& test,
                                      const ComparisonProgress& progress = {}, const std::atomic<bool>* cancel = nullptr);

// The comparison table as the CLI prints it.
std::string formatComparison(const std::vector<ModelScore>& scores);

} // namespace digitpad
