#include "cli/ClassicOptions.h"
#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "BundledModel.h"

#include "data/Dataset.h"
#include "metrics/Comparison.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace digitpad::cli {
namespace {

const char* const kDefaultModels = "bundled,svm-hog,linear-svm-hog,rf-raw,rf-hog";

QJsonObject scoreToJson(const ModelScore& s) {
    QJsonObject json{{"model", QString::fromStdString(s.name)}, {"description", QString::fromStdString(s.description)},
                     {"accuracy", s.accuracy}, {"macro_f1", s.macroF1},
                     {"ms_per_image", s.millisecondsPerImage}, {"size_bytes", static_cast<double>(s.sizeBytes)}};
    if (s.trainingSeconds) json["training_seconds"] = *s.trainingSeconds;
    return json;
}

// A classical type name is trained now; anything else is a model file (or "bundled").
std::unique_ptr<Classifier> obtainModel(const QString& entry, const Dataset& train, const QString& saveDir) {
    const ClassicModelType* type = findClassicModelType(entry.toStdString());
    if (!type) return loadModelOrBundled(entry == "bundled" ? QString() : entry);
    printLine(stdout, QStringLiteral("training %1 on %2 images...").arg(entry).arg(train.size()));
    auto model = trainClassicModel(*type, defaultParameters(*type), train);
    if (!saveDir.isEmpty()) model->save(QDir(saveDir).filePath(entry + ".dpm").toStdString());
    return model;
}

} // namespace

int runCompare(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Compare models on the MNIST test set: accuracy, macro F1, training time, prediction time per image "
        "and model size. Classical model types are trained first (with their default parameters); other "
        "entries are model files, or 'bundled'.");
    parser.addOptions({
        threadsOption(),
        mnistFolderOption(),
        {"models", "Comma-separated model types (" + classicModelNames() + ") and model files.", "list",
         kDefaultModels},
        {"limit", "Train classical models on the first K training images (default all 60,000).", "k"},
        {"test-limit", "Score on the first K test images (default all 10,000).", "k"},
        {"save-dir", "Save the classical models trained here, as TYPE.dpm.", "dir"},
        {"json", "Also write the table as JSON.", "file.json"},
    });
    if (!parseOrExplain(parser, args, "compare")) return kUsage;
    std::size_t threads = 0;
    if (!threadsOption(parser, threads)) return kUsage;
    long long limit = 0, testLimit = 0;
    if (!positiveOption(parser, "limit", limit) || !positiveOption(parser, "test-limit", testLimit)) return kUsage;
    const QStringList entries = parser.value("models").split(',', Qt::SkipEmptyParts);
    bool needsTraining = false;
    for (const QString& entry : entries) needsTraining |= findClassicModelType(entry.toStdString()) != nullptr;
    try {
        const std::string folder = mnistFolder(parser);
        const Dataset train = needsTraining ? loadMnist(folder, MnistSplit::Train, static_cast<std::size_t>(limit)) : Dataset{};
        const Dataset test = loadMnist(folder, MnistSplit::Test, static_cast<std::size_t>(testLimit));
        if (parser.isSet("save-dir")) QDir().mkpath(parser.value("save-dir"));
        std::vector<NamedModel> models;
        for (const QString& entry : entries) {
            std::shared_ptr<Classifier> model = obtainModel(entry, train, parser.value("save-dir"));
            model->setThreads(threads);
            const QString name = QFileInfo::exists(entry) ? QFileInfo(entry).fileName() : entry;
            models.push_back({std::move(model), name.toStdString()});
        }
        const std::vector<ModelScore> scores = compareModels(models, test);
        printLine(stdout, QStringLiteral("on %1 test images:").arg(test.size()));
        printLine(stdout, QString::fromStdString(formatComparison(scores)));
        if (parser.isSet("json")) {
            QJsonArray rows;
            for (const ModelScore& s : scores) rows.append(scoreToJson(s));
            const QJsonObject json{{"test_images", static_cast<double>(test.size())}, {"models", rows}};
            writeFileAtomically(parser.value("json").toStdString(), QJsonDocument(json).toJson().toStdString());
        }
        return kOk;
    } catch (const Error& e) {
        printLine(stderr, QStringLiteral("digitpad-cli compare: ") + e.what());
        return kFailed;
    }
}

} // namespace digitpad::cli
