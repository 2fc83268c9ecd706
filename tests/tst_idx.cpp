// IDX files: round trips, plain and gzip, and every way a file can be wrong.
#include "data/Dataset.h"
#include "data/Idx.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <QTemporaryDir>
#include <QtTest>

#include <limits>

using namespace digitpad;

namespace {

IdxArray makeImages(std::uint32_t count) {
    IdxArray a;
    a.dims = {count, 28, 28};
    for (std::uint32_t i = 0; i < count * 784; ++i) a.data.push_back(static_cast<std::uint8_t>((i * 7) % 256));
    return a;
}

IdxArray makeLabels(std::uint32_t count) {
    IdxArray a;
    a.dims = {count};
    for (std::uint32_t i = 0; i < count; ++i) a.data.push_back(static_cast<std::uint8_t>(i % 10));
    return a;
}

// The message of the Error `parseIdx` throws, or "" if it accepts the bytes.
QString idxError(const std::string& bytes) {
    try {
        parseIdx(bytes, "sample.idx");
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

void writeMnistFolder(const QString& folder, const IdxArray& images, const IdxArray& labels, bool gzip) {
    auto write = [&](const char* name, const IdxArray& a) {
        const std::string bytes = encodeIdx(a);
        writeFileAtomically((folder + "/" + name + (gzip ? ".gz" : "")).toStdString(), gzip ? gzipCompress(bytes) : bytes);
    };
    write("train-images-idx3-ubyte", images);
    write("train-labels-idx1-ubyte", labels);
    write("t10k-images-idx3-ubyte", images);
    write("t10k-labels-idx1-ubyte", labels);
}

} // namespace

class TestIdx : public QObject {
    Q_OBJECT
private slots:
    void roundTripPlain();
    void roundTripGzip();
    void imagesAreNormalizedToUnitRange();
    void imageBytesKeepInkToHalfA255th();
    void rejectsCorruptFiles_data();
    void rejectsCorruptFiles();
    void rejectsCorruptGzip();
    void rejectsLabelsPassedAsImages();
    void rejectsImagesPassedAsLabels();
    void rejectsWrongImageSize();
    void rejectsLabelsOutsideDigits();
    void loadsMnistFolderPlainAndGzip();
    void rejectsMismatchedCounts();
    void reportsMissingFilesByName();
    void folderCheckFindsCorruptFiles();
    void limitKeepsFirstSamples();
    void shuffledSplitIsDisjointAndComplete();
};

void TestIdx::roundTripPlain() {
    const IdxArray original = makeImages(3);
    const IdxArray back = parseIdx(encodeIdx(original), "x");
    QCOMPARE(back.dims, original.dims);
    QCOMPARE(back.data, original.data);
}

void TestIdx::roundTripGzip() {
    const IdxArray original = makeLabels(1000);
    const std::string compressed = gzipCompress(encodeIdx(original));
    QVERIFY(compressed.size() < encodeIdx(original).size());
    const IdxArray back = parseIdx(compressed, "x.gz");
    QCOMPARE(back.dims, original.dims);
    QCOMPARE(back.data, original.data);
}

void TestIdx::imageBytesKeepInkToHalfA255th() {
    Image28 image;
    for (std::size_t i = 0; i < Image28::kPixels; ++i) image.pixels[i] = static_cast<float>(i) / (Image28::kPixels - 1);
    image.pixels[0] = -0.3f; // out of range: clamped, as a pixel of ink can only be 0..1
    image.pixels[1] = 1.7f;
    image.pixels[2] = std::numeric_limits<float>::quiet_NaN();
    const Image28 back = ImageBytes(image).image();
    QCOMPARE(back.pixels[0], 0.0f);
    QCOMPARE(back.pixels[1], 1.0f);
    QCOMPARE(back.pixels[2], 0.0f);
    for (std::size_t i = 3; i < Image28::kPixels; ++i)
        QVERIFY2(std::abs(back.pixels[i] - image.pixels[i]) <= 0.5f / 255 + 1e-6f, qPrintable(QString::number(i)));
    // MNIST's own bytes come back exactly, and a second trip changes nothing.
    QCOMPARE(ImageBytes(back).image().pixels, back.pixels);
    QCOMPARE(ImageBytes(back), ImageBytes(image));
}

void TestIdx::imagesAreNormalizedToUnitRange() {
    IdxArray a;
    a.dims = {1, 28, 28};
    a.data.assign(784, 0);
    a.data[0] = 255;
    a.data[1] = 51;
    const auto images = idxToImages(a, "x");
    QCOMPARE(images.size(), std::size_t(1));
    QCOMPARE(images[0].image().pixels[0], 1.0f);
    QCOMPARE(images[0].image().pixels[1], 0.2f);
    QCOMPARE(images[0].image().pixels[2], 0.0f);
}

void TestIdx::rejectsCorruptFiles_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const std::string good = encodeIdx(makeLabels(10));
    auto bytes = [](const std::string& s) { return QByteArray::fromStdString(s); };
    QTest::newRow("empty") << QByteArray() << "too short";
    QTest::newRow("bad magic") << bytes("\x01\x02\x08\x01" + good.substr(4)) << "bad magic";
    QTest::newRow("float type") << bytes(std::string("\0\0\x0d\x01", 4) + good.substr(4)) << "type 13";
    QTest::newRow("zero rank") << bytes(std::string("\0\0\x08\x00", 4)) << "0 dimensions";
    QTest::newRow("rank 9") << bytes(std::string("\0\0\x08\x09", 4)) << "9 dimensions";
    QTest::newRow("truncated header") << bytes(good.substr(0, 6)) << "truncated IDX header";
    QTest::newRow("truncated data") << bytes(good.substr(0, good.size() - 3)) << "truncated";
    QTest::newRow("extra bytes") << bytes(good + "xyz") << "3 unexpected bytes";
    QTest::newRow("absurd dims") << bytes(std::string("\0\0\x08\x03\xff\xff\xff\xff\0\0\0\x1c\0\0\0\x1c", 16)) << "more than 1 GiB";
}

void TestIdx::rejectsCorruptFiles() {
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    const QString message = idxError(bytes.toStdString());
    QVERIFY2(message.startsWith("sample.idx: "), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
}

void TestIdx::rejectsCorruptGzip() {
    std::string compressed = gzipCompress(encodeIdx(makeImages(2)));
    QVERIFY(idxError(compressed.substr(0, compressed.size() / 2)).contains("gzip data is corrupt or truncated"));
    compressed[compressed.size() / 2] ^= 0x5a;
    QVERIFY(!idxError(compressed).isEmpty());
}

void TestIdx::rejectsLabelsPassedAsImages() {
    try {
        idxToImages(makeLabels(5), "labels.idx");
        QFAIL("accepted labels as images");
    } catch (const Error& e) {
        QVERIFY2(QString(e.what()).contains("labels file"), e.what());
    }
}

void TestIdx::rejectsImagesPassedAsLabels() {
    try {
        idxToLabels(makeImages(1), "images.idx");
        QFAIL("accepted images as labels");
    } catch (const Error& e) {
        QVERIFY2(QString(e.what()).contains("images file"), e.what());
    }
}

void TestIdx::rejectsWrongImageSize() {
    IdxArray a;
    a.dims = {1, 32, 32};
    a.data.assign(1024, 0);
    QVERIFY_THROWS_EXCEPTION(Error, idxToImages(a, "cifar.idx"));
}

void TestIdx::rejectsLabelsOutsideDigits() {
    IdxArray a = makeLabels(4);
    a.data[2] = 12;
    try {
        idxToLabels(a, "labels.idx");
        QFAIL("accepted label 12");
    } catch (const Error& e) {
        QVERIFY2(QString(e.what()).contains("label 12 at index 2"), e.what());
    }
}

void TestIdx::loadsMnistFolderPlainAndGzip() {
    for (bool gzip : {false, true}) {
        QTemporaryDir dir;
        writeMnistFolder(dir.path(), makeImages(6), makeLabels(6), gzip);
        QCOMPARE(QString::fromStdString(describeMnistProblem(dir.path().toStdString())), QString());
        const Dataset set = loadMnist(dir.path().toStdString(), MnistSplit::Train);
        QCOMPARE(set.size(), std::size_t(6));
        QCOMPARE(int(set.labels[5]), 5);
        QCOMPARE(set.image(0).pixels[1], 7.0f / 255.0f);
    }
}

void TestIdx::rejectsMismatchedCounts() {
    QTemporaryDir dir;
    writeMnistFolder(dir.path(), makeImages(6), makeLabels(5), false);
    try {
        loadMnist(dir.path().toStdString(), MnistSplit::Test);
        QFAIL("accepted 6 images with 5 labels");
    } catch (const Error& e) {
        QVERIFY2(QString(e.what()).contains("holds 6 images but") && QString(e.what()).contains("5 labels"), e.what());
    }
}

void TestIdx::reportsMissingFilesByName() {
    QTemporaryDir dir;
    QVERIFY(QString::fromStdString(describeMnistProblem(dir.path().toStdString())).contains("train-images-idx3-ubyte"));
    QVERIFY(QString::fromStdString(describeMnistProblem("/no/such/folder")).contains("does not exist"));
    QVERIFY_THROWS_EXCEPTION(Error, loadMnist(dir.path().toStdString(), MnistSplit::Train));
    QVERIFY_THROWS_EXCEPTION(Error, readIdxFile((dir.path() + "/missing").toStdString()));
}

void TestIdx::folderCheckFindsCorruptFiles() {
    auto problem = [](const QString& folder) {
        return QString::fromStdString(describeMnistProblem(folder.toStdString()));
    };
    {
        QTemporaryDir dir;
        writeMnistFolder(dir.path(), makeImages(6), makeLabels(6), false);
        QFile file(dir.path() + "/train-images-idx3-ubyte");
        QVERIFY(file.resize(file.size() - 100)); // truncated download
        QVERIFY2(problem(dir.path()).contains("truncated"), qPrintable(problem(dir.path())));
    }
    {
        QTemporaryDir dir;
        writeMnistFolder(dir.path(), makeImages(6), makeLabels(6), false);
        QFile::remove(dir.path() + "/t10k-images-idx3-ubyte");
        QFile::copy(dir.path() + "/t10k-labels-idx1-ubyte", dir.path() + "/t10k-images-idx3-ubyte");
        QVERIFY2(problem(dir.path()).contains("labels file"), qPrintable(problem(dir.path())));
    }
    {
        QTemporaryDir dir;
        writeMnistFolder(dir.path(), makeImages(6), makeLabels(4), false);
        QVERIFY2(problem(dir.path()).contains("holds 6 images but"), qPrintable(problem(dir.path())));
    }
}

void TestIdx::limitKeepsFirstSamples() {
    QTemporaryDir dir;
    writeMnistFolder(dir.path(), makeImages(6), makeLabels(6), false);
    const Dataset set = loadMnist(dir.path().toStdString(), MnistSplit::Train, 4);
    QCOMPARE(set.size(), std::size_t(4));
    QCOMPARE(int(set.labels[3]), 3);
}

void TestIdx::shuffledSplitIsDisjointAndComplete() {
    const auto [kept, held] = shuffledSplit(100, 0.2, 7);
    QCOMPARE(kept.size(), std::size_t(80));
    QCOMPARE(held.size(), std::size_t(20));
    QSet<std::size_t> seen;
    for (const auto* part : {&kept, &held})
        for (std::size_t index : *part) {
            QVERIFY(index < 100);
            QVERIFY(!seen.contains(index));
            seen.insert(index);
        }
    QCOMPARE(seen.size(), 100);
    QVERIFY(shuffledSplit(100, 0.2, 7) == shuffledSplit(100, 0.2, 7)); // the seed decides
    QVERIFY(shuffledSplit(100, 0.2, 7) != shuffledSplit(100, 0.2, 8));
    QCOMPARE(shuffledSplit(50, 0.0, 1).first.size(), std::size_t(50));
    QVERIFY(shuffledSplit(50, 0.0, 1).second.empty());
}

QTEST_APPLESS_MAIN(TestIdx)
#include "tst_idx.moc"
