#pragma once
#include "data/Dataset.h"
#include "train/StepProfile.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace digitpad {

class Classifier;
class CnnClassifier;

struct TrainingOptions {
    int epochs = 1;
    int batchSize = 32;
    float learningRate = 0.001f; // Adam
    float learningRateDecay = 1.0f; // the rate is multiplied by this after every epoch
    std::uint32_t seed = 1;
    std::size_t threads = 0;         // the model's threads for the run (0: keep what it has)
    std::size_t limit = 0;           // train on the first `limit` images (0 = all)
    double validationFraction = 0.0; // held out from the (limited) training set
    bool augment = false;
    bool elastic = false; // with augment: also an elastic distortion on half the images
    // Keep every finished epoch's weights in its EpochReport, to replay the run epoch by epoch.
    bool keepEpochs = false;
    // Time each part of every training step (TrainingResult::profile).
    bool profile = false;
    // Knowledge distillation (Hinton et al., 2015): each image's target becomes
    // (1 - teacherWeight) * its label + teacherWeight * what these models read in the same
    // (augmented) image, softened by teacherTemperature and averaged as logits (their
    // geometric mean). Shared, never changed: the run predicts with its own clones.
    std::vector<std::shared_ptr<const Classifier>> teachers;
    float teacherWeight = 0.5f;
    double teacherTemperature = 2.0;
};

struct BatchProgress {
    int epoch = 0; // 1-based
    std::size_t batch = 0;
    std::size_t batchesPerEpoch = 0;
    float loss = 0;     // this batch's mean cross-entropy
    float smoothedLoss = 0; // an exponential moving average of `loss` over the run: the trend a chart shows
    float accuracy = 0; // this batch's accuracy
    double imagesPerSecond = 0;
};

struct EpochReport {
    int epoch = 0; // 1-based
    float trainLoss = 0;
    float trainAccuracy = 0;
    std::optional<float> validationLoss;
    std::optional<float> validationAccuracy;
    double seconds = 0;
    double imagesPerSecond = 0;
    // With TrainingOptions::keepEpochs: the weights after this epoch (CnnClassifier::weights()),
    // shared and never changed, so reports travel between threads cheaply.
    std::shared_ptr<const std::string> weights;
};

struct TrainingCallbacks {
    std::function<void(const BatchProgress&)> onBatch;
    std::function<void(const EpochReport&)> onEpoch;
};

struct TrainingResult {
    std::vector<EpochReport> epochs;
    bool cancelled = false;
    std::size_t trainImages = 0;
    std::size_t validationImages = 0;
    std::optional<StepProfile> profile; // when the options asked for one
};

// Trains `model` in place with Adam and cross-entropy. Setting `cancel` from another thread
// stops within one batch; the model then holds the weights of the last finished epoch (or
// its starting weights), never a half-trained epoch. When at least one epoch finished, the
// model's metadata records the run: epochs (added to any earlier ones), train_images,
// augment and created (UTC).
TrainingResult trainCnn(CnnClassifier& model, const Dataset& data, const TrainingOptions& options,
                        const TrainingCallbacks& callbacks = {}, const std::atomic<bool>* cancel = nullptr);

// The epochs a model's metadata says trained it (0 when it says none).
int recordedEpochs(const Classifier& model);

// The model as it was after one epoch of a run with keepEpochs: a fresh `architecture` network
// holding that epoch's weights, its metadata counting the epochs that made it (`earlierEpochs`
// of the model the run started from, plus this run's). It never touches the model in training,
// so it may be called on another thread while the run goes on. Throws Error if the report has
// no weights.
std::unique_ptr<CnnClassifier> epochModel(const std::string& architecture, const EpochReport& report,
                                          int earlierEpochs = 0);

// Checks options before a run; returns a message for the first bad one, or empty.
std::string validateTrainingOptions(const TrainingOptions& options);

} // namespace digitpad
