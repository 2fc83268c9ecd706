#include "cli/ClassicOptions.h"
#include "catalogue/KnownModels.h"
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "io/ReportJson.h"

#include "cnn/Architectures.h"
#include "calibration/CalibrationSet.h"
#include "model/SecondOpinionClassifier.h"
#include "BundledModel.h"
#include "train/TrainAndTest.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <algorithm>
#include <optional>
#include <utility>

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace digitpad::cli {
namespace {

// "default, seed, deep": the catalogue's names, so the help never leaves one out.
std::string joinedCnnArchitectureNames() {
    std::string joined;
    for (const std::string& name : cnnArchitectureNames()) joined += (joined.empty() ? "" : ", ") + name;
    return joined;
}

QJsonObject epochToJson(const EpochReport& e) {
    QJsonObject o{{"epoch", e.epoch}, {"train_loss", e.trainLoss}, {"train_accuracy", e.trainAccuracy},
                  {"seconds", e.seconds}, {"images_per_second", e.imagesPerSecond}};
    if (e.validationAccuracy) o["validation_accuracy"] = *e.validationAccuracy;
    if (e.validationLoss) o["validation_loss"] = *e.validationLoss;
    return o;
}

void printEpoch(const EpochReport& e, int epochs) {
    QString line = QStringLiteral("epoch %1/%2  loss %3  train acc %4")
                       .arg(e.epoch).arg(epochs).arg(e.trainLoss, 0, 'f', 4).arg(e.trainAccuracy, 0, 'f', 4);
    if (e.validationAccuracy) line += QStringLiteral("  val acc %1").arg(*e.validationAccuracy, 0, 'f', 4);
    line += QStringLiteral("  %1 s  %2 img/s").arg(e.seconds, 0, 'f', 1).arg(e.imagesPerSecond, 0, 'f', 0);
    printLine(stdout, line);
}

// Prints the test result the run recorded in the model, saves the model and the metrics JSON.
void saveTrained(const TestedModel& run, const QCommandLineParser& parser, QJsonObject metrics) {
    const ConfusionMatrix& confusion = run.evaluation->confusion;
    printLine(stdout, QStringLiteral("test accuracy %1 on %2 images").arg(confusion.accuracy(), 0, 'f', 4).arg(confusion.total()));
    run.model->save(parser.value("out").toStdString());
    printLine(stdout, "saved " + parser.value("out"));
    if (parser.isSet("metrics")) {
        metrics["architecture"] = QString::fromStdString(run.model->architecture());
        metrics["test"] = jsonObject(reportToJson(confusion));
        writeFileAtomically(parser.value("metrics").toStdString(), QJsonDocument(metrics).toJson().toStdString());
    }
}

int trainClassic(const ClassicModelType& type, const QCommandLineParser& parser, std::size_t limit, std::size_t testLimit) {
    const HyperParameters parameters =
        defaultParameters(type, parseParameters(parser.values("param").join(' ').toStdString(), "--param"));
    printLine(stdout, QStringLiteral("training %1 (%2) on %3 images")
                          .arg(QString::fromStdString(type.summary), QString::fromStdString(formatParameters(parameters)))
                          .arg(limit ? QString::number(limit) : QStringLiteral("all")));
    const TestedModel run = trainClassicAndTest(mnistFolder(parser), type, parameters, limit, testLimit);
    const double seconds = recordedTrainingSeconds(*run.model).value_or(0);
    printLine(stdout, QStringLiteral("trained in %1 s: %2").arg(seconds).arg(QString::fromStdString(run.model->describe())));
    saveTrained(run, parser, {{"train_images", static_cast<double>(run.training.trainImages)}, {"training_seconds", seconds}});
    return kOk;
}

// The counts every run takes; 0 for --limit and --test-limit means all.
struct RunCounts {
    long long epochs = 1, limit = 0, batch = 32, seed = 1, testLimit = 0;
};

std::optional<RunCounts> runCounts(const QCommandLineParser& parser) {
    RunCounts counts;
    if (!positiveOption(parser, "epochs", counts.epochs) || !positiveOption(parser, "limit", counts.limit) ||
        !positiveOption(parser, "batch", counts.batch) || !positiveOption(parser, "seed", counts.seed) ||
        !positiveOption(parser, "test-limit", counts.testLimit))
        return std::nullopt;
    return counts;
}

// The CNN run the options ask for, or nothing when one is out of range (said on stderr).
std::optional<CnnTrainingPlan> cnnPlan(const QCommandLineParser& parser, const std::string& arch, const RunCounts& counts,
                                       std::size_t threads) {
    long long styles = 0, traced = 0;
    if ((parser.value("styles") != "0" && !positiveOption(parser, "styles", styles)) ||
        (parser.value("traced") != "0" && !positiveOption(parser, "traced", traced)))
        return std::nullopt;
    TrainingOptions options;
    options.epochs = static_cast<int>(counts.epochs);
    options.batchSize = static_cast<int>(counts.batch);
    options.limit = static_cast<std::size_t>(counts.limit);
    options.seed = static_cast<std::uint32_t>(counts.seed);
    options.threads = threads;
    options.learningRate = parser.value("lr").toFloat();
    options.learningRateDecay = parser.value("lr-decay").toFloat();
    options.validationFraction = parser.value("validation").toDouble();
    options.augment = parser.isSet("augment");
    options.elastic = parser.isSet("elastic");
    options.keepEpochs = parser.isSet("keep-epochs");
    bool weightRead = false, temperatureRead = false;
    options.teacherWeight = parser.value("teacher-weight").toFloat(&weightRead);
    options.teacherTemperature = parser.value("teacher-temperature").toDouble(&temperatureRead);
    if (!weightRead || !temperatureRead) {
        printLine(stderr, "digitpad-cli train: --teacher-weight and --teacher-temperature take numbers");
        return std::nullopt;
    }
    if (const std::string problem = validateTrainingOptions(options); !problem.empty()) {
        printLine(stderr, "digitpad-cli train: " + QString::fromStdString(problem));
        return std::nullopt;
    }
    CnnTrainingPlan plan;
    plan.architecture = arch;
    plan.options = options;
    plan.styledDrawings = static_cast<std::size_t>(styles);
    plan.tracedDrawings = static_cast<std::size_t>(traced);
    plan.testLimit = static_cast<std::size_t>(counts.testLimit);
    return plan;
}

// The plan with the models its options name loaded: the CNN to start from, the teachers, and the
// bundled model's second opinion when it is to be calibrated. Throws Error on a file it cannot use.
CnnTrainingPlan withModels(CnnTrainingPlan plan, const QCommandLineParser& parser) {
    if (parser.isSet("calibrate")) {
        plan.calibrationDrawingsPerDigit = kCalibrationDrawingsPerDigit;
        plan.secondOpinion = secondOpinionOf(*loadBundledModel());
    }
    if (parser.isSet("from")) {
        const std::unique_ptr<Classifier> loaded = loadClassifier(parser.value("from").toStdString());
        // A model with a second opinion trains its CNN further.
        plan.startFrom = std::dynamic_pointer_cast<const CnnClassifier>(
            std::shared_ptr<const Classifier>(readerOf(*loaded).clone()));
        if (!plan.startFrom)
            throw Error(parser.value("from").toStdString() + ": not a CNN model; only CNNs can be trained further");
    }
    for (const QString& teacher : parser.values("teacher"))
        plan.options.teachers.push_back(loadClassifier(teacher.toStdString()));
    return plan;
}

// --keep-epochs: saves each epoch's model as it finishes and counts what that costs.
class EpochKeeper {
public:
    EpochKeeper(QString folder, std::string architecture, int earlierEpochs)
        : folder_(std::move(folder)), architecture_(std::move(architecture)), earlierEpochs_(earlierEpochs) {
        if (!folder_.isEmpty() && !QDir().mkpath(folder_)) throw Error("cannot create the folder " + folder_.toStdString());
    }

    void keep(const EpochReport& e) {
        if (folder_.isEmpty()) return;
        QElapsedTimer keeping;
        keeping.start();
        const QString path = QDir(folder_).filePath(QStringLiteral("epoch-%1.dpm").arg(e.epoch, 2, 10, QChar('0')));
        epochModel(architecture_, e, earlierEpochs_)->save(path.toStdString());
        seconds_ += keeping.nsecsElapsed() / 1e9;
        printLine(stdout, "  kept " + path);
    }

    void printCost(const std::vector<EpochReport>& epochs) const {
        if (folder_.isEmpty()) return;
        double trainingSeconds = 0;
        for (const EpochReport& e : epochs) trainingSeconds += e.seconds;
        printLine(stdout, QStringLiteral("keeping %1 epochs took %2 s, %3 % of the %4 s of training")
                              .arg(epochs.size()).arg(seconds_, 0, 'f', 3)
                              .arg(100 * seconds_ / std::max(1e-9, trainingSeconds), 0, 'f', 2)
                              .arg(trainingSeconds, 0, 'f', 1));
    }

private:
    QString folder_;
    std::string architecture_;
    int earlierEpochs_;
    double seconds_ = 0;
};

void printCalibration(const TemperatureFit& calibration) {
    printLine(stdout, QStringLiteral("calibrated on %1 drawings like people's: temperature %2")
                          .arg(calibration.drawings).arg(calibration.temperature, 0, 'f', 4));
    printLine(stdout, drawingOffsetsText(calibration.offsets));
    printSecondOpinionWeight(calibration);
}

void trainCnn(const QCommandLineParser& parser, const CnnTrainingPlan& plan) {
    const int epochs = plan.options.epochs;
    const std::string architecture = plan.startFrom ? plan.startFrom->architecture() : plan.architecture;
    printLine(stdout, QString(epochs == 1 ? "training %1 for %2 epoch" : "training %1 for %2 epochs")
                          .arg(QString::fromStdString(plan.startFrom ? plan.startFrom->describe()
                                                                     : describeCnnArchitecture(plan.architecture)))
                          .arg(epochs));
    EpochKeeper keeper(parser.value("keep-epochs"), architecture, plan.startFrom ? recordedEpochs(*plan.startFrom) : 0);
    TrainAndTestCallbacks callbacks;
    callbacks.training.onEpoch = [&](const EpochReport& e) {
        printEpoch(e, epochs);
        keeper.keep(e);
    };
    const TestedModel run = trainCnnAndTest(mnistFolder(parser), plan, callbacks);
    printLine(stdout, QStringLiteral("trained on %1 images").arg(run.training.trainImages));
    if (run.calibration) printCalibration(*run.calibration);
    keeper.printCost(run.training.epochs);
    QJsonArray history;
    for (const EpochReport& e : run.training.epochs) history.append(epochToJson(e));
    saveTrained(run, parser, {{"train_images", static_cast<double>(run.training.trainImages)}, {"epochs", history}});
}

} // namespace

int runTrain(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription("Train a CNN or a classical model on MNIST and save it.");
    parser.addOptions({
        threadsOption(),
        mnistFolderOption(),
        {"epochs", "Passes over the training set.", "n", "1"},
        {"limit", "Train on the first K training images only.", "k"},
        {"arch", "CNN architecture (" + QString::fromStdString(joinedCnnArchitectureNames()) + ") or classical model type (" + classicModelNames() + ").", "name",
         "default"},
        {"param", "A classical model's parameter, name=value (see 'tune'); repeatable.", "name=value"},
        {"out", "Where to save the trained model.", "model"},
        {"metrics", "Also write per-epoch metrics and the test report as JSON.", "file.json"},
        {"batch", "Mini-batch size.", "n", "32"},
        {"lr", "Adam learning rate.", "rate", "0.001"},
        {"lr-decay", "Multiply the learning rate by this after every epoch.", "factor", "1"},
        {"seed", "Random seed (weights, shuffling, augmentation).", "n", "1"},
        {"validation", "Fraction of the training images held out for validation.", "fraction", "0"},
        {"augment", "Randomly shift, rotate and scale training images."},
        {"elastic", "With --augment: also distort half the images elastically (Simard et al., 2003)."},
        {"styles", "Add N drawings from the stroke-style generator (flagged 1s, crossed 7s, open 4s, curled 9s...) "
                   "to the training images.", "n", "0"},
        {"traced", "Add N of the MNIST training images traced into strokes and drawn with the pad's pen.", "n", "0"},
        {"from", "Continue training this CNN model file instead of starting afresh.", "model"},
        {"teacher", "Distil: also learn what this model reads in each training image (repeatable; several "
                    "are averaged).", "model"},
        {"teacher-weight", "With --teacher: the teachers' share of each target, the label's is the rest.", "w", "0.5"},
        {"teacher-temperature", "With --teacher: soften the teachers' probabilities by this temperature.", "T", "2"},
        {"test-limit", "Evaluate on the first K test images only (default all 10,000).", "k"},
        {"keep-epochs", "Also save the model after every epoch in this folder (epoch-01.dpm, ...), to replay the run.",
         "folder"},
        {"calibrate", "After the test, fit the model's temperature and drawing offsets on 2,400 drawings like people's "
                      "(style set A, as the bundled model was; see 'calibrate'), and save it with the bundled model's "
                      "second opinion, its weight fitted too."},
    });
    if (!parseOrExplain(parser, args, "train")) return kUsage;
    std::size_t threads = 0;
    if (!threadsOption(parser, threads)) return kUsage;
    if (!parser.isSet("out")) {
        printLine(stderr, "digitpad-cli train: --out MODEL is required\n" + parser.helpText());
        return kUsage;
    }
    const std::optional<RunCounts> counts = runCounts(parser);
    if (!counts) return kUsage;
    const std::string arch = parser.value("arch").toStdString();
    if (const ClassicModelType* type = findClassicModelType(arch)) {
        try {
            return trainClassic(*type, parser, static_cast<std::size_t>(counts->limit),
                                static_cast<std::size_t>(counts->testLimit));
        } catch (const Error& e) {
            printLine(stderr, QStringLiteral("digitpad-cli train: ") + e.what());
            return kFailed;
        }
    }
    if (!isCnnArchitecture(arch)) {
        printLine(stderr, "digitpad-cli train: unknown --arch '" + parser.value("arch") + "' (use default, seed, " +
                              classicModelNames() + ")");
        return kUsage;
    }
    const std::optional<CnnTrainingPlan> plan = cnnPlan(parser, arch, *counts, threads);
    if (!plan) return kUsage;
    try {
        trainCnn(parser, withModels(*plan, parser));
        return kOk;
    } catch (const Error& e) {
        printLine(stderr, QStringLiteral("digitpad-cli train: ") + e.what());
        return kFailed;
    }
}

} // namespace digitpad::cli
