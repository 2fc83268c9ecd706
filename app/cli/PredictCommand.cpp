#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "io/ModelSource.h"
#include "io/StrokesJson.h"

#include "preprocess/Preprocess.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace digitpad::cli {
namespace {

QJsonObject predictionJson(int index, Classifier& model, const Preprocessed& input) {
    QJsonObject line{{"index", index}};
    if (!input.ok()) {
        line["digit"] = QJsonValue::Null;
        line["reason"] = QString::fromStdString(input.problem);
        return line;
    }
    const Probabilities p = model.predict(*input.image);
    QJsonArray probabilities;
    for (float v : p) probabilities.append(static_cast<double>(v));
    line["digit"] = argmax(p);
    line["probabilities"] = probabilities;
    return line;
}

} // namespace

int runPredict(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription("Recognize digits in stroke files or images. Prints one JSON line per drawing.");
    parser.addOptions({
        {"model", "Model file (default: the bundled model).", "model"},
        {"image", "A picture of one digit (PNG, JPEG, BMP...).", "file"},
        {"strokes", "A JSON file of strokes: {\"strokes\": [[[x, y], ...], ...]} or an array of them.", "file"},
    });
    if (!parseOrExplain(parser, args, "predict")) return kUsage;
    if (parser.isSet("image") == parser.isSet("strokes")) {
        printLine(stderr, "digitpad-cli predict: give exactly one of --image or --strokes\n" + parser.helpText());
        return kUsage;
    }
    try {
        auto model = loadModelOrBundled(parser.value("model"));
        std::vector<Preprocessed> inputs;
        if (parser.isSet("image")) {
            inputs.push_back(preprocessImage(loadImageFile(parser.value("image").toStdString())));
        } else {
            const QString path = parser.value("strokes");
            const std::string bytes = readFileBytes(path.toStdString());
            for (const Drawing& drawing : parseStrokesJson(QByteArray::fromStdString(bytes), path))
                inputs.push_back(preprocessDrawing(drawing));
        }
        for (std::size_t i = 0; i < inputs.size(); ++i)
            printLine(stdout, QString::fromUtf8(
                QJsonDocument(predictionJson(static_cast<int>(i), *model, inputs[i])).toJson(QJsonDocument::Compact)));
        return kOk;
    } catch (const Error& e) {
        printLine(stderr, QStringLiteral("digitpad-cli predict: ") + e.what());
        return kFailed;
    }
}

} // namespace digitpad::cli
