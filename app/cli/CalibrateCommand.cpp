#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "BundledModel.h"
#include "io/StrokesJson.h"

#include "metrics/Calibration.h"
#include "preprocess/Preprocess.h"
#include "util/Error.h"
#include "util/FileIo.h"

namespace digitpad::cli {

int runCalibrate(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        "Fit a model's temperature on held-out labelled drawings of single digits, so that its confidence means "
        "what it says (Guo et al., 2017), and save the model with it. Use drawings like users' own, never the "
        "ones you measure on.");
    parser.addOptions({
        {"model", "Model file (default: the bundled model).", "model"},
        {"strokes", "Labelled drawings of single digits: {\"label\": 7, \"strokes\": [...]}.", "file"},
        {"out", "Where to save the calibrated model.", "file"},
    });
    if (!parseOrExplain(parser, args, "calibrate")) return kUsage;
    if (!parser.isSet("strokes") || !parser.isSet("out")) {
        printLine(stderr, "digitpad-cli calibrate: --strokes and --out are required\n" + parser.helpText());
        return kUsage;
    }
    try {
        auto model = loadModelOrBundled(parser.value("model"));
        const QString path = parser.value("strokes");
        std::vector<Image28> images;
        std::vector<std::uint8_t> labels;
        for (const LabelledDrawing& d :
             parseLabelledStrokesJson(readFileBytes(path.toStdString()), path.toStdString())) {
            const Preprocessed input = preprocessDrawing(d.drawing);
            if (d.label.size() != 1 || !input.ok()) continue; // calibration reads single digits
            images.push_back(*input.image);
            labels.push_back(static_cast<std::uint8_t>(d.label[0] - '0'));
        }
        if (images.empty()) throw Error(path.toStdString() + ": no readable single-digit drawing");
        const double before = model->temperature();
        const double temperature = calibrateTemperature(*model, images, labels);
        model->save(parser.value("out").toStdString());
        printLine(stdout, QStringLiteral("temperature %1 (was %2), fitted on %3 drawings; saved %4")
                              .arg(temperature, 0, 'f', 4).arg(before, 0, 'f', 4).arg(images.size())
                              .arg(parser.value("out")));
        return kOk;
    } catch (const Error& e) {
        printLine(stderr, QStringLiteral("digitpad-cli calibrate: ") + e.what());
        return kFailed;
    }
}

} // namespace digitpad::cli
