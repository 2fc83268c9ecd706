#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "BundledModel.h"
#include "io/StrokesJson.h"

#include "reading/DrawingReader.h"
#include "preprocess/Preprocess.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace digitpad::cli {
namespace {

QJsonArray probabilitiesJson(const Probabilities& p) {
    QJsonArray probabilities;
    for (float v : p) probabilities.append(static_cast<double>(v));
    return probabilities;
}

// One digit as before; with --number or --mode, the reading the canvas shows.
QJsonObject readingJson(int index, const DrawingReading& reading, bool asNumber) {
    QJsonObject line{{"index", index}};
    if (reading.digits.empty()) {
        line[asNumber ? "number" : "digit"] = QJsonValue::Null;
        line["reason"] = QString::fromStdString(reading.problem);
        return line;
    }
    if (!asNumber) {
        const DigitReading& only = reading.digits.front();
        line["digit"] = only.digit;
        line["probabilities"] = probabilitiesJson(only.probabilities);
        line["doubtful"] = only.confidence < kDoubtfulBelow;
        line["no_digit"] = only.noDigit;
        return line;
    }
    QJsonArray digits;
    for (const DigitReading& d : reading.digits) {
        QJsonObject digit{{"box", QJsonArray{d.box.left, d.box.top, d.box.right, d.box.bottom}}};
        digit["digit"] = d.digit >= 0 ? QJsonValue(d.digit) : QJsonValue(QJsonValue::Null);
        digit["confidence"] = static_cast<double>(d.confidence);
        digit["doubtful"] = d.confidence < kDoubtfulBelow;
        digit["no_digit"] = d.noDigit;
        digits.append(digit);
    }
    line["number"] = QString::fromStdString(reading.text());
    line["confidence"] = static_cast<double>(reading.confidence());
    line["doubtful"] = reading.confidence() < kDoubtfulBelow;
    line["digits"] = digits;
    return line;
}

// The 28x28 image the model reads (row by row, ink 1.0), for checking another implementation of
// the preprocessing against DigitPad's (docs/deploy.md).
QJsonObject withInput(QJsonObject line, const Preprocessed& input) {
    QJsonArray pixels;
    if (input.ok())
        for (float v : input.image->pixels) pixels.append(static_cast<double>(v));
    line["input"] = pixels;
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
        threadsOption(),
        {"model", "Model file (default: the bundled model).", "model"},
        {"image", "A picture of one digit (PNG, JPEG, BMP...).", "file"},
        {"strokes", "A JSON file of strokes: {\"strokes\": [[[x, y], ...], ...]} or an array of them.", "file"},
        {"number", "With --strokes: print what the canvas shows by default (--mode auto): the number read, "
                   "each digit's box and confidence."},
        {"mode", "With --strokes: how to read each drawing: auto (one digit unless it shows several), digit, or "
                 "number (always split). Prints the reading as with --number.", "mode"},
        {"input", "Also print \"input\": the 28x28 image the model reads, row by row (ink 1.0)."},
    });
    if (!parseOrExplain(parser, args, "predict")) return kUsage;
    std::size_t threads = 0;
    if (!threadsOption(parser, threads)) return kUsage;
    if (parser.isSet("image") == parser.isSet("strokes")) {
        printLine(stderr, "digitpad-cli predict: give exactly one of --image or --strokes\n" + parser.helpText());
        return kUsage;
    }
    if ((parser.isSet("number") || parser.isSet("mode")) && !parser.isSet("strokes")) {
        printLine(stderr, "digitpad-cli predict: --number and --mode read --strokes files\n" + parser.helpText());
        return kUsage;
    }
    ReadingMode mode = ReadingMode::Auto;
    try {
        if (parser.isSet("mode")) mode = parseReadingMode(parser.value("mode").toStdString());
    } catch (const Error& e) {
        printLine(stderr, QStringLiteral("digitpad-cli predict: --mode: ") + e.what());
        return kUsage;
    }
    const bool asReading = parser.isSet("number") || parser.isSet("mode");
    try {
        auto model = loadModelOrBundled(parser.value("model"));
        model->setThreads(threads);
        if (parser.isSet("image")) {
            // Read as the canvas reads an opened picture: the same digit, doubt and no-digit flags.
            const Preprocessed input = preprocessImage(loadImageFile(parser.value("image").toStdString()));
            DrawingReading reading;
            if (input.ok())
                reading = readImage(*model, *input.image, ReadingDetail::Digits, -1, ImagesOf::People);
            else
                reading.problem = input.problem;
            const QJsonObject line = readingJson(0, reading, false);
            printJson(parser.isSet("input") ? withInput(line, input) : line);
            return kOk;
        }
        const QString path = parser.value("strokes");
        const std::vector<Drawing> drawings =
            parseStrokesJson(readFileBytes(path.toStdString()), path.toStdString());
        for (std::size_t i = 0; i < drawings.size(); ++i) {
            const QJsonObject line = readingJson(
                static_cast<int>(i), readDrawing(*model, drawings[i], asReading ? mode : ReadingMode::OneDigit), asReading);
            printJson(parser.isSet("input") ? withInput(line, preprocessDrawing(drawings[i])) : line);
        }
        return kOk;
    } catch (const Error& e) {
        printLine(stderr, QStringLiteral("digitpad-cli predict: ") + e.what());
        return kFailed;
    }
}

} // namespace digitpad::cli
