#include "train/Trainer.h"

#include "cnn/CnnClassifier.h"
#include "cnn/CnnNetworkHolder.h"
#include "train/Augment.h"
#include "train/TrainingStep.h"
#include "util/Error.h"
#include "util/Numbers.h"
#include "util/UtcTime.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <numeric>
#include <random>

namespace digitpad {
namespace {

using Clock = std::chrono::steady_clock;

struct BatchScore {
    double lossSum = 0;
    std::size_t correct = 0;
};

BatchScore scoreOutputs(const tiny_dnn::tensor_t& outputs, const std::vector<tiny_dnn::label_t>& labels) {
    BatchScore score;
    for (std::size_t i = 0; i < labels.size() && i < outputs.size(); ++i) {
        const tiny_dnn::vec_t& p = outputs[i];
        score.lossSum -= std::log(std::max<double>(p[labels[i]], 1e-12));
        const auto predicted = std::max_element(p.begin(), p.end()) - p.begin();
        if (static_cast<tiny_dnn::label_t>(predicted) == labels[i]) ++score.correct;
    }
    return score;
}

Image28 augmented(const Image28& image, const TrainingOptions& options, std::mt19937& rng) {
    const Image28 moved = augment(image, rng);
    return options.elastic && std::bernoulli_distribution(0.5)(rng) ? elasticDistort(moved, rng) : moved;
}

// The images of order[begin, end), augmented if asked. Augmenting costs about a tenth of a
// training step, so it runs on every core. Each run of a few images draws from its own generator,
// seeded from the trainer's, so the images do not depend on how many cores share the work.
std::vector<Image28> batchImages(const Dataset& data, const std::vector<std::size_t>& order, std::size_t begin,
                                 std::size_t end, const TrainingOptions& options, std::mt19937& rng,
                                 WorkerPool& workers) {
    std::vector<Image28> images(end - begin);
    if (!options.augment) {
        for (std::size_t i = 0; i < images.size(); ++i) images[i] = data.image(order[begin + i]);
        return images;
    }
    constexpr std::size_t kImagesPerRun = 8;
    std::vector<std::mt19937::result_type> seeds((images.size() + kImagesPerRun - 1) / kImagesPerRun);
    for (auto& seed : seeds) seed = rng();
    workers.run(seeds.size(), [&](std::size_t run) {
        std::mt19937 runRng(seeds[run]);
        const std::size_t last = std::min(images.size(), (run + 1) * kImagesPerRun);
        for (std::size_t i = run * kImagesPerRun; i < last; ++i)
            images[i] = augmented(data.image(order[begin + i]), options, runRng);
    });
    return images;
}

BatchScore scoreSamples(CnnClassifier& model, const Dataset& data, const std::vector<std::size_t>& samples) {
    BatchScore total;
    constexpr std::size_t kChunk = 256;
    std::vector<Image28> images;
    for (std::size_t begin = 0; begin < samples.size(); begin += kChunk) {
        const std::size_t end = std::min(begin + kChunk, samples.size());
        images.clear();
        for (std::size_t i = begin; i < end; ++i) images.push_back(data.image(samples[i]));
        const auto probabilities = model.predictBatch(images);
        for (std::size_t i = 0; i < probabilities.size(); ++i) {
            const auto label = data.labels[samples[begin + i]];
            total.lossSum -= std::log(std::max<double>(probabilities[i][label], 1e-12));
            if (argmax(probabilities[i]) == label) ++total.correct;
        }
    }
    return total;
}

// Adds this run to what the model's metadata already says (a model trained further keeps its
// earlier epochs).
void recordTraining(CnnClassifier& model, const TrainingOptions& options, const TrainingResult& result) {
    ModelMetadata& meta = model.metadata();
    meta["epochs"] = std::to_string(recordedEpochs(model) + static_cast<int>(result.epochs.size()));
    meta["train_images"] = std::to_string(result.trainImages);
    meta["augment"] = options.augment ? (options.elastic ? "yes, elastic" : "yes") : "no";
    if (!options.teachers.empty())
        meta["distilled_from"] = std::to_string(options.teachers.size()) + " model(s), weight " +
                                 formatFixed(options.teacherWeight, 2) + ", temperature " +
                                 formatFixed(options.teacherTemperature, 2);
    double earlierSeconds = 0;
    if (const auto found = meta.find("training_seconds"); found != meta.end())
        earlierSeconds = parseNumber(found->second).value_or(0); // not a number: counts as 0
    double seconds = earlierSeconds;
    for (const EpochReport& epoch : result.epochs) seconds += epoch.seconds;
    meta["training_seconds"] = std::to_string(static_cast<long long>(std::lround(seconds)));
    meta["created"] = utcNowIso8601();
}

// The run's own copies of the teachers, at the distillation temperature.
std::vector<std::unique_ptr<Classifier>> teachersOf(const TrainingOptions& options) {
    std::vector<std::unique_ptr<Classifier>> teachers;
    for (const auto& teacher : options.teachers) {
        teachers.push_back(teacher->clone());
        teachers.back()->setTemperature(options.teacherTemperature);
    }
    return teachers;
}

// The labels one-hot, mixed with the teachers' geometric mean (TrainingOptions::teachers).
std::vector<tiny_dnn::vec_t> distilledTargets(std::vector<std::unique_ptr<Classifier>>& teachers,
                                              const std::vector<Image28>& images,
                                              const std::vector<tiny_dnn::label_t>& labels, float teacherWeight) {
    std::vector<std::array<double, kClassCount>> logSums(images.size(), std::array<double, kClassCount>{});
    for (auto& teacher : teachers) {
        const std::vector<Probabilities> read = teacher->predictBatch(images);
        for (std::size_t i = 0; i < images.size(); ++i)
            for (int c = 0; c < kClassCount; ++c) logSums[i][c] += std::log(std::max(read[i][c], 1e-30f));
    }
    std::vector<tiny_dnn::vec_t> targets;
    for (std::size_t i = 0; i < images.size(); ++i) {
        const double top = *std::max_element(logSums[i].begin(), logSums[i].end());
        std::array<double, kClassCount> mean{};
        double total = 0;
        for (int c = 0; c < kClassCount; ++c) total += mean[c] = std::exp((logSums[i][c] - top) / teachers.size());
        tiny_dnn::vec_t target(kClassCount);
        for (int c = 0; c < kClassCount; ++c)
            target[c] = static_cast<tiny_dnn::float_t>(teacherWeight * mean[c] / total +
                                                       (labels[i] == static_cast<tiny_dnn::label_t>(c) ? 1 - teacherWeight : 0));
        targets.push_back(std::move(target));
    }
    return targets;
}

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

} // namespace

std::string validateTrainingOptions(const TrainingOptions& options) {
    if (options.epochs < 1 || options.epochs > 1000) return "epochs must be between 1 and 1000";
    if (options.batchSize < 1 || options.batchSize > 4096) return "batch size must be between 1 and 4096";
    if (!(options.learningRate > 0 && options.learningRate < 1)) return "learning rate must be between 0 and 1";
    if (!(options.learningRateDecay > 0 && options.learningRateDecay <= 1))
        return "learning-rate decay must be above 0 and at most 1";
    if (!(options.validationFraction >= 0 && options.validationFraction < 1))
        return "validation fraction must be at least 0 and below 1";
    if (!(options.teacherWeight >= 0 && options.teacherWeight <= 1)) return "teacher weight must be between 0 and 1";
    if (!(options.teacherTemperature >= Classifier::kMinTemperature &&
          options.teacherTemperature <= Classifier::kMaxTemperature))
        return "teacher temperature must be between " + formatFixed(Classifier::kMinTemperature, 2) + " and " +
               formatFixed(Classifier::kMaxTemperature, 2);
    for (const auto& teacher : options.teachers)
        if (!teacher) return "a teacher model is missing";
    return {};
}

TrainingResult trainCnn(CnnClassifier& model, const Dataset& data, const TrainingOptions& options,
                        const TrainingCallbacks& callbacks, const std::atomic<bool>* cancel) {
    if (const std::string problem = validateTrainingOptions(options); !problem.empty()) throw Error(problem);
    // Index lists, not copies: the training set can be 60,000 images (188 MB as floats).
    const std::size_t available = options.limit > 0 ? std::min(options.limit, data.size()) : data.size();
    const auto [trainSamples, validationSamples] = shuffledSplit(available, options.validationFraction, options.seed);
    if (trainSamples.empty()) throw Error("no training images");

    CnnNetwork& net = model.network().net;
    if (options.threads > 0) model.setThreads(options.threads);
    Adam optimizer; // its moment estimates carry over from batch to batch and epoch to epoch
    optimizer.alpha = options.learningRate;
    model.network().random.seed(options.seed); // dropout masks
    std::mt19937 rng(options.seed);
    std::vector<std::unique_ptr<Classifier>> teachers = teachersOf(options);

    TrainingResult result;
    if (options.profile) result.profile.emplace();
    StepProfile* profile = result.profile ? &*result.profile : nullptr;
    result.trainImages = trainSamples.size();
    result.validationImages = validationSamples.size();
    std::string lastGoodWeights = model.weights();
    auto rollBack = [&] {
        model.setWeights(lastGoodWeights, "snapshot");
        net.set_netphase(tiny_dnn::net_phase::test);
    };
    const auto batchSize = static_cast<std::size_t>(options.batchSize);
    const std::size_t batches = (trainSamples.size() + batchSize - 1) / batchSize;
    float smoothedLoss = -1; // none yet
    std::vector<std::size_t> order = trainSamples;

    for (int epoch = 1; epoch <= options.epochs; ++epoch) {
        const auto epochStart = Clock::now();
        optimizer.alpha = options.learningRate * std::pow(options.learningRateDecay, static_cast<float>(epoch - 1));
        std::shuffle(order.begin(), order.end(), rng);
        net.set_netphase(tiny_dnn::net_phase::train);
        BatchScore epochScore;
        for (std::size_t b = 0; b < batches; ++b) {
            if (cancel && cancel->load()) {
                rollBack();
                result.cancelled = true;
                if (!result.epochs.empty()) recordTraining(model, options, result);
                return result;
            }
            const auto stepStart = Clock::now();
            const std::size_t begin = b * batchSize, end = std::min(begin + batchSize, order.size());
            const std::vector<Image28> images = batchImages(data, order, begin, end, options, rng, model.network().workers);
            tiny_dnn::tensor_t inputs;
            std::vector<tiny_dnn::label_t> labels;
            for (std::size_t i = begin; i < end; ++i) {
                inputs.push_back(toInput(images[i - begin]));
                labels.push_back(data.labels[order[i]]);
            }
            const std::vector<tiny_dnn::vec_t> targets =
                teachers.empty() ? oneHotTargets(labels, kClassCount)
                                 : distilledTargets(teachers, images, labels, options.teacherWeight);
            if (profile) profile->batchSeconds += secondsSince(stepStart);
            const BatchScore score = scoreOutputs(
                trainOnBatch(net, model.network().workers, optimizer, std::move(inputs), targets, profile), labels);
            if (profile) profile->totalSeconds += secondsSince(stepStart);
            if (!std::isfinite(score.lossSum)) {
                rollBack();
                throw Error("training diverged (the loss became infinite); the model was rolled back to "
                            "its last finished epoch. Try a lower learning rate.");
            }
            epochScore.lossSum += score.lossSum;
            epochScore.correct += score.correct;
            if (callbacks.onBatch) {
                BatchProgress progress;
                progress.epoch = epoch;
                progress.batch = b + 1;
                progress.batchesPerEpoch = batches;
                progress.loss = static_cast<float>(score.lossSum / labels.size());
                smoothedLoss = smoothedLoss < 0 ? progress.loss : 0.95f * smoothedLoss + 0.05f * progress.loss;
                progress.smoothedLoss = smoothedLoss;
                progress.accuracy = static_cast<float>(score.correct) / labels.size();
                progress.imagesPerSecond = end / std::max(1e-9, secondsSince(epochStart));
                callbacks.onBatch(progress);
            }
        }
        net.set_netphase(tiny_dnn::net_phase::test);
        EpochReport report;
        report.epoch = epoch;
        report.seconds = secondsSince(epochStart);
        const auto trained = static_cast<double>(trainSamples.size());
        report.imagesPerSecond = trained / std::max(1e-9, report.seconds);
        report.trainLoss = static_cast<float>(epochScore.lossSum / trained);
        report.trainAccuracy = static_cast<float>(epochScore.correct / trained);
        if (!validationSamples.empty()) {
            const BatchScore validation = scoreSamples(model, data, validationSamples);
            const auto held = static_cast<double>(validationSamples.size());
            report.validationLoss = static_cast<float>(validation.lossSum / held);
            report.validationAccuracy = static_cast<float>(validation.correct / held);
        }
        lastGoodWeights = model.weights();
        if (options.keepEpochs) report.weights = std::make_shared<const std::string>(lastGoodWeights);
        result.epochs.push_back(report);
        if (callbacks.onEpoch) callbacks.onEpoch(report);
    }
    recordTraining(model, options, result);
    return result;
}

int recordedEpochs(const Classifier& model) {
    const auto found = model.metadata().find("epochs");
    if (found == model.metadata().end()) return 0;
    const std::optional<double> epochs = parseNumber(found->second);
    return epochs && *epochs >= 0 && *epochs < 1e6 ? static_cast<int>(*epochs) : 0; // not a count: counts as 0
}

std::unique_ptr<CnnClassifier> epochModel(const std::string& architecture, const EpochReport& report,
                                          int earlierEpochs) {
    if (!report.weights) throw Error("epoch " + std::to_string(report.epoch) + " of the run was not kept");
    auto model = std::make_unique<CnnClassifier>(architecture);
    model->setWeights(*report.weights, "epoch " + std::to_string(report.epoch));
    model->metadata()["epochs"] = std::to_string(earlierEpochs + report.epoch);
    model->metadata()["created"] = utcNowIso8601();
    return model;
}

} // namespace digitpad
