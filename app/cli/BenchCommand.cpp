#include "cli/CliSupport.h"
#include "linalg/MatrixProduct.h"
#include "cli/Commands.h"

#include "data/Dataset.h"
#include "metrics/Evaluate.h"
#include "cnn/Architectures.h"
#include "cnn/CnnClassifier.h"
#include "reading/DrawingReader.h"
#include "preprocess/Preprocess.h"
#include "train/Trainer.h"
#include "util/Cores.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include "BundledModel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <chrono>
#include <cmath>

#if defined(__unix__) || defined(__APPLE__)
#include <sys/resource.h>
#endif

namespace digitpad::cli {
namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double peakResidentMegabytes() {
#if defined(__unix__)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // kilobytes on Linux
#elif defined(__APPLE__)
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / (1024.0 * 1024.0); // bytes on macOS
#else
    return -1;
#endif
}

// A drawn 7 as a mouse would give it: about 60 points.
Drawing sampleDrawing() {
    Drawing drawing;
    Stroke stroke;
    for (int i = 0; i <= 30; ++i) stroke.push_back({40.0 + 6.0 * i, 50.0 + 0.3 * i});
    for (int i = 1; i <= 30; ++i) stroke.push_back({220.0 - 3.5 * i, 59.0 + 8.0 * i});
    drawing.strokes.push_back(stroke);
    return drawing;
}

struct Latency {
    double medianMs = 0;
    double p99Ms = 0;
    double preprocessingMedianMs = 0; // of the two parts: strokes to image, image to probabilities
    double modelMedianMs = 0;
    // The canvas's whole reading of the drawing (readDrawing: every view of it, averaged).
    double readingMedianMs = 0, readingP99Ms = 0;
};

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

double percentile99(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, values.size() * 99 / 100)];
}

Latency measureLatency(Classifier& model, int runs) {
    const Drawing drawing = sampleDrawing();
    std::vector<double> times, preprocessing, modelAlone;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        const Preprocessed input = preprocessDrawing(drawing);
        const auto preprocessed = Clock::now();
        model.predict(*input.image);
        times.push_back(secondsSince(start) * 1000);
        preprocessing.push_back(std::chrono::duration<double, std::milli>(preprocessed - start).count());
        modelAlone.push_back(times.back() - preprocessing.back());
    }
    std::vector<double> readings;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        readDrawing(model, drawing);
        readings.push_back(secondsSince(start) * 1000);
    }
    return {median(times), percentile99(times), median(preprocessing), median(modelAlone), median(readings),
            percentile99(readings)};
}

// A training run of `images` images on `threads` threads, every step's parts timed (after a
// warm-up run of 512).
StepProfile profileTraining(const std::string& arch, const Dataset& train, std::size_t images, std::size_t threads,
                            bool augment) {
    CnnClassifier model(arch, 1);
    model.setThreads(threads);
    TrainingOptions options;
    options.augment = augment;
    options.elastic = augment;
    options.limit = 512;
    trainCnn(model, train, options);
    options.limit = images;
    options.profile = true;
    return *trainCnn(model, train, options).profile;
}

QJsonObject profileJson(const StepProfile& profile) {
    QJsonArray layers;
    for (std::size_t i = 0; i < profile.layerNames.size(); ++i)
        layers.append(QJsonObject{{"layer", QString::fromStdString(profile.layerNames[i])},
                                  {"forward_seconds", profile.layers.forward.at(i)},
                                  {"backward_seconds", profile.layers.backward.at(i)}});
    return {{"steps", static_cast<double>(profile.steps)},
            {"images", static_cast<double>(profile.images)},
            {"layers", layers},
            {"loss_seconds", profile.lossSeconds},
            {"optimizer_seconds", profile.optimizerSeconds},
            {"batch_seconds", profile.batchSeconds},
            {"other_seconds", profile.otherSeconds()},
            {"total_seconds", profile.totalSeconds}};
}

// Amdahl's law through two measured points: t(n) = serial + parallel / n.
struct ScalingEstimate {
    double serialFraction = 0; // of the one-thread time
    double speedupAt16 = 1;
};

ScalingEstimate estimateScaling(double oneThread, double nThreads, std::size_t n) {
    const double serial = std::max(0.0, (static_cast<double>(n) * nThreads - oneThread) / (static_cast<double>(n) - 1));
    const double parallel = std::max(0.0, oneThread - serial);
    return {serial / oneThread, oneThread / (serial + parallel / 16)};
}

// Milliseconds per step of each part, at one thread and at `threads`, and what that predicts.
QJsonObject profileArchitecture(const std::string& arch, const Dataset& train, std::size_t images, std::size_t threads,
                                bool augment) {
    const StepProfile one = profileTraining(arch, train, images, 1, augment);
    const bool compared = threads > 1;
    const StepProfile many = compared ? profileTraining(arch, train, images, threads, augment) : one;
    const auto perStep = [](const StepProfile& p, double seconds) { return 1000.0 * seconds / std::max<std::size_t>(1, p.steps); };
    printLine(stdout, QStringLiteral("%1: training step profile, ms per step (batch 32), at 1 and %2 threads (speed-up)")
                          .arg(QString::fromStdString(arch)).arg(threads));
    // The parts that did not speed up (under 1.25x) count as serial: a second estimate that one
    // noisy whole-step figure cannot throw off as easily as the two-point one.
    double serialSeconds = 0;
    const auto row = [&](const QString& part, double a, double b) {
        if (part != "whole step" && compared && b > 0 && a / b < 1.25) serialSeconds += a;
        printLine(stdout, QStringLiteral("  %1 %2 %3  %4x").arg(part, -22).arg(perStep(one, a), 8, 'f', 3)
                              .arg(perStep(many, b), 8, 'f', 3).arg(b > 0 ? a / b : 0.0, 5, 'f', 2));
    };
    for (std::size_t i = 0; i < one.layerNames.size(); ++i) {
        const QString name = QStringLiteral("%1 %2").arg(i + 1).arg(QString::fromStdString(one.layerNames[i]));
        row(name + " forward", one.layers.forward.at(i), many.layers.forward.at(i));
        row(name + " backward", one.layers.backward.at(i), many.layers.backward.at(i));
    }
    row("loss gradient", one.lossSeconds, many.lossSeconds);
    row("optimizer (Adam)", one.optimizerSeconds, many.optimizerSeconds);
    row("batch (augment, copy)", one.batchSeconds, many.batchSeconds);
    row("other (between parts)", one.otherSeconds(), many.otherSeconds());
    row("whole step", one.totalSeconds, many.totalSeconds);
    QJsonObject result{{"architecture", QString::fromStdString(arch)},
                       {"one_thread", profileJson(one)},
                       {"threads", static_cast<double>(threads)}};
    if (compared) {
        const ScalingEstimate estimate = estimateScaling(perStep(one, one.totalSeconds), perStep(many, many.totalSeconds), threads);
        const double partsSerial = serialSeconds / std::max(1e-12, one.totalSeconds);
        const double partsAt16 = 1 / (partsSerial + (1 - partsSerial) / 16);
        printLine(stdout, QStringLiteral("  serial fraction %1 % (Amdahl through 1 and %2 threads): predicts %3x at 16 threads")
                              .arg(100 * estimate.serialFraction, 0, 'f', 1).arg(threads).arg(estimate.speedupAt16, 0, 'f', 2));
        printLine(stdout, QStringLiteral("  parts that did not speed up (< 1.25x): %1 % of a one-thread step: predicts %2x at 16 "
                                         "threads (both ignore memory bandwidth and the barriers' cost)")
                              .arg(100 * partsSerial, 0, 'f', 1).arg(partsAt16, 0, 'f', 2));
        result["serial_parts_fraction"] = partsSerial;
        result["serial_parts_predicted_speedup_at_16"] = partsAt16;
        result["many_threads"] = profileJson(many);
        result["serial_fraction"] = estimate.serialFraction;
        result["predicted_speedup_at_16"] = estimate.speedupAt16;
    }
    return result;
}

QJsonObject benchArchitecture(const std::string& arch, const Dataset& train, const Dataset& test,
                              std::size_t trainImages, bool fullEpoch, bool augment, std::size_t threads) {
    CnnClassifier model(arch, 1);
    model.setThreads(threads);
    TrainingOptions options;
    options.augment = augment; // as the bundled model trains: shifts, rotations, scales, elastic
    options.elastic = augment;
    options.limit = 512;
    trainCnn(model, train, options); // warm-up: allocations, caches, thread start-up

    options.limit = trainImages;
    const TrainingResult run = trainCnn(model, train, options);
    const double trainRate = run.epochs.at(0).imagesPerSecond;

    const auto inferStart = Clock::now();
    // One view per image, as the peer reads them: the same work on both sides.
    const Evaluation evaluation = evaluate(model, test, {}, nullptr, ImagesOf::Mnist, ViewsRead::ImageAlone);
    const double inferRate = test.size() / secondsSince(inferStart);
    const Latency latency = measureLatency(model, 1000);

    QJsonObject result{{"architecture", QString::fromStdString(arch)},
                       {"threads", static_cast<double>(model.usedThreads())},
                       {"train_images", static_cast<double>(trainImages)},
                       {"train_images_per_second", trainRate},
                       {"augmented", augment},
                       {"inference_images_per_second", inferRate},
                       {"latency_median_ms", latency.medianMs},
                       {"latency_p99_ms", latency.p99Ms},
                       {"latency_preprocessing_median_ms", latency.preprocessingMedianMs},
                       {"latency_model_median_ms", latency.modelMedianMs},
                       {"reading_median_ms", latency.readingMedianMs},
                       {"reading_p99_ms", latency.readingP99Ms},
                       {"test_accuracy_after_run", evaluation.confusion.accuracy()}};
    result["peak_rss_mb"] = peakResidentMegabytes(); // training, evaluating and the datasets
    printLine(stdout, QStringLiteral("%1: train %2 img/s (%3 images%8), inference %4 img/s, latency median %5 ms "
                                     "p99 %6 ms (strokes to probabilities; preprocessing %9 ms, model %10 ms), a drawing read as the canvas "
                                     "reads it (every view) median %11 ms p99 %12 ms, accuracy after run %7")
                          .arg(QString::fromStdString(arch)).arg(trainRate, 0, 'f', 0).arg(trainImages)
                          .arg(inferRate, 0, 'f', 0).arg(latency.medianMs, 0, 'f', 3).arg(latency.p99Ms, 0, 'f', 3)
                          .arg(evaluation.confusion.accuracy(), 0, 'f', 4)
                          .arg(augment ? QStringLiteral(", augmented") : QString())
                          .arg(latency.preprocessingMedianMs, 0, 'f', 3).arg(latency.modelMedianMs, 0, 'f', 3)
                          .arg(latency.readingMedianMs, 0, 'f', 3).arg(latency.readingP99Ms, 0, 'f', 3));
    if (fullEpoch) {
        options.limit = 0;
        const auto start = Clock::now();
        trainCnn(model, train, options);
        const double seconds = secondsSince(start);
        result["full_epoch_seconds"] = seconds;
        result["full_epoch_peak_rss_mb"] = peakResidentMegabytes();
        result["test_accuracy_after_full_epoch"] =
            evaluate(model, test, {}, nullptr, ImagesOf::Mnist, ViewsRead::ImageAlone).confusion.accuracy();
        printLine(stdout, QStringLiteral("%1: full epoch of %2 images in %3 s, peak resident memory %4 MB, accuracy %5")
                              .arg(QString::fromStdString(arch)).arg(train.size()).arg(seconds, 0, 'f', 1)
                              .arg(result["full_epoch_peak_rss_mb"].toDouble(), 0, 'f', 0)
                              .arg(result["test_accuracy_after_full_epoch"].toDouble(), 0, 'f', 4));
    }
    return result;
}

// What a person gets: the reading of a drawing by a model file (the bundled one by default).
QJsonObject benchReading(const QString& path, std::size_t threads) {
    auto model = loadModelOrBundled(path);
    model->setThreads(threads);
    measureLatency(*model, 100); // warm-up
    const Latency latency = measureLatency(*model, 1000);
    const QString name = path.isEmpty() ? QStringLiteral("bundled model") : path;
    printLine(stdout, QStringLiteral("%1 (%2): latency median %3 ms, a drawing read as the canvas reads it median %4 ms p99 %5 ms")
                          .arg(name, QString::fromStdString(model->describe()))
                          .arg(latency.medianMs, 0, 'f', 3).arg(latency.readingMedianMs, 0, 'f', 3)
                          .arg(latency.readingP99Ms, 0, 'f', 3));
    return {{"model", name},
            {"threads", static_cast<double>(model->usedThreads())},
            {"latency_median_ms", latency.medianMs},
            {"reading_median_ms", latency.readingMedianMs},
            {"reading_p99_ms", latency.readingP99Ms}};
}

} // namespace

int runBench(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription("Measure training and recognition speed of the CNN architectures.");
    parser.addOptions({
        threadsOption(),
        mnistFolderOption(),
        {"json", "Also write the figures as JSON.", "file.json"},
        {"arch", "Only this architecture (default: all).", "name"},
        {"model", "Only time how this model file reads a drawing (default: the bundled model, after the "
                  "architectures).", "file.dpm"},
        {"train-images", "Images timed for training throughput, after a 512-image warm-up.", "n", "5000"},
        {"full-epoch", "Also train one full epoch and report its time and peak resident memory."},
        {"augment", "Train with the bundled model's augmentation (shifts, rotations, scales, elastic)."},
        {"profile", "Also time each part of a training step (every layer's passes, the optimizer, the batch, the "
                    "rest) at 1 thread and at the threads in use, and estimate the serial fraction."},
    });
    if (!parseOrExplain(parser, args, "bench")) return kUsage;
    std::size_t threads = 0;
    if (!threadsOption(parser, threads)) return kUsage;
    long long trainImages = 5000;
    if (!positiveOption(parser, "train-images", trainImages)) return kUsage;
    std::vector<std::string> archs = cnnArchitectureNames();
    if (parser.isSet("arch")) {
        if (!isCnnArchitecture(parser.value("arch").toStdString())) {
            printLine(stderr, "digitpad-cli bench: unknown --arch '" + parser.value("arch") + "'");
            return kUsage;
        }
        archs = {parser.value("arch").toStdString()};
    }
    try {
        if (parser.isSet("model")) {
            const QJsonObject reading = benchReading(parser.value("model"), threads);
            if (parser.isSet("json"))
                writeFileAtomically(parser.value("json").toStdString(),
                                    QJsonDocument(QJsonObject{{"reading", reading}}).toJson().toStdString());
            return kOk;
        }
        const std::string folder = mnistFolder(parser);
        // DIGITPAD_MATRIX_KERNEL=baseline (or avx2) measures what a CPU without AVX2 (or AVX-512) gets.
        printLine(stdout, QStringLiteral("matrix kernel: %1, threads: %2 (%3 usable cores)")
                              .arg(matrixKernelName()).arg(threadsFor(threads)).arg(usableCores()));
        const Dataset train = loadMnist(folder, MnistSplit::Train);
        const Dataset test = loadMnist(folder, MnistSplit::Test);
        QJsonArray results, profiles;
        for (const std::string& arch : archs) {
            results.append(benchArchitecture(arch, train, test, static_cast<std::size_t>(trainImages),
                                             parser.isSet("full-epoch"), parser.isSet("augment"), threads));
            if (parser.isSet("profile"))
                profiles.append(profileArchitecture(arch, train, static_cast<std::size_t>(trainImages), threadsFor(threads),
                                                    parser.isSet("augment")));
        }
        QJsonObject json{{"matrix_kernel", matrixKernelName()}, {"usable_cores", static_cast<double>(usableCores())},
                         {"results", results}, {"reading", benchReading(QString(), threads)}};
        if (parser.isSet("profile")) json["profiles"] = profiles;
        if (parser.isSet("json"))
            writeFileAtomically(parser.value("json").toStdString(), QJsonDocument(json).toJson().toStdString());
        return kOk;
    } catch (const Error& e) {
        printLine(stderr, QStringLiteral("digitpad-cli bench: ") + e.what());
        return kFailed;
    }
}

} // namespace digitpad::cli
