#include "metrics/Comparison.h"

#include "metrics/Evaluate.h"
#include "metrics/Metrics.h"
#include "util/Numbers.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>

namespace digitpad {

std::optional<double> recordedTrainingSeconds(const Classifier& model) {
    const auto found = model.metadata().find("training_seconds");
    if (found == model.metadata().end()) return std::nullopt;
    const std::optional<double> value = parseNumber(found->second);
    if (!value || *value < 0) return std::nullopt;
    return value;
}

ScoredEvaluation evaluateAndScore(Classifier& model, const std::string& name, const Dataset& test,
                                  const std::function<void(std::size_t)>& progress, const std::atomic<bool>* cancel) {
    ScoredEvaluation result;
    ModelScore& score = result.score;
    score.name = name;
    score.description = model.describe();
    const auto start = std::chrono::steady_clock::now();
    result.evaluation = evaluate(model, test, progress, cancel);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    score.confusion = result.evaluation.confusion;
    const ClassificationReport report = makeReport(score.confusion);
    score.accuracy = report.accuracy;
    score.macroF1 = report.macro.f1;
    score.millisecondsPerImage = test.empty() ? 0 : 1000.0 * seconds / static_cast<double>(test.size());
    score.sizeBytes = model.toBytes().size();
    score.trainingSeconds = recordedTrainingSeconds(model);
    return result;
}

ModelScore scoreModel(Classifier& model, const std::string& name, const Dataset& test,
                      const std::function<void(std::size_t)>& progress, const std::atomic<bool>* cancel) {
    return evaluateAndScore(model, name, test, progress, cancel).score;
}

std::vector<ModelScore> compareModels(const std::vector<NamedModel>& models, const Dataset& test,
                                      const ComparisonProgress& progress, const std::atomic<bool>* cancel) {
    std::vector<ModelScore> scores;
    scores.reserve(models.size());
    for (std::size_t i = 0; i < models.size(); ++i) {
        std::function<void(std::size_t)> images;
        if (progress.images) images = [&progress, i](std::size_t done) { progress.images(i, done); };
        scores.push_back(scoreModel(*models[i].model, models[i].name, test, images, cancel));
        if (progress.scored) progress.scored(i, scores.back());
    }
    return scores;
}

std::string formatComparison(const std::vector<ModelScore>& scores) {
    std::string text = "model                         accuracy  macro F1   train s   ms/image    size MB\n";
    char line[256];
    for (const ModelScore& s : scores) {
        const std::string train = s.trainingSeconds ? std::to_string(static_cast<long long>(*s.trainingSeconds + 0.5)) : "-";
        std::snprintf(line, sizeof line, "%-28.28s %8.2f%% %9.4f %9s %10.3f %10.2f\n", s.name.c_str(),
                      100.0 * s.accuracy, s.macroF1, train.c_str(), s.millisecondsPerImage,
                      static_cast<double>(s.sizeBytes) / 1e6);
        text += line;
    }
    return text;
}

} // namespace digitpad
