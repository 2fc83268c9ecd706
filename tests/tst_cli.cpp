// digitpad-cli end to end: train, eval and predict on small data it makes itself, and clear
// errors with the right exit codes for bad arguments and files.
#include "model/DrawingOffsets.h"
#include "io/StrokesJson.h"
#include "catalogue/KnownModels.h"
#include "cnn/CnnClassifier.h"
#include "support/SyntheticDigits.h"
#include "support/SyntheticMnist.h"
#include "util/FileIo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace digitpad;
using namespace digitpad::testing;

namespace {
QByteArray drawingJson(const Drawing& drawing) { return QByteArray::fromStdString(drawingToJson(drawing)); }
} // namespace

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList& arguments) {
    QProcess process;
    process.start(DIGITPAD_CLI, arguments);
    if (!process.waitForFinished(120000)) qFatal("digitpad-cli did not finish");
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void versionAndHelp();
    void trainEvalPredictRoundTrip();
    void predictStrokesEmptyDrawingGetsNullDigit();
    void predictImage();
    void classicTrainTuneCompare();
    void predictNumber();
    void evalDrawingsAndCalibrate();
    void trainWithStyledDrawings();
    void trainCalibrates();
    void trainKeepsEveryEpoch();
    void benchUsesTheThreadsItIsGivenOrMayUse();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void badFilesExitOneWithMessage_data();
    void badFilesExitOneWithMessage();

private:
    QTemporaryDir dir_;
    QString data_;
    QString model_;
};

void TestCli::initTestCase() {
    data_ = dir_.path() + "/mnist";
    QDir().mkpath(data_);
    writeSyntheticMnist(data_, 30);
    model_ = dir_.path() + "/m.dpm";
}

void TestCli::versionAndHelp() {
    const Run version = cli({"--version"});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("digitpad-cli "));
    QVERIFY(QRegularExpression("\\d+\\.\\d+\\.\\d+").match(version.out).hasMatch());
    const Run help = cli({"train", "--help"});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--epochs"));
}

void TestCli::trainEvalPredictRoundTrip() {
    const QString metrics = dir_.path() + "/metrics.json";
    const Run train = cli({"train", "--data", data_, "--epochs", "3", "--arch", "seed", "--batch", "16",
                           "--out", model_, "--metrics", metrics});
    QVERIFY2(train.exitCode == 0, qPrintable(train.err));
    QVERIFY2(train.out.contains("epoch 1/3") && train.out.contains("epoch 3/3"), qPrintable(train.out));
    QVERIFY(QFile::exists(model_));
    QFile metricsFile(metrics);
    QVERIFY(metricsFile.open(QIODevice::ReadOnly));
    const QJsonObject m = QJsonDocument::fromJson(metricsFile.readAll()).object();
    QCOMPARE(m["epochs"].toArray().size(), 3);
    QVERIFY(m["test"].toObject()["accuracy"].toDouble() > 0.8);

    const Run eval = cli({"eval", "--data", data_, "--model", model_, "--json"});
    QVERIFY2(eval.exitCode == 0, qPrintable(eval.err));
    const QJsonObject report = QJsonDocument::fromJson(eval.out.toUtf8()).object();
    QCOMPARE(report["confusion_matrix"].toArray().size(), 10);
    QCOMPARE(report["per_class"].toArray().size(), 10);
    QCOMPARE(report["total"].toInt(), 300);
    QVERIFY(report["accuracy"].toDouble() > 0.8);

    // export to ONNX and import it back: the same confusion matrix (tst_onnx checks the details).
    const QString onnx = dir_.path() + "/m.onnx", back = dir_.path() + "/back.dpm";
    const Run exported = cli({"export", "--model", model_, "--out", onnx});
    QVERIFY2(exported.exitCode == 0 && exported.out.contains("exported CNN 'seed'"), qPrintable(exported.err));
    const Run imported = cli({"import", "--onnx", onnx, "--out", back});
    QVERIFY2(imported.exitCode == 0 && imported.out.contains("imported CNN 'seed'"), qPrintable(imported.err));
    const Run evalBack = cli({"eval", "--data", data_, "--model", back, "--json"});
    QCOMPARE(QJsonDocument::fromJson(evalBack.out.toUtf8()).object()["confusion_matrix"], report["confusion_matrix"]);
    const Run text = cli({"eval", "--data", data_, "--model", model_});
    QVERIFY(text.out.contains("weighted avg") && text.out.contains("confusion matrix"));
    QVERIFY2(text.out.contains("on 300 test images (each read in its six views)"), qPrintable(text.out));
    // The network's single-pass figure, as other recognizers report theirs.
    QCOMPARE(report["views"].toString(), QString("every"));
    const Run alone = cli({"eval", "--data", data_, "--model", model_, "--json", "--image-alone"});
    QVERIFY2(alone.exitCode == 0, qPrintable(alone.err));
    const QJsonObject aloneReport = QJsonDocument::fromJson(alone.out.toUtf8()).object();
    QCOMPARE(aloneReport["views"].toString(), QString("image alone"));
    QCOMPARE(aloneReport["total"].toInt(), 300);

    // Strokes the model has not seen, one file with several drawings.
    QByteArray json = "[";
    for (int digit : {7, 1, 0}) json += drawingJson(syntheticDigit(digit, variedStyle(digit))) + ",";
    json.chop(1);
    json += "]";
    const QString strokes = dir_.path() + "/strokes.json";
    writeFileAtomically(strokes.toStdString(), json.toStdString());
    const Run predict = cli({"predict", "--model", model_, "--strokes", strokes});
    QVERIFY2(predict.exitCode == 0, qPrintable(predict.err));
    const QStringList lines = predict.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    const int expected[] = {7, 1, 0};
    for (int i = 0; i < 3; ++i) {
        const QJsonObject line = QJsonDocument::fromJson(lines[i].toUtf8()).object();
        QCOMPARE(line["index"].toInt(), i);
        QCOMPARE(line["probabilities"].toArray().size(), 10);
        QCOMPARE(line["digit"].toInt(), expected[i]);
    }
}

void TestCli::predictStrokesEmptyDrawingGetsNullDigit() {
    CnnClassifier("seed").save(model_.toStdString() + ".fresh");
    const QString strokes = dir_.path() + "/empty.json";
    writeFileAtomically(strokes.toStdString(), R"({"strokes": []})");
    const Run run = cli({"predict", "--model", model_ + ".fresh", "--strokes", strokes});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject line = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QVERIFY(line["digit"].isNull());
    QVERIFY(line["reason"].toString().contains("empty"));
}

void TestCli::predictImage() {
    CnnClassifier("seed").save(model_.toStdString() + ".fresh");
    QImage image(60, 80, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 10; y < 70; ++y)
        for (int x = 28; x < 33; ++x) image.setPixel(x, y, qRgb(0, 0, 0));
    const QString path = dir_.path() + "/one.png";
    QVERIFY(image.save(path));
    const Run run = cli({"predict", "--model", model_ + ".fresh", "--image", path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject fresh = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QCOMPARE(fresh["probabilities"].toArray().size(), 10);
    // "doubtful" as the canvas warns: an untrained model is unsure, the bundled one reads a clear 1.
    QVERIFY2(fresh["doubtful"].toBool(), qPrintable(run.out));
    const Run bundled = cli({"predict", "--image", path});
    const QJsonObject sure = QJsonDocument::fromJson(bundled.out.toUtf8()).object();
    QCOMPARE(sure["digit"].toInt(), 1);
    QVERIFY2(sure.contains("doubtful") && !sure["doubtful"].toBool(), qPrintable(bundled.out));
    QVERIFY2(sure.contains("no_digit") && !sure["no_digit"].toBool(), qPrintable(bundled.out));
    // Fine noise is no digit at all, whatever digit the model names.
    QImage noise(84, 84, QImage::Format_Grayscale8);
    std::mt19937 rng(3);
    for (int y = 0; y < noise.height(); ++y)
        for (int x = 0; x < noise.width(); ++x) noise.setPixel(x, y, rng() % 2 ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
    const QString noisy = dir_.path() + "/noise.png";
    QVERIFY(noise.save(noisy));
    const Run none = cli({"predict", "--image", noisy});
    QVERIFY2(QJsonDocument::fromJson(none.out.toUtf8()).object()["no_digit"].toBool(), qPrintable(none.out));
}

void TestCli::classicTrainTuneCompare() {
    // train: a classical type through the same command, then predict with it.
    const QString forest = dir_.path() + "/forest.dpm";
    const Run train = cli({"train", "--data", data_, "--arch", "rf-raw", "--param", "trees=40", "--out", forest});
    QVERIFY2(train.exitCode == 0, qPrintable(train.err));
    QVERIFY2(train.out.contains("trees=40") && train.out.contains("test accuracy"), qPrintable(train.out));
    const Run eval = cli({"eval", "--data", data_, "--model", forest, "--json"});
    QVERIFY2(QJsonDocument::fromJson(eval.out.toUtf8()).object()["accuracy"].toDouble() > 0.7, qPrintable(eval.out));
    // export: a forest has no ONNX form; the refusal says so and writes nothing.
    const QString onnx = dir_.path() + "/forest.onnx";
    const Run exported = cli({"export", "--model", forest, "--out", onnx});
    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.err.contains("only CNN models"), qPrintable(exported.err));
    QVERIFY(!QFile::exists(onnx));

    // tune: a 2 x 2 grid reports 4 trials and the best; random search reports --trials.
    const QString json = dir_.path() + "/tune.json";
    const QString tuned = dir_.path() + "/tuned.dpm";
    const Run grid = cli({"tune", "--data", data_, "--model", "svm-hog", "--param", "C=1,10", "--param",
                          "gamma=0.03,100", "--folds", "3", "--limit", "300", "--json", json, "--out", tuned});
    QVERIFY2(grid.exitCode == 0, qPrintable(grid.err));
    QCOMPARE(grid.out.count(QRegularExpression("^trial \\d/4 ", QRegularExpression::MultilineOption)), 4);
    QVERIFY2(grid.out.contains(QRegularExpression("best: trial \\d  C=(1|10) gamma=0.03 ")), qPrintable(grid.out));
    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject report = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(report["trials"].toArray().size(), 4);
    QCOMPARE(report["trials"].toArray()[0].toObject()["fold_accuracies"].toArray().size(), 3);
    QVERIFY(QFile::exists(tuned));
    const Run random = cli({"tune", "--data", data_, "--model", "linear-svm-raw", "--search", "random", "--trials",
                            "3", "--folds", "2", "--limit", "200"});
    QVERIFY2(random.exitCode == 0, qPrintable(random.err));
    QCOMPARE(random.out.count(QRegularExpression("^trial \\d/3 ", QRegularExpression::MultilineOption)), 3);

    // compare: one row per model, from a file and trained on the spot.
    const QString table = dir_.path() + "/compare.json";
    const Run compare = cli({"compare", "--data", data_, "--models", forest + ",linear-svm-hog," + tuned, "--json", table});
    QVERIFY2(compare.exitCode == 0, qPrintable(compare.err));
    QVERIFY2(compare.out.contains("macro F1") && compare.out.contains("linear-svm-hog"), qPrintable(compare.out));
    QFile tableFile(table);
    QVERIFY(tableFile.open(QIODevice::ReadOnly));
    const QJsonArray rows = QJsonDocument::fromJson(tableFile.readAll()).object()["models"].toArray();
    QCOMPARE(rows.size(), 3);
    for (const QJsonValue row : rows) {
        QVERIFY(row["accuracy"].toDouble() > 0.5);
        QVERIFY(row["size_bytes"].toDouble() > 0);
        QVERIFY(row["training_seconds"].toDouble() >= 0 && row.toObject().contains("training_seconds"));
        QVERIFY(row["ms_per_image"].toDouble() > 0);
    }
}

void TestCli::predictNumber() {
    const QString strokes = dir_.path() + "/number.json";
    const QByteArray json = "[" + drawingJson(syntheticNumber({2, 0, 2, 6}, 0.2, 0.3, 4).drawing) + "," +
                            drawingJson(Drawing{}) + "]";
    writeFileAtomically(strokes.toStdString(), json.toStdString());
    const Run run = cli({"predict", "--strokes", strokes, "--number"}); // the bundled model
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject number = QJsonDocument::fromJson(lines[0].toUtf8()).object();
    QCOMPARE(number["number"].toString(), QString("2026"));
    const QJsonArray digits = number["digits"].toArray();
    QCOMPARE(digits.size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(digits[i]["box"].toArray().size(), 4);
        QVERIFY(digits[i]["confidence"].toDouble() > 0.3);
        QCOMPARE(digits[i]["doubtful"].toBool(), digits[i]["confidence"].toDouble() < 0.9);
        if (i > 0) QVERIFY(digits[i]["box"][0].toDouble() > digits[i - 1]["box"][2].toDouble());
    }
    const QJsonObject empty = QJsonDocument::fromJson(lines[1].toUtf8()).object();
    QVERIFY(empty["number"].isNull());
    QVERIFY(empty["reason"].toString().contains("empty"));
    QCOMPARE(cli({"predict", "--image", strokes, "--number"}).exitCode, 2);
}

// --threads wins; without it, a process pinned to one core trains on one thread, not on one per
// core of the machine. --profile times every layer and estimates the serial fraction.
void TestCli::benchUsesTheThreadsItIsGivenOrMayUse() {
    const QString json = dir_.path() + "/bench.json";
    const QStringList bench{"bench", "--data", data_, "--arch", "seed", "--train-images", "64", "--json", json};
    const auto threadsIn = [&] {
        QFile file(json);
        if (!file.open(QIODevice::ReadOnly)) return -1;
        return QJsonDocument::fromJson(file.readAll()).object()["results"].toArray().at(0).toObject()["threads"].toInt();
    };
    const Run three = cli(bench + QStringList{"--threads", "3"});
    QCOMPARE(three.exitCode, 0);
    QCOMPARE(threadsIn(), 3);

    QProcess pinned;
    pinned.start("taskset", QStringList{"-c", "0", DIGITPAD_CLI} + bench + QStringList{"--profile"});
    QVERIFY(pinned.waitForFinished(120000));
    const QString out = QString::fromUtf8(pinned.readAllStandardOutput());
    QVERIFY2(pinned.exitCode() == 0, qPrintable(out + pinned.readAllStandardError()));
    QCOMPARE(threadsIn(), 1);
    QVERIFY2(out.contains("threads: 1 (1 usable cores)"), qPrintable(out));
    for (const char* part : {"1 conv forward", "3 conv backward", "optimizer (Adam)", "whole step"})
        QVERIFY2(out.contains(part), qPrintable(out));
}

void TestCli::usageErrorsExitTwo_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no command") << QStringList{} << "no command";
    QTest::newRow("unknown command") << QStringList{"fly"} << "unknown command 'fly'";
    QTest::newRow("unknown option") << QStringList{"eval", "--frobnicate"} << "frobnicate";
    QTest::newRow("train without out") << QStringList{"train", "--epochs", "1"} << "--out";
    QTest::newRow("zero threads") << QStringList{"bench", "--threads", "0"} << "positive whole number";
    QTest::newRow("zero epochs") << QStringList{"train", "--epochs", "0", "--out", "x"} << "positive whole number";
    QTest::newRow("bad arch") << QStringList{"train", "--arch", "vgg", "--out", "x"} << "unknown --arch";
    QTest::newRow("predict both inputs") << QStringList{"predict", "--image", "a", "--strokes", "b"} << "exactly one";
    QTest::newRow("predict no input") << QStringList{"predict"} << "exactly one";
    QTest::newRow("bad learning rate") << QStringList{"train", "--lr", "5", "--out", "x"} << "learning rate";
    QTest::newRow("teacher weight not a number") << QStringList{"train", "--teacher-weight", "half", "--out", "x"}
                                                 << "take numbers";
    QTest::newRow("teacher weight above 1") << QStringList{"train", "--teacher-weight", "1.5", "--out", "x"}
                                            << "teacher weight must be between 0 and 1";
    QTest::newRow("tune unknown model") << QStringList{"tune", "--model", "knn"} << "--model must be one of";
    QTest::newRow("tune bad search") << QStringList{"tune", "--model", "rf-raw", "--search", "annealing"} << "grid or random";
    QTest::newRow("export without out") << QStringList{"export"} << "--out is required";
    QTest::newRow("import without onnx") << QStringList{"import", "--out", "x.dpm"} << "--onnx and --out are required";
}

void TestCli::usageErrorsExitTwo() {
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
}

void TestCli::badFilesExitOneWithMessage_data() {
    QTest::addColumn<QString>("fileContent");
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected");
    QTest::newRow("model is text") << "hello" << "model" << "not a DigitPad model file";
    QTest::newRow("strokes not json") << "{[" << "strokes" << "not valid JSON";
    QTest::newRow("strokes wrong shape") << R"({"strokes": [[[1]]]})" << "strokes" << "stroke 0, point 0";
    QTest::newRow("strokes text coordinate") << R"([{"strokes": [[[1, "a"]]]}])" << "strokes" << "must be numbers";
    QTest::newRow("strokes number beyond a double") << R"({"strokes": [[[2e+308, 1]]]})" << "strokes" << "number overflow";
    // Read naively, a file nested this deep overflows the stack when its value is destroyed.
    QTest::newRow("strokes nested 100,000 deep") << QString(R"({"strokes": %1%2})").arg(QString(100000, '['), QString(100000, ']'))
                                                << "strokes" << "nested deeper than any drawing";
    QTest::newRow("image not an image") << "just some text" << "image" << "not a readable image";
    QTest::newRow("data folder missing") << "" << "data" << "folder does not exist";
    QTest::newRow("tune unknown parameter") << "" << "tune-param" << "has no parameter 'depth' (its parameters are C, gamma)";
    QTest::newRow("train unknown parameter") << "" << "train-unknown" << "unknown parameter 'depth' (the parameters are C, gamma)";
    QTest::newRow("classic bad parameter") << "" << "train-param" << "must be a positive number";
    QTest::newRow("teacher is text") << "hello" << "teacher" << "not a DigitPad model file";
    QTest::newRow("labelled strokes, writer a fraction") << R"([{"label": 1, "writer": 1.5, "strokes": [[[0, 0], [0, 9]]]}])"
                                                         << "labelled" << "\"writer\" must be a whole number or a name";
}

void TestCli::badFilesExitOneWithMessage() {
    QFETCH(QString, fileContent);
    QFETCH(QString, command);
    QFETCH(QString, expected);
    const QString path = dir_.path() + "/bad-input";
    writeFileAtomically(path.toStdString(), fileContent.toStdString());
    QStringList arguments;
    if (command == "model") arguments = {"predict", "--model", path, "--strokes", path};
    if (command == "strokes") arguments = {"predict", "--model", model_ + ".fresh", "--strokes", path};
    if (command == "image") arguments = {"predict", "--model", model_ + ".fresh", "--image", path};
    if (command == "data") arguments = {"eval", "--model", model_ + ".fresh", "--data", dir_.path() + "/nowhere"};
    if (command == "tune-param") arguments = {"tune", "--data", data_, "--model", "svm-raw", "--param", "depth=1,2"};
    if (command == "train-unknown") arguments = {"train", "--data", data_, "--arch", "svm-raw", "--param", "depth=3", "--out", path};
    if (command == "train-param") arguments = {"train", "--data", data_, "--arch", "svm-raw", "--param", "C=-3", "--out", path};
    if (command == "labelled") arguments = {"eval", "--model", model_ + ".fresh", "--strokes", path};
    if (command == "teacher") arguments = {"train", "--data", data_, "--teacher", path, "--limit", "10", "--out", path + ".dpm"};
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
}

void TestCli::evalDrawingsAndCalibrate() {
    // Labelled drawings: single digits in several styles, one number, one label that is wrong on purpose.
    QJsonArray drawings;
    int index = 0;
    for (int digit : {0, 1, 3, 4, 7, 8}) {
        const QJsonObject one = QJsonDocument::fromJson(drawingJson(syntheticDigit(digit, variedStyle(index++)))).object();
        QJsonObject labelled = one;
        labelled["label"] = digit;
        labelled["writer"] = 7;
        drawings.append(labelled);
    }
    QJsonObject number = QJsonDocument::fromJson(drawingJson(syntheticNumber({3, 1, 4}, 0.25, 0.3, 5).drawing)).object();
    number["label"] = "314";
    drawings.append(number);
    QJsonObject wrong = QJsonDocument::fromJson(drawingJson(syntheticDigit(6))).object();
    wrong["label"] = 2;
    wrong["writer"] = "ann";
    drawings.append(wrong);
    const QString path = dir_.path() + "/labelled.json";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(drawings).toJson());
    file.close();

    const Run eval = cli({"eval", "--strokes", path, "--json"});
    QCOMPARE(eval.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(eval.out.toUtf8()).object();
    QCOMPARE(report.value("drawings").toInt(), 8);
    QCOMPARE(report.value("mode").toString(), QString("auto"));
    QCOMPARE(report.value("drawing_accuracy").toDouble(), 7.0 / 8); // all right but the mislabelled 6
    QCOMPARE(report.value("single_digits_split").toInt(), 0);
    const QJsonObject calibration = report.value("calibration").toObject();
    QVERIFY(calibration.contains("expected_calibration_error"));
    QVERIFY(calibration.value("expected_calibration_error").toDouble() >= 0);
    // By writer, for the drawings that name one (the number names none).
    const QJsonObject writers = report.value("by_writer").toObject();
    QCOMPARE(writers.keys(), (QStringList{"7", "ann"}));
    QCOMPARE(writers.value("7").toObject().value("drawings").toInt(), 6);
    QCOMPARE(writers.value("7").toObject().value("accuracy").toDouble(), 1.0);
    QCOMPARE(writers.value("ann").toObject().value("accuracy").toDouble(), 0.0);
    const Run text = cli({"eval", "--strokes", path});
    QVERIFY2(text.out.contains("accuracy 0.8750 on 8 drawings"), qPrintable(text.out));
    QVERIFY2(text.out.contains("by writer: 7 100.0 % of 6, ann 0.0 % of 1"), qPrintable(text.out));
    QVERIFY(text.out.contains("expected calibration error"));

    // calibrate fits a temperature and keeps it in the model it writes; the answers stay.
    const QString calibrated = dir_.path() + "/calibrated.dpm";
    const Run fit = cli({"calibrate", "--strokes", path, "--out", calibrated});
    QCOMPARE(fit.exitCode, 0);
    QVERIFY2(fit.out.startsWith("temperature "), qPrintable(fit.out));
    // Eight drawings are too few to fit offsets to: they would learn the mislabelled 6.
    QVERIFY2(fit.out.contains("no drawing offsets: they need at least 30 drawings of every digit"), qPrintable(fit.out));
    const std::unique_ptr<Classifier> model = loadClassifier(calibrated.toStdString());
    QVERIFY(model->metadata().count("temperature") == 1);
    const Run after = cli({"eval", "--strokes", path, "--json", "--model", calibrated});
    QCOMPARE(QJsonDocument::fromJson(after.out.toUtf8()).object().value("drawing_accuracy").toDouble(), 7.0 / 8);
    // With a second opinion the saved model carries it and its fitted weight; calibrating that
    // again with another replaces it rather than stacking them. The bundled model has one already,
    // so it cannot be a second opinion.
    const QString second = dir_.path() + "/second.dpm";
    QCOMPARE(cli({"train", "--data", data_, "--arch", "linear-svm-raw", "--out", second}).exitCode, 0);
    const QString checked = dir_.path() + "/checked.dpm";
    const Run stacked = cli({"calibrate", "--strokes", path, "--out", checked, "--second-opinion", calibrated});
    QCOMPARE(stacked.exitCode, 1);
    QVERIFY2(stacked.err.contains("cannot hold another"), qPrintable(stacked.err));
    for (int round = 0; round < 2; ++round) {
        const Run withSecond = cli({"calibrate", "--strokes", path, "--out", checked, "--second-opinion", second, "--model",
                                    round == 0 ? calibrated : checked});
        QCOMPARE(withSecond.exitCode, 0);
        QVERIFY2(withSecond.out.contains("second opinion's weight 0."), qPrintable(withSecond.out));
        QCOMPARE(QString::fromStdString(loadClassifier(checked.toStdString())->kind()), QString("second-opinion"));
    }
    const Run missing = cli({"calibrate", "--strokes", path, "--out", checked, "--second-opinion", dir_.path() + "/none.dpm"});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("none.dpm"), qPrintable(missing.err));

    // Reading modes: the number splits in auto and number modes, never in digit mode.
    const QString numberPath = dir_.path() + "/number-only.json";
    QFile numberFile(numberPath);
    QVERIFY(numberFile.open(QIODevice::WriteOnly));
    numberFile.write(QJsonDocument(number).toJson());
    numberFile.close();
    for (const auto& [mode, digits] : std::vector<std::pair<QString, int>>{{"auto", 3}, {"number", 3}, {"digit", 1}}) {
        const Run read = cli({"predict", "--strokes", numberPath, "--mode", mode});
        QCOMPARE(read.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(read.out.toUtf8()).object().value("digits").toArray().size(), digits);
    }
    QCOMPARE(cli({"predict", "--strokes", numberPath, "--mode", "sideways"}).exitCode, 2);
    QCOMPARE(cli({"calibrate", "--out", calibrated}).exitCode, 2);

    // A set of numbers says how each wrong one went wrong: the same drawing of 3-1-4 labelled
    // right, with a digit more, a digit less and a digit other than the one read.
    QJsonArray numbers;
    for (const char* label : {"314", "3141", "31", "319"}) {
        number["label"] = label;
        numbers.append(number);
    }
    const QString numbersPath = dir_.path() + "/numbers.json";
    QFile numbersFile(numbersPath);
    QVERIFY(numbersFile.open(QIODevice::WriteOnly));
    numbersFile.write(QJsonDocument(numbers).toJson());
    numbersFile.close();
    const QJsonObject read = QJsonDocument::fromJson(cli({"eval", "--strokes", numbersPath, "--json"}).out.toUtf8())
                                 .object().value("numbers").toObject();
    QCOMPARE(read.value("drawings").toInt(), 4);
    QCOMPARE(read.value("right").toInt(), 1);
    QCOMPARE(read.value("digit_too_few").toInt(), 1);
    QCOMPARE(read.value("digit_too_many").toInt(), 1);
    QCOMPARE(read.value("digit_misread").toInt(), 1);
    // The digits of "314" and "319", each read 3-1-4: the 9 was read as a 4.
    const QJsonArray digits = read.value("digits").toObject().value("confusion_matrix").toArray();
    QCOMPARE(digits.at(9).toArray().at(4).toInt(), 1);
    QCOMPARE(digits.at(4).toArray().at(4).toInt(), 1);
    QCOMPARE(digits.at(3).toArray().at(3).toInt(), 2);
    const Run numbersText = cli({"eval", "--strokes", numbersPath});
    QVERIFY2(numbersText.out.contains("numbers: 1 of 4 read exactly"), qPrintable(numbersText.out));
    QVERIFY2(!numbersText.out.contains("single digits read as one digit"), qPrintable(numbersText.out));
}

void TestCli::trainWithStyledDrawings() {
    const QString out = dir_.path() + "/styled.dpm";
    const Run run = cli({"train", "--data", data_, "--epochs", "1", "--arch", "seed", "--styles", "200", "--augment",
                         "--elastic", "--out", out});
    QCOMPARE(run.exitCode, 0);
    // 300 synthetic MNIST images plus 200 styled drawings.
    QVERIFY2(run.out.contains("on 500 images"), qPrintable(run.out));
    const std::unique_ptr<Classifier> model = loadClassifier(out.toStdString());
    QCOMPARE(QString::fromStdString(model->metadata().at("augment")), QString("yes, elastic"));
}

void TestCli::trainCalibrates() {
    // --calibrate fits the trained model's temperature and drawing offsets on the 2,400 drawings
    // of the calibration set, and keeps them in the file; without it the model has neither.
    const QString out = dir_.path() + "/calibrated-run.dpm";
    const Run run = cli({"train", "--data", data_, "--epochs", "1", "--arch", "seed", "--calibrate", "--out", out});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("calibrated on 2400 drawings like people's: temperature "), qPrintable(run.out));
    QVERIFY2(run.out.contains("drawing offsets, digits 0-9: "), qPrintable(run.out));
    const std::unique_ptr<Classifier> model = loadClassifier(out.toStdString());
    QVERIFY(model->metadata().count("temperature") == 1);
    QVERIFY(drawingOffsetsOf(model->metadata()));
    // It reads doubt as the bundled model does: with the bundled model's second opinion.
    QVERIFY2(run.out.contains("second opinion's weight "), qPrintable(run.out));
    QCOMPARE(QString::fromStdString(model->kind()), QString("second-opinion"));
    // Such a model trains its CNN further.
    const QString further = dir_.path() + "/further.dpm";
    const Run again = cli({"train", "--data", data_, "--epochs", "1", "--from", out, "--out", further});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(QString::fromStdString(loadClassifier(further.toStdString())->kind()), QString("cnn"));
    const QString plain = dir_.path() + "/plain-run.dpm";
    QCOMPARE(cli({"train", "--data", data_, "--epochs", "1", "--arch", "seed", "--out", plain}).exitCode, 0);
    const std::unique_ptr<Classifier> uncalibrated = loadClassifier(plain.toStdString());
    QVERIFY(uncalibrated->metadata().count("temperature") == 0 && !drawingOffsetsOf(uncalibrated->metadata()));
}

void TestCli::trainKeepsEveryEpoch() {
    const QString out = dir_.path() + "/kept.dpm";
    const QString folder = dir_.path() + "/epochs";
    const Run run = cli({"train", "--data", data_, "--epochs", "3", "--arch", "seed", "--keep-epochs", folder, "--out", out});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains("keeping 3 epochs took"), qPrintable(run.out));
    QCOMPARE(QDir(folder).entryList({"*.dpm"}, QDir::Files, QDir::Name),
             QStringList({"epoch-01.dpm", "epoch-02.dpm", "epoch-03.dpm"}));
    const auto final = std::dynamic_pointer_cast<CnnClassifier>(std::shared_ptr<Classifier>(loadClassifier(out.toStdString())));
    const auto first = std::dynamic_pointer_cast<CnnClassifier>(
        std::shared_ptr<Classifier>(loadClassifier((folder + "/epoch-01.dpm").toStdString())));
    const auto third = std::dynamic_pointer_cast<CnnClassifier>(
        std::shared_ptr<Classifier>(loadClassifier((folder + "/epoch-03.dpm").toStdString())));
    QVERIFY(final && first && third);
    QCOMPARE(third->weights(), final->weights()); // the last epoch is the model saved
    QVERIFY(first->weights() != final->weights());
    QCOMPARE(first->metadata().at("epochs"), std::string("1"));
    QCOMPARE(third->metadata().at("epochs"), std::string("3"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
