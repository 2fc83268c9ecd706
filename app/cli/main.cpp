#include "cli/CliSupport.h"
#include "cli/Commands.h"

#include <QCoreApplication>

using namespace digitpad::cli;

namespace {

const char* const kUsageText =
    "usage: digitpad-cli COMMAND [options]\n"
    "\n"
    "commands:\n"
    "  train    train a CNN or a classical model (SVM, random forest) on MNIST and save it\n"
    "  eval     accuracy, confusion matrix and classification report on the MNIST test set, or on\n"
    "           labelled drawings with calibration (--strokes)\n"
    "  calibrate fit a model's temperature on held-out labelled drawings so its confidence is honest\n"
    "  predict  recognize digits in a stroke file or an image\n"
    "  tune     grid or random search of a classical model's parameters, k-fold cross-validated\n"
    "  compare  accuracy, macro F1, training and prediction time and size of several models\n"
    "  bench    training and recognition speed (a benchmark, minutes)\n"
    "  export   write a CNN model as an ONNX file, for onnxruntime, OpenCV's dnn and other runtimes\n"
    "  import   an ONNX file (DigitPad's own, or PyTorch's of one of its architectures) as a model file\n"
    "  ensemble put several trained models together into one, their logits averaged\n"
    "\n"
    "'digitpad-cli COMMAND --help' describes a command's options; --version prints the version.\n";

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName("digitpad-cli");
    QCoreApplication::setApplicationVersion(DIGITPAD_VERSION);
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.value(1);
    if (command == "--version" || command == "-v") {
        printLine(stdout, QStringLiteral("digitpad-cli %1").arg(DIGITPAD_VERSION));
        return kOk;
    }
    if (command == "--help" || command == "-h" || command == "help") {
        printLine(stdout, kUsageText);
        return kOk;
    }
    if (command == "train") return runTrain(args);
    if (command == "eval") return runEval(args);
    if (command == "predict") return runPredict(args);
    if (command == "bench") return runBench(args);
    if (command == "tune") return runTune(args);
    if (command == "compare") return runCompare(args);
    if (command == "calibrate") return runCalibrate(args);
    if (command == "export") return runExport(args);
    if (command == "import") return runImport(args);
    if (command == "ensemble") return runEnsemble(args);
    printLine(stderr, (command.isEmpty() ? QString("digitpad-cli: no command given\n")
                                         : QStringLiteral("digitpad-cli: unknown command '%1'\n").arg(command)) +
                          kUsageText);
    return kUsage;
}
