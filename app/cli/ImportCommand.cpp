#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include "onnx/OnnxImport.h"
#include "util/Error.h"
#include "util/FileIo.h"

namespace digitpad::cli {

int runImport(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Import an ONNX model as a DigitPad model file: one DigitPad exported, or a network of one of DigitPad's "
        "architectures that another program wrote (PyTorch's torch.onnx.export, say). Its input must be "
        "[N, 1, 28, 28] images preprocessed as DigitPad does; scores (logits) are read through a softmax.");
    parser.addOptions({
        {"onnx", "The ONNX file.", "file.onnx"},
        {"out", "Where to save the DigitPad model.", "file.dpm"},
    });
    if (!parseOrExplain(parser, args, "import")) return kUsage;
    if (!parser.isSet("onnx") || !parser.isSet("out")) {
        printLine(stderr, "digitpad-cli import: --onnx and --out are required\n" + parser.helpText());
        return kUsage;
    }
    try {
        const std::string path = parser.value("onnx").toStdString();
        const auto model = cnnFromOnnx(readFileBytes(path), path);
        model->save(parser.value("out").toStdString());
        printLine(stdout, QStringLiteral("imported %1 (temperature %2); saved %3")
                              .arg(QString::fromStdString(model->describe()))
                              .arg(model->temperature())
                              .arg(parser.value("out")));
        return kOk;
    } catch (const Error& e) {
        printLine(stderr, QStringLiteral("digitpad-cli import: ") + e.what());
        return kFailed;
    }
}

} // namespace digitpad::cli
