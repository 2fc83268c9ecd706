#include "personal/Adaptation.h"

#include "data/Dataset.h"
#include "metrics/Evaluate.h"
#include "cnn/CnnClassifier.h"
#include "util/Error.h"

#include <algorithm>
#include <random>

namespace digitpad {
namespace {

ConfusionMatrix confusionOn(Classifier& model, const Dataset& data, const std::atomic<bool>* cancel) {
    return data.empty() ? ConfusionMatrix{} : evaluate(model, data, {}, cancel).confusion;
}

double accuracyOn(Classifier& model, const Dataset& data, const std::atomic<bool>* cancel) {
    return data.empty() ? 0.0 : confusionOn(model, data, cancel).accuracy();
}

} // namespace

AdaptationResult adaptToHandwriting(const CnnClassifier& model, const Dataset& personal, const Dataset& mnistTrain,
                                    const Dataset& mnistTest, const AdaptationOptions& options,
                                    const TrainingCallbacks& callbacks, const std::atomic<bool>* cancel) {
    if (personal.size() < kAdaptationMinimumSamples)
        throw Error("adapting needs at least " + std::to_string(kAdaptationMinimumSamples) + " of your own samples; you have " +
                                         std::to_string(personal.size()));
    const auto [trainIndices, heldIndices] = shuffledSplit(personal.size(), options.heldOutFraction, options.seed);
    const Dataset heldOut = subset(personal, heldIndices);

    // The training mix: every personal training sample a few times, and a random slice of MNIST.
    std::vector<std::size_t> repeated;
    for (int r = 0; r < options.personalRepeats; ++r) repeated.insert(repeated.end(), trainIndices.begin(), trainIndices.end());
    Dataset mix = subset(personal, repeated);
    std::vector<std::size_t> mnist(mnistTrain.size());
    for (std::size_t i = 0; i < mnist.size(); ++i) mnist[i] = i;
    std::shuffle(mnist.begin(), mnist.end(), std::mt19937(options.seed));
    mnist.resize(std::min(mnist.size(), options.mnistImages));
    const Dataset mnistPart = subset(mnistTrain, mnist);
    mix.append(mnistPart);

    AdaptationResult result;
    result.personalTrained = trainIndices.size();
    result.personalHeldOut = heldIndices.size();
    auto before = std::unique_ptr<Classifier>(model.clone());
    result.personalBefore = accuracyOn(*before, heldOut, cancel);
    result.mnistBefore = accuracyOn(*before, mnistTest, cancel);

    result.adapted = model.cloneCnn();
    TrainingOptions training;
    training.epochs = options.epochs;
    training.learningRate = options.learningRate;
    training.seed = options.seed;
    training.augment = true; // a handful of drawings: small shifts and turns keep it from memorising them
    const TrainingResult run = trainCnn(*result.adapted, mix, training, callbacks, cancel);
    if (run.cancelled) throw Cancelled();
    result.adapted->metadata()["adapted_personal_samples"] = std::to_string(trainIndices.size());
    result.personalAfter = accuracyOn(*result.adapted, heldOut, cancel);
    if (!mnistTest.empty()) {
        // The adapted model's own MNIST figure replaces the one it inherited from `model`.
        const ConfusionMatrix mnist = confusionOn(*result.adapted, mnistTest, cancel);
        result.mnistAfter = mnist.accuracy();
        recordEvaluation(*result.adapted, mnist);
    }
    return result;
}

AdaptationResult adaptToHandwritingWithMnist(const CnnClassifier& model, const Dataset& personal,
                                             const std::string& mnistFolder, const AdaptationOptions& options,
                                             const TrainingCallbacks& callbacks, const std::atomic<bool>* cancel) {
    if (personal.size() < kAdaptationMinimumSamples) // before loading 60,000 images for nothing
        return adaptToHandwriting(model, personal, {}, {}, options, callbacks, cancel);
    const Dataset train = loadMnist(mnistFolder, MnistSplit::Train);
    const Dataset test = loadMnist(mnistFolder, MnistSplit::Test);
    return adaptToHandwriting(model, personal, train, test, options, callbacks, cancel);
}

} // namespace digitpad
