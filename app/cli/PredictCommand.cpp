#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "io/ModelSource.h"
#include "io/StrokesJson.h"

#include "model/NumberReader.h"
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

QJsonObject numberJson(int index, Classifier& model, const Drawing& drawing) {
    const NumberReading reading = readNumber(model, drawing);
    QJsonArray digits;
    for (const DigitReading& d : reading.digits) {
        QJsonObject digit{{"box", QJsonArray{d.box.left, d.box.top, d.box.right, d.box.bottom}}};
        digit["digit"] = d.digit >= 0 ? QJsonValue(d.digit) : QJsonValue(QJsonValue::Null);
        digit["confidence"] = static_cast<double>(d.confidence);
        digits.append(digit);
    }
    QJsonObject line{{"index", index}, {"digits", digits}};
    line["number"] = reading.digits.empty() ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromStdString(reading.text()));
    if (reading.digits.empty()) line["reason"] = "the drawing is empty";
    return line;
}

void printJson(const QJsonObject& object) {
    printLine(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

} // namespace

int runPredict(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription("Recognize digits in stroke files or images. Prints one JSON line per drawing.");
    parser.addOptions({
        {"model", "Model file (default: the bundled model).", "model"},
        {"image", "A picture of one digit (PNG, JPEG, BMP...).", "file"},
        {"strokes", "A JSON file of strokes: {\"strokes\": [[[x, y], ...], ...]} or an array of them.", "file"},
        {"number", "With --strokes: read each drawing as a number of several digits."},
    });
    if (!parseOrExplain(parser, args, "predict")) return kUsage;
    if (parser.isSet("image") == parser.isSet("strokes")) {
        printLine(stderr, "digitpad-cli predict: give exactly one of --image or --strokes\n" + parser.helpText());
        return kUsage;
    }
    if (parser.isSet("number") && !parser.isSet("strokes")) {
        printLine(stderr, "digitpad-cli predict: --number reads --strokes files\n" + parser.helpText());
        return kUsage;
    }
    try {
        auto model = loadModelOrBundled(parser.value("model"));
        if (parser.isSet("number")) {
            const QString path = parser.value("strokes");
            const std::vector<Drawing> drawings = parseStrokesJson(QByteArray::fromStdString(readFileBytes(path.toStdString())), path);
            for (std::size_t i = 0; i < drawings.size(); ++i) printJson(numberJson(static_cast<int>(i), *model, drawings[i]));
            return kOk;
        }
        std::vector<Preprocessed> inputs;
        if (parser.isSet("image")) {
            inputs.push_back(preprocessImage(loadImageFile(parser.value("image").toStdString())));
        } else {
            const QString path = parser.value("strokes");
            const std::string bytes = readFileBytes(path.toStdString());
            for (const Drawing& drawing : parseStrokesJson(QByteArray::fromStdString(bytes), path))
                inputs.push_back(preprocessDrawing(drawing));
        }
        for (std::size_t i = 0; i < inputs.size(); ++i) printJson(predictionJson(static_cast<int>(i), *model, inputs[i]));
        return kOk;
    } catch (const Error& e) {
        printLine(stderr, QStringLiteral("digitpad-cli predict: ") + e.what());
        return kFailed;
    }
}

} // namespace digitpad::cli
