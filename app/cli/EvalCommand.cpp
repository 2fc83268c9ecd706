#include "cli/CliSupport.h"
#include "cli/Commands.h"
#include "BundledModel.h"
#include "io/ReportJson.h"
#include "io/StrokesJson.h"

#include "data/Dataset.h"
#include "metrics/DrawingEvaluation.h"
#include "metrics/Evaluate.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <QJsonDocument>

namespace digitpad::cli {
namespace {

QJsonObject calibrationJson(const CalibrationSummary& c) {
    return {{"expected_calibration_error", c.expectedCalibrationError},
            {"wrong_shown_at_90_percent_or_more", c.wrongAtNinety},
            {"warning_below", c.warnBelow},
            {"wrong_flagged", c.wrongFlagged},
            {"right_flagged", c.rightFlagged}};
}

QString calibrationText(const CalibrationSummary& c) {
    return QStringLiteral("calibration: expected calibration error %1; %2% of wrong answers shown at 90% or more; "
                          "the warning (below %3%) flags %4% of wrong answers and %5% of right ones")
        .arg(c.expectedCalibrationError, 0, 'f', 4)
        .arg(c.wrongAtNinety * 100, 0, 'f', 1)
        .arg(c.warnBelow * 100, 0, 'f', 0)
        .arg(c.wrongFlagged * 100, 0, 'f', 1)
        .arg(c.rightFlagged * 100, 0, 'f', 1);
}

QJsonObject numbersJson(const NumberReadings& n) {
    QJsonObject json{{"drawings", static_cast<double>(n.total)},
                      {"right", static_cast<double>(n.correct)},
                      {"digit_too_few", static_cast<double>(n.tooFewDigits)},
                      {"digit_too_many", static_cast<double>(n.tooManyDigits)},
                      {"digit_misread", static_cast<double>(n.misreadDigit)}};
    json["digits"] = jsonObject(reportToJson(n.digits));
    return json;
}

QString numbersText(const NumberReadings& n) {
    return QStringLiteral("numbers: %1 of %2 read exactly; wrong: %3 with a digit too few (digits run together), "
                          "%4 with a digit too many (a digit cut), %5 with every digit found but one or more misread")
        .arg(n.correct).arg(n.total).arg(n.tooFewDigits).arg(n.tooManyDigits).arg(n.misreadDigit);
}

QJsonObject writersJson(const std::map<std::string, ReadCount>& byWriter) {
    QJsonObject json;
    for (const auto& [writer, tally] : byWriter)
        json[QString::fromStdString(writer)] = QJsonObject{{"drawings", static_cast<double>(tally.total)},
                                                           {"accuracy", tally.accuracy()}};
    return json;
}

// "by writer: 1 99.6 % of 250, 19 98.8 % of 250", the writers sorted by name.
QString writersText(const std::map<std::string, ReadCount>& byWriter) {
    QStringList parts;
    for (const auto& [writer, tally] : byWriter)
        parts << QStringLiteral("%1 %2 % of %3").arg(QString::fromStdString(writer)).arg(100 * tally.accuracy(), 0, 'f', 1).arg(tally.total);
    return "by writer: " + parts.join(", ");
}

void printConfusion(const QString& title, const ConfusionMatrix& confusion) {
    printLine(stdout, "\n" + title + ": confusion matrix (rows: true digit, columns: read)");
    printLine(stdout, QString::fromStdString(formatConfusion(confusion)));
    printLine(stdout, QString::fromStdString(formatReport(makeReport(confusion))));
}

// eval --strokes: drawings read the way the canvas reads them.
int evalDrawings(const QCommandLineParser& parser, Classifier& model, ReadingMode mode) {
    const QString path = parser.value("strokes");
    const std::vector<LabelledDrawing> drawings =
        parseLabelledStrokesJson(readFileBytes(path.toStdString()), path.toStdString());
    const DrawingEvaluation evaluation = evaluateDrawings(model, drawings, mode);
    const CalibrationSummary calibration = summarizeCalibration(evaluation.answers, kDoubtfulBelow);
    if (parser.isSet("json")) {
        QJsonObject json = jsonObject(reportToJson(evaluation.confusion));
        json["model"] = QString::fromStdString(model.describe());
        json["mode"] = readingModeName(mode);
        json["drawings"] = static_cast<double>(evaluation.total);
        json["drawing_accuracy"] = evaluation.accuracy();
        json["single_digits_split"] = static_cast<double>(evaluation.singlesSplit);
        if (evaluation.numbers.total > 0) json["numbers"] = numbersJson(evaluation.numbers);
        json["calibration"] = calibrationJson(calibration);
        if (!evaluation.byWriter.empty()) json["by_writer"] = writersJson(evaluation.byWriter);
        printLine(stdout, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        return kOk;
    }
    printLine(stdout, QString::fromStdString(model.describe()));
    printLine(stdout, QStringLiteral("accuracy %1 on %2 drawings (reading mode %3); %4 single digits read as several")
                          .arg(evaluation.accuracy(), 0, 'f', 4).arg(evaluation.total).arg(readingModeName(mode))
                          .arg(evaluation.singlesSplit));
    printLine(stdout, calibrationText(calibration));
    if (evaluation.numbers.total > 0) printLine(stdout, numbersText(evaluation.numbers));
    if (!evaluation.byWriter.empty()) printLine(stdout, writersText(evaluation.byWriter));
    // A set of numbers alone has no single digit to tabulate, and the other way round.
    if (evaluation.confusion.total() > 0) printConfusion("single digits read as one digit", evaluation.confusion);
    if (evaluation.numbers.digits.total() > 0)
        printConfusion("digits of the numbers read with every digit found", evaluation.numbers.digits);
    return kOk;
}

} // namespace

int runEval(const QStringList& args) {
    QCommandLineParser parser;
    parser.setApplicationDescription("Evaluate a model on the MNIST test set, or on labelled drawings (--strokes).");
    parser.addOptions({
        threadsOption(),
        mnistFolderOption(),
        {"model", "Model file (default: the bundled model).", "model"},
        {"strokes", "Labelled drawings instead of MNIST: JSON objects {\"label\": 7 or \"2026\", \"strokes\": [...]}, "
                    "read as the canvas reads them.", "file"},
        {"mode", "With --strokes: auto (the canvas's default), digit or number.", "mode", "auto"},
        {"json", "Print the report as JSON."},
        {"limit", "Evaluate on the first K test images only.", "k"},
        {"image-alone", "Read each MNIST test image alone, not in its six views as the app reads an image: "
                        "the network's single-pass figure, as other recognizers report theirs."},
    });
    if (!parseOrExplain(parser, args, "eval")) return kUsage;
    std::size_t threads = 0;
    if (!threadsOption(parser, threads)) return kUsage;
    long long limit = 0;
    if (!positiveOption(parser, "limit", limit)) return kUsage;
    ReadingMode mode = ReadingMode::Auto;
    try {
        mode = parseReadingMode(parser.value("mode").toStdString());
    } catch (const Error& e) {
        printLine(stderr, QStringLiteral("digitpad-cli eval: --mode: ") + e.what());
        return kUsage;
    }
    try {
        auto model = loadModelOrBundled(parser.value("model"));
        model->setThreads(threads);
        if (parser.isSet("strokes")) return evalDrawings(parser, *model, mode);
        const Dataset test = loadMnist(mnistFolder(parser), MnistSplit::Test, static_cast<std::size_t>(limit));
        const ViewsRead views = parser.isSet("image-alone") ? ViewsRead::ImageAlone : ViewsRead::Every;
        const Evaluation evaluation = evaluate(*model, test, {}, nullptr, ImagesOf::Mnist, views);
        if (parser.isSet("json")) {
            QJsonObject json = jsonObject(reportToJson(evaluation.confusion));
            json["model"] = QString::fromStdString(model->describe());
            json["views"] = views == ViewsRead::Every ? "every" : "image alone";
            printLine(stdout, QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact)));
        } else {
            printLine(stdout, QString::fromStdString(model->describe()));
            printLine(stdout, QStringLiteral("accuracy %1 on %2 test images (%3)\n")
                                  .arg(evaluation.confusion.accuracy(), 0, 'f', 4).arg(test.size())
                                  .arg(views == ViewsRead::Every ? "each read in its six views" : "each image alone"));
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
