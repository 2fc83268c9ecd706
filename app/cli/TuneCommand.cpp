#include "cli/ClassicOptions.h"
#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "data/Dataset.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace digitpad::cli {
namespace {

QJsonObject parametersToJson(const HyperParameters& parameters) {
    QJsonObject json;
    for (const auto& [name, value] : parameters) json[QString::fromStdString(name)] = value;
    return json;
}

QJsonObject trialToJson(const TrialResult& trial) {
    QJsonArray folds;
    for (const double a : trial.foldAccuracies) folds.append(a);
    return {{"parameters", parametersToJson(trial.parameters)}, {"fold_accuracies", folds},
            {"mean_accuracy", trial.meanAccuracy}, {"std_accuracy", trial.stdAccuracy}, {"seconds", trial.seconds}};
}

QString describeTrial(const TrialResult& trial) {
    return QStringLiteral("%1  accuracy %2 +- %3  (%4 s)")
        .arg(QString::fromStdString(formatParameters(trial.parameters)), -36)
        .arg(trial.meanAccuracy, 0, 'f', 4)
        .arg(trial.stdAccuracy, 0, 'f', 4)
        .arg(trial.seconds, 0, 'f', 1);
}

} // namespace

int runTune(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription("Tune a classical model's hyper-parameters by grid or random search "
                                     "with k-fold cross-validation on a subset of the MNIST training set.");
    parser.addOptions({
        threadsOption(),
        mnistFolderOption(),
        {"model", "Model type: " + classicModelNames() + ".", "type"},
        {"search", "grid (every combination) or random.", "kind", "grid"},
        {"trials", "Random search: how many parameter sets to try.", "n", "10"},
        {"folds", "k of k-fold cross-validation.", "k", "3"},
        {"limit", "Tune on the first K training images.", "k", "5000"},
        {"seed", "Seed of the fold shuffle and the random search.", "n", "1"},
        {"param", "Grid values name=v1,v2,... or random range name=low:high; repeatable.", "spec"},
        {"json", "Also write every trial and the best as JSON.", "file.json"},
        {"out", "Train the best parameters on all K images and save the model here.", "model"},
    });
    if (!parseOrExplain(parser, args, "tune")) return kUsage;
    std::size_t threads = 0;
    if (!threadsOption(parser, threads)) return kUsage;
    const ClassicModelType* type = findClassicModelType(parser.value("model").toStdString());
    if (!type) {
        printLine(stderr, "digitpad-cli tune: --model must be one of " + classicModelNames());
        return kUsage;
    }
    long long trials = 10, folds = 3, limit = 5000, seed = 1;
    if (!positiveOption(parser, "trials", trials) || !positiveOption(parser, "folds", folds) ||
        !positiveOption(parser, "limit", limit) || !positiveOption(parser, "seed", seed))
        return kUsage;
    const QString search = parser.value("search");
    if (search != "grid" && search != "random") {
        printLine(stderr, "digitpad-cli tune: --search must be grid or random");
        return kUsage;
    }
    TuningOptions options;
    options.search = search == "grid" ? TuningOptions::Search::Grid : TuningOptions::Search::Random;
    options.trials = static_cast<int>(trials);
    options.folds = static_cast<int>(folds);
    options.seed = static_cast<std::uint32_t>(seed);
    options.threads = threads;
    try {
        addSearchParameters(parser.values("param"), options);
        const std::size_t total = searchCandidates(*type, options).size();
        const Dataset data = loadMnist(mnistFolder(parser), MnistSplit::Train, static_cast<std::size_t>(limit));
        printLine(stdout, QStringLiteral("%1 search for %2: %3 trials, %4-fold cross-validation on %5 images")
                              .arg(search, QString::fromStdString(type->name)).arg(total).arg(folds).arg(data.size()));
        const TuningResult result = tuneClassicModel(*type, options, data, [](const TrialResult& trial, std::size_t i, std::size_t n) {
            const int width = static_cast<int>(QString::number(n).size());
            printLine(stdout, QStringLiteral("trial %1/%2  ").arg(i + 1, width).arg(n) + describeTrial(trial));
        });
        const TrialResult& best = result.trials[result.best];
        printLine(stdout, QStringLiteral("best: trial %1  ").arg(result.best + 1) + describeTrial(best));
        if (parser.isSet("json")) {
            QJsonArray all;
            for (const TrialResult& trial : result.trials) all.append(trialToJson(trial));
            const QJsonObject json{{"model", QString::fromStdString(type->name)}, {"search", search},
                                   {"folds", static_cast<int>(folds)}, {"images", static_cast<double>(data.size())},
                                   {"trials", all}, {"best", static_cast<int>(result.best)}};
            writeFileAtomically(parser.value("json").toStdString(), QJsonDocument(json).toJson().toStdString());
        }
        if (parser.isSet("out")) {
            auto model = trainClassicModel(*type, best.parameters, data);
            model->metadata()["cross_validation_accuracy"] = std::to_string(best.meanAccuracy);
            model->save(parser.value("out").toStdString());
            printLine(stdout, "saved " + parser.value("out"));
        }
        return kOk;
    } catch (const Error& e) {
        printLine(stderr, QStringLiteral("digitpad-cli tune: ") + e.what());
        return kFailed;
    }
}

} // namespace digitpad::cli
