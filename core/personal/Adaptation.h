#pragma once
#include "data/Dataset.h"
#include "train/Trainer.h"

#include <atomic>
#include <functional>
#include <memory>
#include <string>

namespace digitpad {

class Classifier;

// Adapting needs at least this many personal samples.
inline constexpr std::size_t kAdaptationMinimumSamples = 4;
// Fewer held-out samples than this make the before/after figures mostly chance.
inline constexpr std::size_t kAdaptationFairHeldOut = 10;

struct AdaptationOptions {
    int epochs = 4;
    float learningRate = 0.0003f; // a gentle fine-tune, not training afresh
    double heldOutFraction = 0.25; // of the personal samples, kept for the before/after check
    std::size_t mnistImages = 3000; // mixed in so MNIST accuracy does not collapse
    int personalRepeats = 4;        // each personal sample appears this often per epoch
    std::uint32_t seed = 1;
};

struct AdaptationResult {
    std::unique_ptr<Classifier> adapted; // of the same kind as the model adapted
    std::size_t personalTrained = 0;
    std::size_t personalHeldOut = 0;
    double personalBefore = 0, personalAfter = 0; // accuracy on the held-out personal samples
    double mnistBefore = 0, mnistAfter = 0;        // accuracy on the MNIST test set
};

// Whether adaptToHandwriting can fine-tune `model`: a CNN, or an ensemble of CNNs (each member
// is fine-tuned on the same samples), or either with a second opinion (which stays as it is).
bool canAdapt(const Classifier& model);
// The epochs an adaptation of `model` reports in all (EpochReport::epoch counts up to it): the
// options' epochs for each CNN it fine-tunes.
int adaptationEpochs(const Classifier& model, const AdaptationOptions& options = {});

// Fine-tunes a copy of `model` on the personal samples mixed with MNIST training images and
// measures both models on held-out personal samples and the MNIST test set. `model` is not
// changed; the caller keeps or discards the result. Throws Error when there are too few
// personal samples (kAdaptationMinimumSamples) or the model cannot be adapted (canAdapt),
// Cancelled when `cancel` is set.
AdaptationResult adaptToHandwriting(const Classifier& model, const Dataset& personal, const Dataset& mnistTrain,
                                    const Dataset& mnistTest, const AdaptationOptions& options = {},
                                    const TrainingCallbacks& callbacks = {}, const std::atomic<bool>* cancel = nullptr);

// What "Adapt to my handwriting" runs: MNIST's training images (a slice is mixed in) and its test
// set from `mnistFolder`, then adaptToHandwriting. Throws Error for a missing or damaged MNIST.
AdaptationResult adaptToHandwritingWithMnist(const Classifier& model, const Dataset& personal,
                                             const std::string& mnistFolder, const AdaptationOptions& options = {},
                                             const TrainingCallbacks& callbacks = {},
                                             const std::atomic<bool>* cancel = nullptr);

} // namespace digitpad
