// ONNX export, checked in a real runtime: onnxruntime-web (its WebAssembly build, under Node,
// installed by dev.sh into tests/onnx) reads the exported bundled model and a freshly trained
// seed network, and must give DigitPad's probabilities on MNIST test images and on drawings
// DigitPad preprocessed.
#include "BundledModel.h"
#include "classic/ClassicModels.h"
#include "cnn/CnnClassifier.h"
#include "model/EnsembleClassifier.h"
#include "data/Dataset.h"
#include "catalogue/KnownModels.h"
#include "onnx/OnnxExport.h"
#include "onnx/OnnxImport.h"
#include "preprocess/Preprocess.h"
#include "calibration/StyleDigits.h"
#include "train/Trainer.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <onnx/onnx_pb.h>

#include <cstring>

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace digitpad;

namespace {

// 1,000 MNIST test images, then 200 drawings of the style generator as DigitPad preprocesses them.
std::vector<Image28> checkImages() {
    const Dataset mnist = loadMnist(DIGITPAD_MNIST_DIR, MnistSplit::Test, 1000);
    std::vector<Image28> images;
    for (std::size_t i = 0; i < mnist.size(); ++i) images.push_back(mnist.image(i));
    for (const StyledDrawing& d : styleSet(20, 11)) {
        const Preprocessed p = preprocessDrawing(d.drawing);
        if (p.ok()) images.push_back(*p.image);
    }
    return images;
}

void writeFloats(const QString& path, const std::vector<float>& values) {
    writeFileAtomically(path.toStdString(),
                        std::string(reinterpret_cast<const char*>(values.data()), values.size() * sizeof(float)));
}

std::vector<float> readFloats(const QString& path) {
    const std::string bytes = readFileBytes(path.toStdString());
    std::vector<float> values(bytes.size() / sizeof(float));
    std::memcpy(values.data(), bytes.data(), values.size() * sizeof(float));
    return values;
}

std::map<std::string, std::string> metadataOf(const std::string& bytes) {
    onnx::ModelProto file;
    if (!file.ParseFromString(bytes)) return {};
    std::map<std::string, std::string> props;
    for (const auto& entry : file.metadata_props()) props[entry.key()] = entry.value();
    return props;
}

} // namespace

class TestOnnx : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void runtimeGivesDigitPadsProbabilities_data();
    void runtimeGivesDigitPadsProbabilities();
    void fileCarriesTheModelsMetadata();
    void pythonsOnnxCheckerPassesTheCliExport();
    void classicalModelsAreRefusedWithTheReason();
    void unwritablePlaceLeavesNothing();
    void exportedModelsComeBackExactly_data();
    void exportedModelsComeBackExactly();
    void ensemblesAreNotImported();
    void badFilesAreRefusedWithTheProblem_data();
    void pytorchExportLoads_data();
    void pytorchExportLoads();
    void badFilesAreRefusedWithTheProblem();

private:
    std::shared_ptr<Classifier> bundled_;
    std::shared_ptr<Classifier> seed_;
    std::vector<std::shared_ptr<Classifier>> models_; // the bundled model, seed_, a deep network, an ensemble
    std::vector<Image28> images_;
};

void TestOnnx::initTestCase() {
    bundled_ = loadBundledModel();
    auto seed = std::make_shared<CnnClassifier>("seed", 5);
    TrainingOptions options;
    options.limit = 3000;
    trainCnn(*seed, loadMnist(DIGITPAD_MNIST_DIR, MnistSplit::Train, 3000), options);
    seed->setTemperature(1.7); // the exported graph must apply it
    seed_ = seed;
    // Every architecture exports; trained a little, so that no image's two best digits tie.
    auto deep = std::make_shared<CnnClassifier>("deep", 9);
    options.limit = 1000;
    trainCnn(*deep, loadMnist(DIGITPAD_MNIST_DIR, MnistSplit::Train, 1000), options);
    deep->setTemperature(0.8);
    // An ensemble of two architectures: the graph averages their log-probabilities.
    std::vector<std::unique_ptr<Classifier>> members;
    members.push_back(seed_->clone());
    members.push_back(deep->clone());
    auto ensemble = std::make_shared<EnsembleClassifier>(std::move(members));
    ensemble->setTemperature(1.3);
    models_ = {bundled_, seed_, deep, ensemble};
    images_ = checkImages();
    QVERIFY(images_.size() >= 1190);
}

void TestOnnx::runtimeGivesDigitPadsProbabilities_data() {
    QTest::addColumn<int>("which");
    QTest::newRow("the bundled model (default)") << 0;
    QTest::newRow("a freshly trained seed") << 1;
    QTest::newRow("a deep network, briefly trained") << 2;
    QTest::newRow("an ensemble of the seed and the deep network") << 3;
}

void TestOnnx::runtimeGivesDigitPadsProbabilities() {
    QFETCH(int, which);
    Classifier& model = *models_[static_cast<std::size_t>(which)];
    QTemporaryDir dir;
    const QString onnxPath = dir.filePath("model.onnx");
    exportOnnx(model, onnxPath.toStdString());

    std::vector<float> pixels, expected;
    for (const Image28& image : images_) pixels.insert(pixels.end(), image.pixels.begin(), image.pixels.end());
    for (const Probabilities& p : model.predictBatch(images_)) expected.insert(expected.end(), p.begin(), p.end());
    writeFloats(dir.filePath("images.f32"), pixels);
    writeFloats(dir.filePath("expected.f32"), expected);

    QProcess node;
    node.setWorkingDirectory(DIGITPAD_SOURCE_DIR "/tests/onnx");
    node.start("node", {"run_onnx.mjs", onnxPath, dir.filePath("images.f32"), dir.filePath("expected.f32")});
    QVERIFY2(node.waitForFinished(120000), "node did not finish");
    const QByteArray out = node.readAllStandardOutput();
    QVERIFY2(node.exitCode() == 0, qPrintable("node failed (is onnxruntime-web installed? ./dev.sh setup): " +
                                              node.readAllStandardError()));
    const QJsonObject result = QJsonDocument::fromJson(out.trimmed().split('\n').last()).object();
    qInfo("%s", out.trimmed().constData());
    QVERIFY(result.value("runtime").toString().startsWith("onnxruntime-web "));
    QCOMPARE(result.value("images").toInt(), static_cast<int>(images_.size()));
    QCOMPARE(result.value("argmax_mismatches").toInt(), 0);
    QVERIFY2(result.value("max_difference").toDouble() <= 1e-5, qPrintable(QString::number(result.value("max_difference").toDouble())));
}

void TestOnnx::fileCarriesTheModelsMetadata() {
    const std::map<std::string, std::string> props = metadataOf(toOnnx(*seed_));
    QCOMPARE(props.at("architecture"), std::string("seed"));
    QCOMPARE(std::stod(props.at("temperature")), 1.7);
    QVERIFY(props.at("preprocessing").find("centre of mass") != std::string::npos);
    for (const auto& [key, value] : seed_->metadata())
        if (key != "temperature") QCOMPARE(props.count(key), std::size_t(1));
}

// What `digitpad-cli export` writes passes the ONNX project's Python checker too (Debian's
// python3-onnx), with its full check: shape inference through the whole graph.
void TestOnnx::pythonsOnnxCheckerPassesTheCliExport() {
    QTemporaryDir dir;
    const QString path = dir.filePath("m.onnx");
    QProcess cli;
    cli.start(DIGITPAD_CLI, {"export", "--out", path});
    QVERIFY(cli.waitForFinished(60000));
    QCOMPARE(cli.exitCode(), 0);
    QProcess python;
    python.start(QFile::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3",
                 {"-c", "import onnx, sys; onnx.checker.check_model(onnx.load(sys.argv[1]), full_check=True); print('passed')", path});
    QVERIFY(python.waitForFinished(60000));
    QVERIFY2(python.exitCode() == 0 && python.readAllStandardOutput().trimmed() == "passed",
             qPrintable("onnx.checker (python3-onnx): " + python.readAllStandardError()));
}

void TestOnnx::classicalModelsAreRefusedWithTheReason() {
    const ClassicModelType& forest = *findClassicModelType("rf-hog");
    const auto model = trainClassicModel(forest, defaultParameters(forest), loadMnist(DIGITPAD_MNIST_DIR, MnistSplit::Test, 200));
    try {
        toOnnx(*model);
        QFAIL("a forest was exported");
    } catch (const Error& e) {
        const QString message = e.what();
        QVERIFY2(message.contains("only CNN models") && message.contains("HOG"), e.what());
    }
}

void TestOnnx::unwritablePlaceLeavesNothing() {
    QTemporaryDir dir;
    const QString path = dir.filePath("missing-folder/model.onnx");
    QVERIFY_THROWS_EXCEPTION(Error, exportOnnx(*seed_, path.toStdString()));
    QVERIFY(!QFile::exists(path));
}

void TestOnnx::exportedModelsComeBackExactly_data() {
    QTest::addColumn<int>("which");
    QTest::newRow("the bundled model (default)") << 0;
    QTest::newRow("a freshly trained seed") << 1;
    QTest::newRow("a deep network, briefly trained") << 2;
}

// Export, then import (as File > Open does, by the suffix): the same architecture, temperature,
// metadata and, image for image, the same probabilities to the last bit.
void TestOnnx::exportedModelsComeBackExactly() {
    QFETCH(int, which);
    const Classifier& model = *models_[static_cast<std::size_t>(which)];
    QTemporaryDir dir;
    const QString path = dir.filePath("model.onnx");
    exportOnnx(model, path.toStdString());
    const std::unique_ptr<Classifier> back = loadClassifier(path.toStdString());
    QCOMPARE(back->architecture(), model.architecture());
    QCOMPARE(back->temperature(), model.temperature());
    for (const auto& [key, value] : model.metadata())
        if (key != "temperature") QCOMPARE(back->metadata().at(key), value);
    QVERIFY(back->metadata().at("imported_from").find("DigitPad") != std::string::npos);
    const std::vector<Probabilities> expected = const_cast<Classifier&>(model).predictBatch(images_);
    const std::vector<Probabilities> actual = back->predictBatch(images_);
    for (std::size_t i = 0; i < images_.size(); ++i) QVERIFY2(actual[i] == expected[i], qPrintable(QString::number(i)));
}

// An ensemble's graph runs in any runtime (above), but DigitPad imports one network: it says so.
void TestOnnx::ensemblesAreNotImported() {
    const std::string bytes = toOnnx(*models_.at(3));
    try {
        classifierFromBytes(bytes, "ensemble.onnx");
        QFAIL("an ensemble's ONNX file was imported");
    } catch (const Error& e) {
        QVERIFY2(QString(e.what()).contains("ensemble"), e.what());
    }
}

void TestOnnx::badFilesAreRefusedWithTheProblem_data() {
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << "empty" << "not an ONNX model";
    QTest::newRow("text") << "text" << "not an ONNX model";
    QTest::newRow("cut in half") << "half" << "not an ONNX model";
    QTest::newRow("an operator DigitPad lacks") << "leaky" << "node 2 (LeakyRelu";
    QTest::newRow("a strided convolution") << "strided" << "node 1 (Conv";
    QTest::newRow("another input shape") << "input" << "[N, 1, 28, 28]";
    QTest::newRow("another stack of layers") << "stack" << "none of DigitPad's architectures";
    QTest::newRow("far too large") << "large" << "far larger";
}

void TestOnnx::badFilesAreRefusedWithTheProblem() {
    QFETCH(QString, damage);
    QFETCH(QString, expected);
    const std::string good = toOnnx(*seed_);
    onnx::ModelProto file;
    QVERIFY(file.ParseFromString(good));
    onnx::GraphProto& graph = *file.mutable_graph();
    std::string bytes;
    if (damage == "text") bytes = "hello, this is no model";
    if (damage == "half") bytes = good.substr(0, good.size() / 2);
    if (damage == "large") bytes = std::string(kMaxOnnxBytes + 1, '\x08');
    if (damage == "leaky") graph.mutable_node(1)->set_op_type("LeakyRelu");
    if (damage == "strided") {
        onnx::AttributeProto* strides = graph.mutable_node(0)->mutable_attribute(1);
        QCOMPARE(strides->name(), std::string("strides"));
        strides->set_ints(0, 2);
        strides->set_ints(1, 2);
    }
    if (damage == "input")
        graph.mutable_input(0)->mutable_type()->mutable_tensor_type()->mutable_shape()->mutable_dim(2)->set_dim_value(32);
    if (damage == "stack") { // the last Relu gone: conv3 then straight into the product
        for (int i = 0; i < graph.node_size(); ++i)
            if (graph.node(i).op_type() == "Flatten") {
                graph.mutable_node(i)->set_input(0, graph.node(i - 2).output(0));
                graph.mutable_node()->DeleteSubrange(i - 1, 1);
                break;
            }
    }
    if (damage == "leaky" || damage == "strided" || damage == "input" || damage == "stack") QVERIFY(file.SerializeToString(&bytes));
    try {
        cnnFromOnnx(bytes, "bad.onnx");
        QFAIL("a bad file was read");
    } catch (const Error& e) {
        QVERIFY2(QString(e.what()).contains(expected) && QString(e.what()).startsWith("bad.onnx: "), e.what());
    }
}

void TestOnnx::pytorchExportLoads_data() {
    QTest::addColumn<QString>("architecture");
    QTest::newRow("seed") << "seed";
    QTest::newRow("default") << "default";
}

// A network of DigitPad's architecture trained and exported by PyTorch itself (Debian's
// python3-torch, torch.onnx.export) reads 500 MNIST test images as PyTorch does.
void TestOnnx::pytorchExportLoads() {
    QFETCH(QString, architecture);
    QTemporaryDir dir;
    QProcess python;
    // Debian's own Python: its python3-torch is the PyTorch dev.sh installs.
    python.start(QFile::exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3",
                 {DIGITPAD_SOURCE_DIR "/tests/onnx/pytorch_export.py", dir.path(), DIGITPAD_MNIST_DIR, architecture});
    QVERIFY2(python.waitForFinished(240000), "python did not finish");
    QVERIFY2(python.exitCode() == 0, qPrintable("PyTorch's side failed (is python3-torch installed? ./dev.sh setup): " +
                                                python.readAllStandardError()));
    qInfo("%s", python.readAllStandardOutput().trimmed().constData());

    const std::string path = dir.filePath(architecture + ".onnx").toStdString();
    const std::unique_ptr<CnnClassifier> model = cnnFromOnnx(readFileBytes(path), path);
    QCOMPARE(QString::fromStdString(model->architecture()), architecture);
    QCOMPARE(model->temperature(), 1.0);
    const std::vector<float> pixels = readFloats(dir.filePath("images.f32"));
    const std::vector<float> expected = readFloats(dir.filePath("probabilities.f32"));
    std::vector<Image28> images(pixels.size() / Image28::kPixels);
    for (std::size_t i = 0; i < images.size(); ++i)
        std::copy_n(pixels.begin() + static_cast<std::ptrdiff_t>(i * Image28::kPixels), Image28::kPixels, images[i].pixels.begin());
    QCOMPARE(images.size(), std::size_t(500));
    const std::vector<Probabilities> actual = model->predictBatch(images);
    double largest = 0;
    int differentDigits = 0;
    for (std::size_t i = 0; i < images.size(); ++i) {
        const float* theirs = expected.data() + i * 10;
        for (int d = 0; d < 10; ++d) largest = std::max(largest, static_cast<double>(std::abs(actual[i][static_cast<std::size_t>(d)] - theirs[d])));
        if (argmax(actual[i]) != static_cast<int>(std::max_element(theirs, theirs + 10) - theirs)) ++differentDigits;
    }
    qInfo("largest difference from PyTorch's probabilities: %.3g", largest);
    QCOMPARE(differentDigits, 0);
    QVERIFY2(largest <= 1e-5, qPrintable(QString::number(largest)));
}

QTEST_GUILESS_MAIN(TestOnnx)
#include "tst_onnx.moc"
