#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "BundledModel.h"

#include "onnx/OnnxExport.h"
#include "util/Error.h"

namespace digitpad::cli {

int runExport(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Export a CNN model as an ONNX file, for onnxruntime (servers, browsers, phones), OpenCV's dnn and "
        "other runtimes. Input \"image\": float [N, 1, 28, 28], ink 1.0 on 0.0, preprocessed as DigitPad does "
        "(docs/deploy.md); output \"probabilities\": [N, 10], with the model's temperature applied.");
    parser.addOptions({
        {"model", "Model file (default: the bundled model).", "model"},
        {"out", "Where to write the ONNX file.", "file.onnx"},
    });
    if (!parseOrExplain(parser, args, "export")) return kUsage;
    if (!parser.isSet("out")) {
        printLine(stderr, "digitpad-cli export: --out is required\n" + parser.helpText());
        return kUsage;
    }
    try {
        const auto model = loadModelOrBundled(parser.value("model"));
        exportOnnx(*model, parser.value("out").toStdString());
        printLine(stdout, QStringLiteral("exported %1 to %2").arg(QString::fromStdString(model->describe()), parser.value("out")));
        return kOk;
    } catch (const Error& e) {
        printLine(stderr, QStringLiteral("digitpad-cli export: ") + e.what());
        return kFailed;
    }
}

} // namespace digitpad::cli
