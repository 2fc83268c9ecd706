#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "io/ModelSource.h"
#include "io/ReportJson.h"

#include "data/Dataset.h"
#include "metrics/Evaluate.h"
#include "util/Error.h"

#include <QJsonDocument>

namespace digitpad::cli {

int runEval(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription("Evaluate a model on the MNIST test set.");
    parser.addOptions({
        mnistFolderOption(),
        {"model", "Model file (default: the bundled model).", "model"},
        {"json", "Print the report as JSON."},
        {"limit", "Evaluate on the first K test images only.", "k"},
    });
    if (!parseOrExplain(parser, args, "eval")) return kUsage;
    long long limit = 0;
    if (!positiveOption(parser, "limit", limit)) return kUsage;
    try {
        auto model = loadModelOrBundled(parser.value("model"));
        const Dataset test = loadMnist(mnistFolder(parser), MnistSplit::Test, static_cast<std::size_t>(limit));
        const Evaluation evaluation = evaluate(*model, test);
        if (parser.isSet("json")) {
            QJsonObject json = reportToJson(evaluation.confusion);
            json["model"] = QString::fromStdString(model->describe());
            printLine(stdout, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        } else {
            printLine(stdout, QString::fromStdString(model->describe()));
            printLine(stdout, QStringLiteral("accuracy %1 on %2 test images\n")
                                  .arg(evaluation.confusion.accuracy(), 0, 'f', 4).arg(test.size()));
            printLine(stdout, "confusion matrix (rows: true digit, columns: predicted)");
            printLine(stdout, QString::fromStdString(formatConfusion(evaluation.confusion)));
            printLine(stdout, QString::fromStdString(formatReport(makeReport(evaluation.confusion))));
        }
        return kOk;
    } catch (const Error& e) {
        printLine(stderr, QStringLiteral("digitpad-cli eval: ") + e.what());
        return kFailed;
    }
}

} // namespace digitpad::cli
