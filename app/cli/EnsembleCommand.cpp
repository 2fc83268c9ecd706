#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "catalogue/KnownModels.h"
#include "model/EnsembleClassifier.h"
#include "util/Error.h"

namespace digitpad::cli {

int runEnsemble(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Put several trained models together into one ensemble model file: every member reads each image and "
        "their logits are averaged. Members keep their weights; their temperatures are set aside (run "
        "'calibrate' on the ensemble). Reading costs as many forward passes as there are members.");
    parser.addOptions({
        {"models", "Two or more model files, comma-separated.", "a.dpm,b.dpm"},
        {"out", "Where to save the ensemble.", "file.dpm"},
    });
    if (!parseOrExplain(parser, args, "ensemble")) return kUsage;
    const QStringList paths = parser.value("models").split(',', Qt::SkipEmptyParts);
    if (paths.size() < 2 || !parser.isSet("out")) {
        printLine(stderr, "digitpad-cli ensemble: --models with two or more files and --out are required\n" + parser.helpText());
        return kUsage;
    }
    try {
        std::vector<std::unique_ptr<Classifier>> members;
        for (const QString& path : paths) members.push_back(loadClassifier(path.toStdString()));
        EnsembleClassifier ensemble(std::move(members));
        ensemble.metadata()["members"] = paths.join(',').toStdString();
        ensemble.save(parser.value("out").toStdString());
        printLine(stdout, QStringLiteral("saved %1: %2")
                              .arg(parser.value("out"), QString::fromStdString(ensemble.describe())));
        return kOk;
    } catch (const Error& e) {
        printLine(stderr, QStringLiteral("digitpad-cli ensemble: ") + e.what());
        return kFailed;
    }
}

} // namespace digitpad::cli
