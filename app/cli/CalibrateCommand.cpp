#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "BundledModel.h"
#include "io/StrokesJson.h"

#include "catalogue/KnownModels.h"
#include "metrics/DrawingEvaluation.h"
#include "model/SecondOpinionClassifier.h"
#include "util/Error.h"
#include "util/FileIo.h"

namespace digitpad::cli {
int runCalibrate(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Fit a model's temperature on held-out labelled drawings of single digits, so that its confidence means "
        "what it says (Guo et al., 2017), and with it one offset per digit that the canvas adds to a drawing's "
        "log-probabilities (a network trained on MNIST leans toward some digits on people's drawings); save the "
        "model with them. With --second-opinion, also fit how much a second model that sees digits differently "
        "weighs in each digit the canvas reads. Use drawings like users' own, never the ones you measure on.");
    parser.addOptions({
        {"model", "Model file (default: the bundled model).", "model"},
        {"strokes", "Labelled drawings of single digits: {\"label\": 7, \"strokes\": [...]}.", "file"},
        {"out", "Where to save the calibrated model.", "file"},
        {"temperature-only", "Fit the temperature alone; the model keeps no offsets."},
        {"second-opinion", "A model that sees digits differently (a linear SVM on HOG features): the saved model "
                           "carries it, pooled with each digit read at a weight fitted on the drawings.", "model"},
    });
    if (!parseOrExplain(parser, args, "calibrate")) return kUsage;
    if (!parser.isSet("strokes") || !parser.isSet("out")) {
        printLine(stderr, "digitpad-cli calibrate: --strokes and --out are required\n" + parser.helpText());
        return kUsage;
    }
    try {
        std::unique_ptr<Classifier> model = loadModelOrBundled(parser.value("model"));
        if (parser.isSet("second-opinion"))
            model = withSecondOpinion(std::move(model), loadClassifier(parser.value("second-opinion").toStdString()));
        const QString path = parser.value("strokes");
        const std::vector<LabelledDrawing> drawings =
            parseLabelledStrokesJson(readFileBytes(path.toStdString()), path.toStdString());
        const double before = model->temperature();
        TemperatureFit fit;
        try {
            fit = calibrateOnDrawings(*model, drawings, !parser.isSet("temperature-only"));
        } catch (const Error& e) {
            throw Error(path.toStdString() + ": " + e.what());
        }
        model->save(parser.value("out").toStdString());
        printLine(stdout, QStringLiteral("temperature %1 (was %2), fitted on %3 drawings; saved %4")
                              .arg(fit.temperature, 0, 'f', 4).arg(before, 0, 'f', 4).arg(fit.drawings)
                              .arg(parser.value("out")));
        if (!parser.isSet("temperature-only")) printLine(stdout, drawingOffsetsText(fit.offsets));
        printSecondOpinionWeight(fit);
        return kOk;
    } catch (const Error& e) {
        printLine(stderr, QStringLiteral("digitpad-cli calibrate: ") + e.what());
        return kFailed;
    }
}

} // namespace digitpad::cli
