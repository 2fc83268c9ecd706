#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "BundledModel.h"
#include "io/StrokesJson.h"

#include "metrics/DrawingEvaluation.h"
#include "util/Error.h"
#include "util/FileIo.h"

namespace digitpad::cli {
int runCalibrate(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Fit a model's temperature on held-out labelled drawings of single digits, so that its confidence means "
        "what it says (Guo et al., 2017), and with it one offset per digit that the canvas adds to a drawing's "
        "log-probabilities (a network trained on MNIST leans toward some digits on people's drawings); save the "
        "model with them. Use drawings like users' own, never the ones you measure on.");
    parser.addOptions({
        {"model", "Model file (default: the bundled model).", "model"},
        {"strokes", "Labelled drawings of single digits: {\"label\": 7, \"strokes\": [...]}.", "file"},
        {"out", "Where to save the calibrated model.", "file"},
        {"temperature-only", "Fit the temperature alone; the model keeps no offsets."},
    });
    if (!parseOrExplain(parser, args, "calibrate")) return kUsage;
    if (!parser.isSet("strokes") || !parser.isSet("out")) {
        printLine(stderr, "digitpad-cli calibrate: --strokes and --out are required\n" + parser.helpText());
        return kUsage;
    }
    try {
        auto model = loadModelOrBundled(parser.value("model"));
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
        return kOk;
    } catch (const Error& e) {
        printLine(stderr, QStringLiteral("digitpad-cli calibrate: ") + e.what());
        return kFailed;
    }
}

} // namespace digitpad::cli
