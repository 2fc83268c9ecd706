// Training: learns, reports per batch and per epoch, holds out validation data, and a cancel
// leaves the weights of the last finished epoch. Ends with a short real-MNIST run.
#include "data/Dataset.h"
#include "metrics/Evaluate.h"
#include "cnn/CnnClassifier.h"
#include "support/ImageMeasures.h"
#include "support/SyntheticDigits.h"
#include "train/Augment.h"
#include "train/StyleStrokes.h"
#include "train/TracedDigits.h"
#include "preprocess/Preprocess.h"
#include "support/SyntheticMnist.h"
#include "train/RunHistory.h"
#include "train/RunProgress.h"
#include "train/TrainAndTest.h"
#include "train/Trainer.h"
#include "util/Error.h"

#include <QtTest>

#include <array>
#include <atomic>
#include <cmath>
#include <thread>

using namespace digitpad;
using namespace digitpad::testing;

class TestTraining : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void learnsSyntheticDigits();
    void reportsEveryBatchAndEpoch();
    void holdsOutValidationImages();
    void cancelKeepsLastFinishedEpoch();
    void keptEpochsReplayTheRun();
    void cancelBeforeFirstEpochKeepsStartingWeights();
    void cancelFromAnotherThreadStopsQuickly();
    void recordsHowTheModelWasTrained();
    void rejectsBadOptions();
    void distillationLearnsWhatTheTeacherReads();
    void augmentationPreservesTheDigit();
    void elasticDistortionBendsButKeepsTheDigit();
    void augmentedTrainingIsReproducible();
    void dropoutDependsOnlyOnTheRunsSeed();
    void buildingModelsWhileTrainingSharesNoGenerator();
    void styleGeneratorDrawsEveryVariant();
    void tracingFollowsTheSkeleton();
    void tracedDigitsKeepTheirShapeOnThePad();
    void realMnistShortRunExceedsNinetyPercent();
    void trainAndTestRecordsTheScore();
    void trainAndTestCancelledKeepsAnUntestedModel();
    void classicTrainAndTestRecordsTheScore();
    void runHistoryGivesEachEpochsModel();
    void runProgressCountsBatchesAndTimeLeft();

private:
    Dataset train_;
    Dataset test_;
};

void TestTraining::initTestCase() {
    train_ = syntheticDataset(40, 1);
    test_ = syntheticDataset(15, 2);
    QCOMPARE(train_.size(), std::size_t(400));
}

void TestTraining::learnsSyntheticDigits() {
    CnnClassifier model("seed", 3);
    const double before = evaluate(model, test_).confusion.accuracy();
    TrainingOptions options;
    options.epochs = 4;
    options.batchSize = 16;
    const TrainingResult result = trainCnn(model, train_, options);
    QCOMPARE(result.epochs.size(), std::size_t(4));
    QVERIFY(result.epochs.back().trainLoss < result.epochs.front().trainLoss);
    const double after = evaluate(model, test_).confusion.accuracy();
    QVERIFY2(before < 0.3 && after > 0.9, qPrintable(QString("accuracy %1 -> %2").arg(before).arg(after)));
}

void TestTraining::reportsEveryBatchAndEpoch() {
    CnnClassifier model("seed");
    TrainingOptions options;
    options.epochs = 2;
    options.batchSize = 64;
    options.limit = 150;
    std::vector<BatchProgress> batches;
    std::vector<EpochReport> epochs;
    trainCnn(model, train_, options, {[&](const BatchProgress& b) { batches.push_back(b); },
                                      [&](const EpochReport& e) { epochs.push_back(e); }});
    QCOMPARE(batches.size(), std::size_t(6)); // ceil(150 / 64) = 3 per epoch
    QCOMPARE(batches[2].batch, std::size_t(3));
    QCOMPARE(batches[2].batchesPerEpoch, std::size_t(3));
    QCOMPARE(batches[3].epoch, 2);
    for (const BatchProgress& b : batches) QVERIFY(std::isfinite(b.loss) && b.loss > 0 && b.accuracy >= 0 && b.accuracy <= 1);
    QCOMPARE(epochs.size(), std::size_t(2));
    QCOMPARE(epochs[1].epoch, 2);
    QVERIFY(!epochs[0].validationAccuracy.has_value());
    QVERIFY(epochs[0].imagesPerSecond > 0);
}

void TestTraining::holdsOutValidationImages() {
    CnnClassifier model("seed");
    TrainingOptions options;
    options.validationFraction = 0.25;
    options.limit = 200;
    const TrainingResult result = trainCnn(model, train_, options);
    QCOMPARE(result.trainImages, std::size_t(150));
    QCOMPARE(result.validationImages, std::size_t(50));
    QVERIFY(result.epochs[0].validationAccuracy.has_value());
    QVERIFY(*result.epochs[0].validationAccuracy >= 0 && *result.epochs[0].validationAccuracy <= 1);
    QVERIFY(std::isfinite(*result.epochs[0].validationLoss));
}

void TestTraining::cancelKeepsLastFinishedEpoch() {
    CnnClassifier model("seed");
    TrainingOptions options;
    options.epochs = 3;
    options.limit = 128;
    std::atomic<bool> cancel{false};
    std::string afterFirstEpoch;
    TrainingCallbacks callbacks;
    callbacks.onEpoch = [&](const EpochReport&) { afterFirstEpoch = model.weights(); };
    callbacks.onBatch = [&](const BatchProgress& b) {
        if (b.epoch == 2 && b.batch == 2) cancel = true; // mid-epoch
    };
    const TrainingResult result = trainCnn(model, train_, options, callbacks, &cancel);
    QVERIFY(result.cancelled);
    QCOMPARE(result.epochs.size(), std::size_t(1));
    QVERIFY(model.weights() == afterFirstEpoch);
    // The model is usable afterwards.
    QVERIFY(evaluate(model, test_).confusion.total() == test_.size());
}

void TestTraining::keptEpochsReplayTheRun() {
    CnnClassifier model("seed");
    TrainingOptions options;
    options.epochs = 3;
    options.limit = 128;
    std::vector<std::string> seen; // the weights as each epoch ended, read from the model itself
    TrainingCallbacks callbacks;
    callbacks.onEpoch = [&](const EpochReport&) { seen.push_back(model.weights()); };
    const TrainingResult plain = trainCnn(model, train_, options, callbacks);
    QVERIFY(std::all_of(plain.epochs.begin(), plain.epochs.end(), [](const EpochReport& e) { return !e.weights; }));
    QVERIFY_THROWS_EXCEPTION(Error, epochModel("seed", plain.epochs[0]));

    seen.clear();
    options.keepEpochs = true;
    const TrainingResult kept = trainCnn(model, train_, options, callbacks);
    QCOMPARE(kept.epochs.size(), std::size_t(3));
    for (std::size_t i = 0; i < kept.epochs.size(); ++i) {
        const EpochReport& report = kept.epochs[i];
        QVERIFY(report.weights && *report.weights == seen[i]);
        const std::unique_ptr<CnnClassifier> replayed = epochModel("seed", report, 3);
        QCOMPARE(replayed->weights(), seen[i]);
        QCOMPARE(replayed->metadata().at("epochs"), std::to_string(3 + report.epoch));
        QVERIFY(replayed->metadata().count("test_accuracy") == 0);
    }
    QVERIFY(seen[0] != seen[2]);
    // The last epoch's model reads as the trained model does.
    const std::unique_ptr<CnnClassifier> last = epochModel("seed", kept.epochs.back());
    for (std::size_t i = 0; i < 20; ++i) QCOMPARE(last->predict(test_.image(i)), model.predict(test_.image(i)));
    QVERIFY_THROWS_EXCEPTION(Error, epochModel("default", kept.epochs.back())); // weights of another network
    // What the app keeps for replay: 30 epochs of the default network stay under 100 MB.
    QVERIFY(30 * CnnClassifier("default").weights().size() < 100u * 1000 * 1000);
}

void TestTraining::cancelBeforeFirstEpochKeepsStartingWeights() {
    CnnClassifier model("seed", 21);
    const std::string start = model.weights();
    std::atomic<bool> cancel{false};
    TrainingCallbacks callbacks;
    callbacks.onBatch = [&](const BatchProgress&) { cancel = true; };
    const TrainingResult result = trainCnn(model, train_, TrainingOptions{}, callbacks, &cancel);
    QVERIFY(result.cancelled && result.epochs.empty());
    QVERIFY(model.weights() == start);
}

void TestTraining::cancelFromAnotherThreadStopsQuickly() {
    CnnClassifier model("seed");
    TrainingOptions options;
    options.epochs = 50;
    std::atomic<bool> cancel{false};
    std::atomic<int> batches{0};
    TrainingResult result;
    std::thread worker([&] {
        TrainingCallbacks callbacks;
        callbacks.onBatch = [&](const BatchProgress&) { ++batches; };
        result = trainCnn(model, train_, options, callbacks, &cancel);
    });
    while (batches == 0) std::this_thread::yield();
    const int beforeCancel = batches;
    cancel = true;
    worker.join();
    QVERIFY(result.cancelled);
    // Quickly means within the batch in flight, counted rather than timed: a loaded machine or a
    // sanitizer slows every batch, not the hand-over.
    QVERIFY2(batches - beforeCancel <= 1, qPrintable(QString("%1 more batches after the cancel").arg(batches - beforeCancel)));
}

void TestTraining::recordsHowTheModelWasTrained() {
    CnnClassifier model("seed");
    TrainingOptions options;
    options.limit = 64;
    options.epochs = 2;
    options.augment = true;
    trainCnn(model, train_, options);
    QCOMPARE(QString::fromStdString(model.metadata().at("epochs")), QString("2"));
    QCOMPARE(QString::fromStdString(model.metadata().at("train_images")), QString("64"));
    QCOMPARE(QString::fromStdString(model.metadata().at("augment")), QString("yes"));
    QVERIFY(QRegularExpression("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$")
                .match(QString::fromStdString(model.metadata().at("created"))).hasMatch());
    // Training further adds epochs.
    options.epochs = 1;
    options.augment = false;
    trainCnn(model, train_, options);
    QCOMPARE(QString::fromStdString(model.metadata().at("epochs")), QString("3"));
    QCOMPARE(QString::fromStdString(model.metadata().at("augment")), QString("no"));
    // A run cancelled before any epoch finished records nothing.
    std::atomic<bool> cancel{true};
    trainCnn(model, train_, options, {}, &cancel);
    QCOMPARE(QString::fromStdString(model.metadata().at("epochs")), QString("3"));
    // The test result.
    ConfusionMatrix confusion;
    for (int i = 0; i < 3; ++i) confusion.add(1, 1);
    confusion.add(2, 1);
    recordEvaluation(model, confusion);
    QCOMPARE(QString::fromStdString(model.metadata().at("test_accuracy")), QString("0.7500"));
    QCOMPARE(QString::fromStdString(model.metadata().at("test_images")), QString("4"));
}

void TestTraining::rejectsBadOptions() {
    CnnClassifier model("seed");
    TrainingOptions options;
    options.batchSize = 0;
    QVERIFY_THROWS_EXCEPTION(Error, trainCnn(model, train_, options));
    options = {};
    options.learningRate = -1;
    QVERIFY_THROWS_EXCEPTION(Error, trainCnn(model, train_, options));
    options = {};
    options.validationFraction = 1.0;
    QVERIFY_THROWS_EXCEPTION(Error, trainCnn(model, train_, options));
    QVERIFY_THROWS_EXCEPTION(Error, trainCnn(model, Dataset{}, TrainingOptions{}));
    options = {};
    options.teacherWeight = 1.5f;
    QVERIFY_THROWS_EXCEPTION(Error, trainCnn(model, train_, options));
    options = {};
    options.teacherTemperature = 0;
    QVERIFY_THROWS_EXCEPTION(Error, trainCnn(model, train_, options));
    options = {};
    options.teachers.push_back(nullptr);
    QVERIFY_THROWS_EXCEPTION(Error, trainCnn(model, train_, options));
}

// With the teacher's share at 1 a student learns what the teacher reads, whatever the labels
// say; at 0 it learns the labels. The labels here are all wrong by one digit.
void TestTraining::distillationLearnsWhatTheTeacherReads() {
    auto teacher = std::make_shared<CnnClassifier>("seed", 3);
    TrainingOptions options;
    options.epochs = 4;
    options.batchSize = 16;
    trainCnn(*teacher, train_, options);
    const double teacherAccuracy = evaluate(*teacher, test_).confusion.accuracy();
    QVERIFY2(teacherAccuracy > 0.9, qPrintable(QString::number(teacherAccuracy)));

    Dataset mislabelled = train_;
    for (auto& label : mislabelled.labels) label = static_cast<std::uint8_t>((label + 1) % 10);
    options.teachers = {teacher};
    options.teacherTemperature = 1;
    auto studentAccuracy = [&](float teacherWeight) {
        CnnClassifier student("seed", 4);
        options.teacherWeight = teacherWeight;
        trainCnn(student, mislabelled, options);
        return evaluate(student, test_).confusion.accuracy();
    };
    const double fromTeacher = studentAccuracy(1.0f), fromLabels = studentAccuracy(0.0f);
    qInfo("teacher %.3f, its student %.3f, the labels' student %.3f", teacherAccuracy, fromTeacher, fromLabels);
    QVERIFY2(fromTeacher > 0.85 && fromLabels < 0.15,
             qPrintable(QString("student of the teacher %1, of the labels %2").arg(fromTeacher).arg(fromLabels)));
    CnnClassifier student("seed", 4);
    options.epochs = 1;
    options.teacherWeight = 0.5f;
    trainCnn(student, mislabelled, options);
    QVERIFY(student.metadata().at("distilled_from").rfind("1 model(s), weight 0.5", 0) == 0);
}

void TestTraining::augmentationPreservesTheDigit() {
    std::mt19937 rng(5);
    const Image28& original = train_.image(3);
    for (int i = 0; i < 20; ++i) {
        const Image28 distorted = augment(original, rng);
        QVERIFY(meanAbsoluteDifference(original, distorted) > 0.001);     // it changes the image
        const double ratio = inkMass(distorted) / inkMass(original);
        QVERIFY2(ratio > 0.7 && ratio < 1.35, qPrintable(QString::number(ratio))); // but keeps the ink
        double x = 0, y = 0;
        centreOfMass(distorted, x, y);
        QVERIFY(std::abs(x - 14) < 4 && std::abs(y - 14) < 4);
    }
}

void TestTraining::realMnistShortRunExceedsNinetyPercent() {
    const std::string folder = requireMnistFolder();
    const Dataset train = loadMnist(folder, MnistSplit::Train, 6000);
    const Dataset test = loadMnist(folder, MnistSplit::Test, 1000);
    CnnClassifier model("seed", 1);
    TrainingOptions options;
    options.epochs = 1;
    trainCnn(model, train, options);
    const double accuracy = evaluate(model, test).confusion.accuracy();
    qInfo("seed CNN, 6,000 MNIST images, 1 epoch: %.4f on 1,000 test images", accuracy);
    QVERIFY2(accuracy > 0.90, qPrintable(QString::number(accuracy)));
}

void TestTraining::elasticDistortionBendsButKeepsTheDigit() {
    std::mt19937 rng(8);
    const Image28& original = train_.image(7);
    double totalChange = 0;
    for (int i = 0; i < 20; ++i) {
        const Image28 bent = elasticDistort(original, rng);
        totalChange += meanAbsoluteDifference(original, bent);
        // A bent stroke may be stretched or squeezed where the field pulls: more room than for
        // the affine augmentation, but the ink stays.
        const double ratio = inkMass(bent) / inkMass(original);
        QVERIFY2(ratio > 0.6 && ratio < 1.5, qPrintable(QString::number(ratio)));
        double x = 0, y = 0;
        centreOfMass(bent, x, y);
        QVERIFY(std::abs(x - 14) < 3 && std::abs(y - 14) < 3);
    }
    QVERIFY(totalChange / 20 > 0.005);
    // No displacement at all leaves the image as it was.
    const Image28 still = elasticDistort(original, rng, 0.0);
    QVERIFY(meanAbsoluteDifference(original, still) < 1e-6);
}

// Augmentation runs on every core, in whatever order the threads take the work: the same seed
// must still give the same network, and another seed another one.
void TestTraining::augmentedTrainingIsReproducible() {
    TrainingOptions options;
    options.epochs = 1;
    options.limit = 160;
    options.augment = true;
    options.elastic = true;
    auto trainedWeights = [&](std::uint32_t seed) {
        options.seed = seed;
        CnnClassifier model("seed");
        trainCnn(model, train_, options);
        return model.weights();
    };
    const std::string first = trainedWeights(5);
    QCOMPARE(trainedWeights(5), first);
    QVERIFY(trainedWeights(6) != first);
}

namespace {

// The default network (it has dropout) after a short run of `images` images, as weights.
std::string afterShortDropoutRun(const Dataset& data, std::uint32_t seed, std::size_t images,
                                 const TrainingCallbacks& callbacks = {}) {
    TrainingOptions options;
    options.limit = images;
    options.batchSize = 16;
    options.seed = seed;
    CnnClassifier model("default", 2);
    trainCnn(model, data, options, callbacks);
    return model.weights();
}

} // namespace

// Dropout masks come from the network's own generator, seeded by the run: models made in
// between (a replay, a clone, a teacher) change nothing, where they used to reseed the one
// generator tiny-dnn shares across the process.
void TestTraining::dropoutDependsOnlyOnTheRunsSeed() {
    const auto buildAModel = [](const BatchProgress&) { CnnClassifier("default", 9); };
    QCOMPARE(afterShortDropoutRun(train_, 4, 96, {buildAModel, {}}), afterShortDropoutRun(train_, 4, 96));
}

// One thread trains a network with dropout while another builds models, as the replay slider
// does during a run. Under ThreadSanitizer (./dev.sh test) any generator they shared is a race;
// without it, the run must still equal the same run with nobody beside it.
void TestTraining::buildingModelsWhileTrainingSharesNoGenerator() {
    const std::string alone = afterShortDropoutRun(train_, 8, 128);
    std::atomic<bool> done{false};
    std::size_t built = 0;
    std::thread builder([&] {
        for (; !done.load(); ++built) CnnClassifier("default", static_cast<std::uint32_t>(built));
    });
    const std::string beside = afterShortDropoutRun(train_, 8, 128);
    done = true;
    builder.join();
    QVERIFY(built > 0);
    QCOMPARE(beside, alone);
}

void TestTraining::styleGeneratorDrawsEveryVariant() {
    // Every variant of every digit, preprocessed like the canvas: centred MNIST-like images.
    std::size_t variants = 0;
    for (int digit = 0; digit <= 9; ++digit) variants += strokeStyleVariants(digit).size();
    QVERIFY(variants >= 22);
    const Dataset set = strokeStyleDataset(300, 4);
    QCOMPARE(set.size(), std::size_t(300));
    std::array<int, 10> perDigit{};
    for (std::size_t i = 0; i < set.size(); ++i) {
        ++perDigit[set.labels[i]];
        double x = 0, y = 0;
        centreOfMass(set.image(i), x, y);
        QVERIFY(std::abs(x - 14) < 1.5 && std::abs(y - 14) < 1.5);
    }
    for (int count : perDigit) QCOMPARE(count, 30);
    // Reproducible from its seed, different for another.
    QCOMPARE(strokeStyleDataset(20, 4).image(5).pixels, set.image(5).pixels);
    QVERIFY(meanAbsoluteDifference(strokeStyleDataset(20, 5).image(5), set.image(5)) > 0.001);
    // A model learns the styles: a flagged 1 is a 1, a crossed 7 a 7 (held-out drawings).
    CnnClassifier model("seed", 2);
    TrainingOptions options;
    options.epochs = 3;
    options.batchSize = 16;
    trainCnn(model, strokeStyleDataset(1500, 11), options);
    const double accuracy = evaluate(model, strokeStyleDataset(300, 12)).confusion.accuracy();
    QVERIFY2(accuracy > 0.85, qPrintable(QString::number(accuracy)));
}

namespace {

Image28 thickRing() {
    Image28 ring;
    for (int y = 0; y < 28; ++y)
        for (int x = 0; x < 28; ++x) {
            const double r = std::hypot(x - 13.5, y - 13.5);
            ring.at(x, y) = r > 6 && r < 10 ? 1.0f : 0.0f;
        }
    return ring;
}

double strokeGap(const StrokePoint& a, const StrokePoint& b) { return std::hypot(a.x - b.x, a.y - b.y); }

} // namespace

void TestTraining::tracingFollowsTheSkeleton() {
    // A ring four pixels thick thins to a one-pixel loop: no pixel with three neighbours in a row.
    const Image28 skeleton = skeletonOf(thickRing());
    int onSkeleton = 0;
    for (int y = 1; y < 27; ++y)
        for (int x = 1; x < 27; ++x) {
            if (skeleton.at(x, y) == 0) continue;
            ++onSkeleton;
            QVERIFY2(!(skeleton.at(x - 1, y) && skeleton.at(x + 1, y) && skeleton.at(x, y - 1) && skeleton.at(x, y + 1)),
                     toAscii(skeleton).c_str());
        }
    QVERIFY2(onSkeleton > 40 && onSkeleton < 70, qPrintable(QString::number(onSkeleton))); // ~2 pi 8
    // ... followed into one closed stroke, about 8 image pixels (112 canvas pixels) from the centre.
    const Drawing ring = traceDigit(thickRing());
    QCOMPARE(ring.strokes.size(), std::size_t(1));
    QVERIFY(strokeGap(ring.strokes[0].front(), ring.strokes[0].back()) < 1e-9);
    for (const StrokePoint& p : ring.strokes[0]) {
        const double r = std::hypot(p.x - 14 * 14, p.y - 14 * 14);
        QVERIFY2(r > 5 * 14 && r < 11 * 14, qPrintable(QString::number(r / 14)));
    }
    // A bar three pixels thick is one stroke from end to end; no ink, no strokes.
    Image28 bar;
    for (int y = 12; y < 15; ++y)
        for (int x = 4; x < 24; ++x) bar.at(x, y) = 1.0f;
    const Drawing traced = traceDigit(bar);
    QCOMPARE(traced.strokes.size(), std::size_t(1));
    const auto [left, right] = std::minmax(traced.strokes[0].front().x, traced.strokes[0].back().x);
    QVERIFY2(left < 7 * 14 && right > 21 * 14, qPrintable(QString("%1 %2").arg(left / 14).arg(right / 14)));
    QVERIFY(traceDigit(Image28{}).empty());
}

void TestTraining::tracedDigitsKeepTheirShapeOnThePad() {
    // A drawing already made with the pad's pen, traced from its image and drawn again, comes back
    // close to itself; traced MNIST images keep their labels and take the pad's even pen.
    const Dataset drawn = strokeStyleDataset(100, 21);
    const Dataset again = tracedDataset(drawn, 0, 3);
    QCOMPARE(again.size(), drawn.size());
    QCOMPARE(again.labels, drawn.labels);
    double difference = 0, toTheNext = 0; // the next drawing is another digit
    for (std::size_t i = 0; i < drawn.size(); ++i) {
        difference += meanAbsoluteDifference(drawn.image(i), again.image(i));
        toTheNext += meanAbsoluteDifference(drawn.image(i), drawn.image((i + 1) % drawn.size()));
    }
    QVERIFY2(difference < toTheNext / 2.5, qPrintable(QString("%1 %2").arg(difference).arg(toTheNext)));
    const Dataset shuffled = tracedDataset(drawn, 0, 4);
    QCOMPARE(tracedDataset(drawn, 30, 5).size(), std::size_t(30));
    QVERIFY(meanAbsoluteDifference(shuffled.image(0), again.image(0)) > 0); // pressure drawn from the seed
}

// The one train -> test -> record path the Train page, the Models page and the CLI share.
void TestTraining::trainAndTestRecordsTheScore() {
    QTemporaryDir dir;
    writeSyntheticMnist(dir.path(), 20);
    CnnTrainingPlan plan;
    plan.architecture = "seed";
    plan.options.epochs = 2;
    plan.options.batchSize = 16;
    plan.styledDrawings = 50;
    plan.tracedDrawings = 30;
    std::vector<BatchProgress> batches;
    int epochs = 0, testing = 0;
    TrainAndTestCallbacks callbacks;
    callbacks.training.onBatch = [&](const BatchProgress& b) { batches.push_back(b); };
    callbacks.training.onEpoch = [&](const EpochReport&) { QCOMPARE(testing, 0); ++epochs; };
    callbacks.onTesting = [&] { QCOMPARE(epochs, 2); ++testing; };
    const TestedModel run = trainCnnAndTest(dir.path().toStdString(), plan, callbacks);
    QCOMPARE(testing, 1);
    QVERIFY(run.model && run.evaluation && run.score && run.testImages);
    QCOMPARE(run.training.trainImages, std::size_t(200 + 30 + 50)); // MNIST, traced and styled drawings
    QCOMPARE(run.evaluation->confusion.total(), run.testImages->size());
    QCOMPARE(run.score->accuracy, run.evaluation->confusion.accuracy());
    QCOMPARE(std::stod(run.model->metadata().at("test_accuracy")), std::round(run.score->accuracy * 1e4) / 1e4);
    // The smoothed loss starts at the first batch's and then trails the batches' losses.
    QVERIFY(!batches.empty());
    QCOMPARE(batches.front().smoothedLoss, batches.front().loss);
    float lowest = batches.front().loss, highest = lowest;
    for (const BatchProgress& b : batches) {
        lowest = std::min(lowest, b.loss);
        highest = std::max(highest, b.loss);
        QVERIFY(b.smoothedLoss >= lowest - 1e-5f && b.smoothedLoss <= highest + 1e-5f);
    }
}

void TestTraining::trainAndTestCancelledKeepsAnUntestedModel() {
    QTemporaryDir dir;
    writeSyntheticMnist(dir.path(), 10);
    CnnTrainingPlan plan;
    plan.architecture = "seed";
    plan.options.epochs = 3;
    std::atomic<bool> cancel{false};
    bool tested = false;
    TrainAndTestCallbacks callbacks;
    callbacks.training.onEpoch = [&](const EpochReport&) { cancel = true; };
    callbacks.onTesting = [&] { tested = true; };
    const TestedModel run = trainCnnAndTest(dir.path().toStdString(), plan, callbacks, &cancel);
    QVERIFY(run.training.cancelled);
    QCOMPARE(run.training.epochs.size(), std::size_t(1));
    QVERIFY(run.model);
    QVERIFY(!run.evaluation && !tested);
    QVERIFY(!run.model->metadata().count("test_accuracy"));
}

void TestTraining::classicTrainAndTestRecordsTheScore() {
    QTemporaryDir dir;
    writeSyntheticMnist(dir.path(), 20);
    const ClassicModelType* type = findClassicModelType("rf-raw");
    QVERIFY(type);
    const TestedModel run = trainClassicAndTest(dir.path().toStdString(), *type, defaultParameters(*type), 150);
    QCOMPARE(run.training.trainImages, std::size_t(150));
    QVERIFY(run.evaluation && run.score);
    QCOMPARE(run.score->name, std::string("rf-raw"));
    QVERIFY2(run.score->accuracy > 0.5, qPrintable(QString::number(run.score->accuracy)));
    QVERIFY(run.model->metadata().count("test_accuracy"));
    // A cancel that arrives while OpenCV trains takes effect right after it: nothing is tested.
    const std::atomic<bool> cancelled{true};
    QVERIFY_THROWS_EXCEPTION(Cancelled, trainClassicAndTest(dir.path().toStdString(), *type, defaultParameters(*type), 50, 0, &cancelled));
}

void TestTraining::runHistoryGivesEachEpochsModel() {
    // Two "epochs": two seeds' weights, so each epoch's model is told apart by its weights.
    EpochReport first, second;
    first.epoch = 1;
    first.weights = std::make_shared<const std::string>(CnnClassifier("seed", 1).weights());
    second.epoch = 2;
    second.weights = std::make_shared<const std::string>(CnnClassifier("seed", 2).weights());
    EpochReport none; // a run that keeps no weights
    none.epoch = 3;

    RunHistory history;
    history.start("seed");
    QVERIFY(history.empty());
    QVERIFY(!history.modelAt(1));
    history.add(first);
    history.add(second);
    history.add(none);
    QCOMPARE(history.size(), std::size_t(2));
    QCOMPARE(history.lastEpoch(), 2);
    const std::shared_ptr<Classifier> one = history.modelAt(1);
    QVERIFY(one);
    QCOMPARE(dynamic_cast<CnnClassifier&>(*one).weights(), *first.weights);
    QVERIFY(history.modelAt(1) == one); // asked again: the same model, not built again
    QCOMPARE(dynamic_cast<CnnClassifier&>(*history.modelAt(2)).weights(), *second.weights);
    QVERIFY(!history.modelAt(0) && !history.modelAt(3));

    // The run's own (tested) model stands for its last epoch.
    const auto tested = std::make_shared<CnnClassifier>("seed", 2);
    history.finish(tested);
    QVERIFY(history.isRunModel(2) && !history.isRunModel(1));
    QVERIFY(history.modelAt(2) == tested);

    // An epoch calibrated later stands for it from then on; so does a calibrated run model.
    const std::shared_ptr<Classifier> calibratedOne = one->clone();
    calibratedOne->setTemperature(1.5);
    history.keepCalibrated(1, calibratedOne);
    QVERIFY(history.modelAt(1) == calibratedOne && history.modelAt(1)->isCalibrated());
    const std::shared_ptr<Classifier> calibratedTwo = tested->clone();
    calibratedTwo->setTemperature(1.5);
    history.keepCalibrated(2, calibratedTwo);
    QVERIFY(history.modelAt(2) == calibratedTwo && history.runModel() == calibratedTwo);
    history.keepCalibrated(2, tested->clone()); // the run's own model, calibrated, stays
    QVERIFY(history.runModel() == calibratedTwo);

    const int run = history.run();
    history.start("seed");
    QVERIFY(history.empty() && !history.runModel() && !history.modelAt(1));
    QCOMPARE(history.run(), run + 1);
}

void TestTraining::runProgressCountsBatchesAndTimeLeft() {
    BatchProgress b;
    b.epoch = 2;
    b.batch = 10;
    b.batchesPerEpoch = 100;
    b.imagesPerSecond = 320;
    const RunProgress p = runProgress(b, 3, 32);
    QCOMPARE(p.batchesTotal, 300LL);
    QCOMPARE(p.batchesDone, 110LL);
    QCOMPARE(p.secondsLeft, 190.0 * 32 / 320);
    b.imagesPerSecond = 0;
    QVERIFY(std::isinf(runProgress(b, 3, 32).secondsLeft)); // no speed yet: no time to say

    ReportThrottle throttle(std::chrono::hours(1));
    QVERIFY(throttle.due(b));  // the first report
    QVERIFY(!throttle.due(b)); // too soon
    b.batch = b.batchesPerEpoch;
    QVERIFY(throttle.due(b)); // an epoch's last batch always
}

QTEST_APPLESS_MAIN(TestTraining)
#include "tst_training.moc"
