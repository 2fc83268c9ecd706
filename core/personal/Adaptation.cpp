#include "personal/Adaptation.h"

#include "data/Dataset.h"
#include "metrics/Evaluate.h"
#include "cnn/CnnClassifier.h"
#include "model/EnsembleClassifier.h"
#include "model/SecondOpinionClassifier.h"
#include "util/Error.h"

#include <algorithm>
#include <random>

namespace digitpad {
namespace {

ConfusionMatrix confusionOn(Classifier& model, const Dataset& data, const std::atomic<bool>* cancel, ImagesOf kind) {
    return data.empty() ? ConfusionMatrix{} : evaluate(model, data, {}, cancel, kind).confusion;
}

double accuracyOn(Classifier& model, const Dataset& data, const std::atomic<bool>* cancel, ImagesOf kind) {
    return data.empty() ? 0.0 : confusionOn(model, data, cancel, kind).accuracy();
}

const EnsembleClassifier* ensembleOfCnns(const Classifier& model) {
    const auto* ensemble = dynamic_cast<const EnsembleClassifier*>(&model);
    if (!ensemble) return nullptr;
    for (std::size_t m = 0; m < ensemble->memberCount(); ++m)
        if (!dynamic_cast<const CnnClassifier*>(&ensemble->member(m))) return nullptr;
    return ensemble;
}

// A copy of `cnn` trained on `mix`; its epochs are reported after `epochsBefore` others.
std::unique_ptr<CnnClassifier> fineTunedCnn(const CnnClassifier& cnn, const Dataset& mix, const TrainingOptions& training,
                                            const TrainingCallbacks& callbacks, int epochsBefore,
                                            const std::atomic<bool>* cancel) {
    TrainingCallbacks counted = callbacks;
    if (callbacks.onEpoch)
        counted.onEpoch = [&callbacks, epochsBefore](EpochReport report) {
            report.epoch += epochsBefore;
            callbacks.onEpoch(report);
        };
    std::unique_ptr<CnnClassifier> copy = cnn.cloneCnn();
    if (trainCnn(*copy, mix, training, counted, cancel).cancelled) throw Cancelled();
    return copy;
}

// A copy of `model` fine-tuned on `mix`: the CNN, or every member of an ensemble of CNNs in turn
// (they stay as different as they were: each starts from its own weights). A second opinion
// stays as it is: it is there because it learnt differently.
std::unique_ptr<Classifier> fineTuned(const Classifier& model, const Dataset& mix, const TrainingOptions& training,
                                      const TrainingCallbacks& callbacks, const std::atomic<bool>* cancel) {
    if (const auto* checked = dynamic_cast<const SecondOpinionClassifier*>(&model))
        return checked->withReader(fineTuned(checked->reader(), mix, training, callbacks, cancel));
    if (const auto* cnn = dynamic_cast<const CnnClassifier*>(&model))
        return fineTunedCnn(*cnn, mix, training, callbacks, 0, cancel);
    const EnsembleClassifier& ensemble = *ensembleOfCnns(model); // adaptToHandwriting asked canAdapt
    std::vector<std::unique_ptr<Classifier>> members;
    for (std::size_t m = 0; m < ensemble.memberCount(); ++m)
        members.push_back(fineTunedCnn(dynamic_cast<const CnnClassifier&>(ensemble.member(m)), mix, training, callbacks,
                                       static_cast<int>(m) * training.epochs, cancel));
    auto adapted = std::make_unique<EnsembleClassifier>(std::move(members));
    adapted->metadata() = ensemble.metadata(); // its temperature and history
    adapted->setThreads(ensemble.threads());
    return adapted;
}

} // namespace

bool canAdapt(const Classifier& model) {
    const Classifier& reader = readerOf(model);
    return dynamic_cast<const CnnClassifier*>(&reader) || ensembleOfCnns(reader);
}

int adaptationEpochs(const Classifier& model, const AdaptationOptions& options) {
    const EnsembleClassifier* ensemble = ensembleOfCnns(readerOf(model));
    return options.epochs * static_cast<int>(ensemble ? ensemble->memberCount() : 1);
}

AdaptationResult adaptToHandwriting(const Classifier& model, const Dataset& personal, const Dataset& mnistTrain,
                                    const Dataset& mnistTest, const AdaptationOptions& options,
                                    const TrainingCallbacks& callbacks, const std::atomic<bool>* cancel) {
    if (personal.size() < kAdaptationMinimumSamples)
        throw Error("adapting needs at least " + std::to_string(kAdaptationMinimumSamples) + " of your own samples; you have " +
                                         std::to_string(personal.size()));
    if (!canAdapt(model))
        throw Error("adapting fine-tunes a CNN or an ensemble of CNNs; the model in use is " + model.describe());
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
    result.personalBefore = accuracyOn(*before, heldOut, cancel, ImagesOf::People);
    result.mnistBefore = accuracyOn(*before, mnistTest, cancel, ImagesOf::Mnist);

    TrainingOptions training;
    training.epochs = options.epochs;
    training.learningRate = options.learningRate;
    training.seed = options.seed;
    training.augment = true; // a handful of drawings: small shifts and turns keep it from memorising them
    result.adapted = fineTuned(model, mix, training, callbacks, cancel);
    result.adapted->metadata()["adapted_personal_samples"] = std::to_string(trainIndices.size());
    result.personalAfter = accuracyOn(*result.adapted, heldOut, cancel, ImagesOf::People);
    if (!mnistTest.empty()) {
        // The adapted model's own MNIST figure replaces the one it inherited from `model`.
        const ConfusionMatrix mnist = confusionOn(*result.adapted, mnistTest, cancel, ImagesOf::Mnist);
        result.mnistAfter = mnist.accuracy();
        recordEvaluation(*result.adapted, mnist);
    }
    return result;
}

AdaptationResult adaptToHandwritingWithMnist(const Classifier& model, const Dataset& personal,
                                             const std::string& mnistFolder, const AdaptationOptions& options,
                                             const TrainingCallbacks& callbacks, const std::atomic<bool>* cancel) {
    if (personal.size() < kAdaptationMinimumSamples) // before loading 60,000 images for nothing
        return adaptToHandwriting(model, personal, {}, {}, options, callbacks, cancel);
    const Dataset train = loadMnist(mnistFolder, MnistSplit::Train);
    const Dataset test = loadMnist(mnistFolder, MnistSplit::Test);
    return adaptToHandwriting(model, personal, train, test, options, callbacks, cancel);
}

} // namespace digitpad
