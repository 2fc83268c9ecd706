// Model files: save/load gives identical outputs; every wrong or damaged file is refused with
// a message, and a failed load or save never damages what was there.
#include "classic/ClassicModels.h"
#include "catalogue/KnownModels.h"
#include "metrics/Evaluate.h"
#include "cnn/CnnClassifier.h"
#include "catalogue/ModelCatalogue.h"
#include "model/DrawingOffsets.h"
#include "model/EnsembleClassifier.h"
#include "model/SecondOpinionClassifier.h"
#include "metrics/DrawingEvaluation.h"
#include "model/ModelFile.h"
#include "util/Error.h"
#include "util/FileIo.h"
#include "util/Numbers.h"
#include "util/SplitWork.h"
#include "support/SyntheticDigits.h"

#include <QProcess>
#include <QTemporaryDir>
#include "util/Cores.h"

#include <QtTest>

#if defined(__linux__)
#include <sched.h>
#endif

#include <clocale>
#include <csignal>
#include <cstdio>
#include <random>
#include <thread>
#include <chrono>
#include <filesystem>

#ifdef Q_OS_UNIX
#include <sys/resource.h>
#endif

using namespace digitpad;

namespace {

std::vector<Image28> randomImages(int count, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<float> value(0.0f, 1.0f);
    std::vector<Image28> images(static_cast<std::size_t>(count));
    for (Image28& image : images)
        for (float& p : image.pixels) p = value(rng);
    return images;
}

QString loadError(const std::string& bytes) {
    try {
        classifierFromBytes(bytes, "model.dpm");
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

} // namespace

class TestModel : public QObject {
    Q_OBJECT
private slots:
    void saveLoadGivesIdenticalOutputs_data();
    void saveLoadGivesIdenticalOutputs();
    void metadataSurvivesRoundTrip();
    void numbersInFilesIgnoreTheLocale();
    void temperatureIsKeptAndChecked();
    void cloneIsIndependentAndIdentical();
    void threadsEachPredictOnTheirOwnClone();
    void workerPoolRunsEveryPartOnce();
    void workerPoolServesTwoCallersAtOnce();
    void threadsFollowTheCoresTheProcessMayUse();
    void cpuQuotaLinesAreRead();
    void catalogueListsUsesAndRemovesModels();
    void batchAndSinglePredictionAgree();
    void probabilitiesSumToOne();
    void seedMakesInitialWeightsReproducible();
    void refusesNonModelFile();
    void refusesTruncatedFile();
    void refusesBitFlips();
    void refusesNewerFormat();
    void refusesUnknownArchitecture();
    void refusesWeightsOfAnotherArchitecture();
    void failedWeightLoadLeavesModelUnchanged();
    void failedSaveKeepsPreviousFile();
    void unknownArchitectureIsAnError();
    void ensembleAveragesItsMembersLogits();
    void ensembleSurvivesSaveLoadAndClone();
    void ensembleRefusesBadMembers();
    void secondOpinionPoolsEachDigitRead();
    void secondOpinionSurvivesSaveLoadAndClone();
    void secondOpinionRefusesBadFiles();
};

void TestModel::saveLoadGivesIdenticalOutputs_data() {
    QTest::addColumn<QString>("architecture");
    QTest::newRow("seed") << "seed";
    QTest::newRow("default") << "default";
}

void TestModel::saveLoadGivesIdenticalOutputs() {
    QFETCH(QString, architecture);
    QTemporaryDir dir;
    const std::string path = (dir.path() + "/m.dpm").toStdString();
    CnnClassifier model(architecture.toStdString(), 42);
    model.save(path);
    auto loaded = loadClassifier(path);
    QCOMPARE(QString::fromStdString(loaded->architecture()), architecture);
    for (const Image28& image : randomImages(5, 3))
        QVERIFY(model.predict(image) == loaded->predict(image)); // bit-identical
}

void TestModel::metadataSurvivesRoundTrip() {
    CnnClassifier model("seed");
    model.metadata()["test_accuracy"] = "0.9912";
    model.metadata()["note"] = "a b = c";
    auto loaded = classifierFromBytes(model.toBytes(), "m");
    QCOMPARE(QString::fromStdString(loaded->metadata().at("test_accuracy")), QString("0.9912"));
    QCOMPARE(QString::fromStdString(loaded->metadata().at("note")), QString("a b = c"));
    QVERIFY(loaded->metadata().count("kind") == 0);
    model.metadata()["bad"] = "two\nlines";
    QVERIFY_THROWS_EXCEPTION(Error, model.toBytes());
}

void TestModel::cloneIsIndependentAndIdentical() {
    CnnClassifier model("seed", 5);
    auto copy = model.clone();
    const Image28 image = randomImages(1, 9)[0];
    QVERIFY(copy->predict(image) == model.predict(image));
    model.setWeights(CnnClassifier("seed", 6).weights(), "other");
    QVERIFY(copy->predict(image) != model.predict(image));
}

void TestModel::batchAndSinglePredictionAgree() {
    CnnClassifier model("default", 11);
    const auto images = randomImages(7, 4);
    const auto batch = model.predictBatch(images);
    QCOMPARE(batch.size(), images.size());
    for (std::size_t i = 0; i < images.size(); ++i) {
        const Probabilities single = model.predict(images[i]);
        for (int c = 0; c < kClassCount; ++c) QVERIFY(std::abs(single[c] - batch[i][c]) < 1e-5f);
    }
}

void TestModel::probabilitiesSumToOne() {
    CnnClassifier model("seed");
    const Probabilities p = model.predict(randomImages(1, 1)[0]);
    float sum = 0;
    for (float v : p) {
        QVERIFY(v >= 0 && v <= 1);
        sum += v;
    }
    QVERIFY(std::abs(sum - 1.0f) < 1e-4f);
}

void TestModel::seedMakesInitialWeightsReproducible() {
    QVERIFY(CnnClassifier("seed", 3).weights() == CnnClassifier("seed", 3).weights());
    QVERIFY(CnnClassifier("seed", 3).weights() != CnnClassifier("seed", 4).weights());
}

void TestModel::refusesNonModelFile() {
    QVERIFY(loadError("").contains("not a DigitPad model file"));
    QVERIFY(loadError("PK\x03\x04 some zip").contains("not a DigitPad model file"));
    QTemporaryDir dir;
    QVERIFY_THROWS_EXCEPTION(Error, loadClassifier((dir.path() + "/missing.dpm").toStdString()));
    QVERIFY_THROWS_EXCEPTION(Error, loadClassifier(dir.path().toStdString())); // a folder
}

void TestModel::refusesTruncatedFile() {
    const std::string bytes = CnnClassifier("seed").toBytes();
    for (std::size_t length : {std::size_t(8), std::size_t(11), std::size_t(20), bytes.size() / 2, bytes.size() - 1}) {
        const QString message = loadError(bytes.substr(0, length));
        QVERIFY2(message.startsWith("model.dpm: ") && (message.contains("truncated") || message.contains("corrupt")),
                 qPrintable(message));
    }
}

void TestModel::refusesBitFlips() {
    const std::string bytes = CnnClassifier("seed").toBytes();
    for (std::size_t position : {std::size_t(30), bytes.size() / 3, bytes.size() - 10}) {
        std::string damaged = bytes;
        damaged[position] ^= 0x10;
        const QString message = loadError(damaged);
        QVERIFY2(!message.isEmpty(), "a flipped bit was accepted");
    }
}

void TestModel::refusesNewerFormat() {
    std::string bytes = CnnClassifier("seed").toBytes();
    bytes[8] = static_cast<char>(ModelFile::kFormatVersion + 1);
    const QString message = loadError(bytes);
    QVERIFY2(message.contains("newer DigitPad") && message.contains("format 2"), qPrintable(message));
}

void TestModel::refusesUnknownArchitecture() {
    ModelFile file = decodeModelFile(CnnClassifier("seed").toBytes(), "m");
    file.header["architecture"] = "resnet152";
    QVERIFY(loadError(encodeModelFile(file)).contains("unknown CNN architecture 'resnet152'"));
    file.header["kind"] = "transformer";
    QVERIFY(loadError(encodeModelFile(file)).contains("unknown model kind"));
    file = decodeModelFile(CnnClassifier("seed").toBytes(), "m");
    file.header["input"] = "32x32x3";
    QVERIFY(loadError(encodeModelFile(file)).contains("28x28x1"));
}

void TestModel::refusesWeightsOfAnotherArchitecture() {
    ModelFile file = decodeModelFile(CnnClassifier("seed").toBytes(), "m");
    file.header["architecture"] = "default";
    const QString message = loadError(encodeModelFile(file));
    QVERIFY2(message.contains("do not match architecture 'default'"), qPrintable(message));
}

void TestModel::failedWeightLoadLeavesModelUnchanged() {
    CnnClassifier model("seed", 8);
    const std::string before = model.weights();
    std::string bad = CnnClassifier("seed", 9).weights();
    bad.resize(bad.size() - 4);
    QVERIFY_THROWS_EXCEPTION(Error, model.setWeights(bad, "bad"));
    QVERIFY(model.weights() == before);
}

void TestModel::failedSaveKeepsPreviousFile() {
    QTemporaryDir dir;
    const std::string path = (dir.path() + "/m.dpm").toStdString();
    CnnClassifier first("seed", 1);
    first.save(path);
    const std::string saved = readFileBytes(path);
    // A save into a folder that does not exist fails cleanly.
    QVERIFY_THROWS_EXCEPTION(Error, first.save((dir.path() + "/nope/m.dpm").toStdString()));
    // Devices are refused, not replaced: a save onto /dev/full reports the error.
    if (QFileInfo::exists("/dev/full")) {
        QVERIFY_THROWS_EXCEPTION(Error, first.save("/dev/full"));
        QVERIFY(!QFileInfo("/dev/full").isFile());
    }
    QVERIFY_THROWS_EXCEPTION(Error, first.save(dir.path().toStdString()));
    // A folder nobody may write to, not even root: the error is reported, nothing is created.
    if (QFileInfo("/proc/self").isDir()) {
        try {
            first.save("/proc/digitpad-model.dpm");
            QFAIL("saved into /proc");
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).contains("cannot write"), e.what());
        }
    }
#ifdef Q_OS_UNIX
    // A full disk, simulated with a file-size limit (it works as root too, and touches nothing
    // outside the temporary folder): the write fails, the error says so, the old file stays.
    struct rlimit before {};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &before), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit tiny = before;
    tiny.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &tiny), 0);
    QString message;
    try {
        CnnClassifier("seed", 2).save(path);
    } catch (const Error& e) {
        message = e.what();
    }
    setrlimit(RLIMIT_FSIZE, &before);
    std::signal(SIGXFSZ, previousHandler);
    QVERIFY2(message.contains("could not save") && message.contains("previous file is unchanged"), qPrintable(message));
    QVERIFY(readFileBytes(path) == saved);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary file left behind
    QVERIFY(loadClassifier(path)->predict(Image28{}) == first.predict(Image28{}));
#endif
}

void TestModel::unknownArchitectureIsAnError() {
    QVERIFY_THROWS_EXCEPTION(Error, CnnClassifier("vgg"));
}

void TestModel::temperatureIsKeptAndChecked() {
    CnnClassifier model("seed", 5);
    Image28 image{};
    for (std::size_t i = 0; i < image.pixels.size(); ++i) image.pixels[i] = static_cast<float>((i * 37) % 11) / 10.0f;
    const Probabilities plain = model.predict(image);
    model.setTemperature(3.0);
    const Probabilities soft = model.predict(image);
    QCOMPARE(argmax(soft), argmax(plain));
    QVERIFY(soft[static_cast<std::size_t>(argmax(soft))] < plain[static_cast<std::size_t>(argmax(plain))]);
    QCOMPARE(model.predictBatch({image}).front(), soft);
    const std::unique_ptr<Classifier> loaded = classifierFromBytes(model.toBytes(), "round trip");
    QCOMPARE(loaded->temperature(), 3.0);
    QCOMPARE(loaded->predict(image), soft);
    QCOMPARE(model.clone()->predict(image), soft);
    QVERIFY_THROWS_EXCEPTION(Error, model.setTemperature(0));
    QVERIFY_THROWS_EXCEPTION(Error, model.setTemperature(std::nan("")));
    // A damaged temperature in a file is refused, not silently ignored.
    model.metadata()["temperature"] = "hot";
    QVERIFY_THROWS_EXCEPTION(Error, classifierFromBytes(model.toBytes(), "bad temperature"));
    // So are damaged drawing offsets; good ones come back as they were saved.
    model.metadata()["temperature"] = "3.0000";
    DrawingOffsets offsets{};
    offsets[1] = 1.25;
    setDrawingOffsets(model.metadata(), offsets);
    QVERIFY(drawingOffsetsOf(classifierFromBytes(model.toBytes(), "offsets")->metadata()) == offsets);
    model.metadata()["drawing_offsets"] = "1,2,3";
    QVERIFY_EXCEPTION_THROWN(classifierFromBytes(model.toBytes(), "bad offsets"), Error);
    try {
        classifierFromBytes(model.toBytes(), "bad offsets");
    } catch (const Error& e) {
        QVERIFY2(std::string(e.what()).find("drawing_offsets '1,2,3' is not ten numbers") != std::string::npos, e.what());
    }
}


// The GUI runs in the person's locale (Qt sets it for the C library), where printf and strtod
// write and expect "0,75". Numbers in model files must read the same in every locale.
void TestModel::numbersInFilesIgnoreTheLocale() {
    QTemporaryDir locales;
    QProcess localedef;
    localedef.start("localedef", {"-i", "de_DE", "-f", "UTF-8", locales.filePath("de_DE.UTF-8")});
    if (!localedef.waitForFinished(60000) || localedef.exitStatus() != QProcess::NormalExit || localedef.exitCode() != 0)
        QSKIP("cannot build a German locale here (Debian's locales package, which ./dev.sh installs)");
    qputenv("LOCPATH", locales.path().toLocal8Bit());
    const std::string previous = std::setlocale(LC_NUMERIC, nullptr);
    QVERIFY(std::setlocale(LC_NUMERIC, "de_DE.UTF-8"));
    char text[16];
    std::snprintf(text, sizeof text, "%.2f", 0.75);
    const QString inLocale = text;

    CnnClassifier model("seed", 1);
    model.setTemperature(1.75);
    ConfusionMatrix confusion;
    confusion.add(1, 1);
    confusion.add(2, 2);
    confusion.add(3, 5);
    recordEvaluation(model, confusion);
    QTemporaryDir dir;
    const std::string path = dir.filePath("m.dpm").toStdString();
    model.save(path);
    std::unique_ptr<Classifier> loaded;
    HyperParameters parameters;
    const std::string shortest = shortNumber(0.03) + " " + shortNumber(1e-5) + " " + shortNumber(2.5);
    const std::optional<double> third = parseNumber(shortNumber(1.0 / 3.0));
    try {
        loaded = loadClassifier(path);
        parameters = parseParameters("gamma=0.03 C=2.5", "test");
    } catch (const Error& e) {
        std::setlocale(LC_NUMERIC, previous.c_str());
        QFAIL(e.what());
    }
    std::setlocale(LC_NUMERIC, previous.c_str());
    qunsetenv("LOCPATH");
    QCOMPARE(inLocale, QString("0,75")); // the locale was in force
    QCOMPARE(QString::fromStdString(model.metadata().at("temperature")), QString("1.7500"));
    QCOMPARE(QString::fromStdString(model.metadata().at("test_accuracy")), QString("0.6667"));
    QCOMPARE(loaded->temperature(), 1.75);
    QCOMPARE(parameters.at("gamma"), 0.03);
    QCOMPARE(parameters.at("C"), 2.5);
    QCOMPARE(QString::fromStdString(shortest), QString("0.03 1e-05 2.5"));
    QVERIFY(third && *third == 1.0 / 3.0); // the shortest text still reads back to the bit
}

// Classifier.h's contract, the way the app uses it: a reading thread predicts and inspects on
// its own clone while the owner's thread clones and saves the original, and more threads
// predict on clones of their own. Every answer must be the one a lone thread gets; under
// ThreadSanitizer (./dev.sh test) nothing may race.
void TestModel::threadsEachPredictOnTheirOwnClone() {
    CnnClassifier original("seed", 5);
    const Dataset images = testing::syntheticDataset(3, 4);
    std::vector<Probabilities> expected;
    for (const Image28& image : floatImages(images)) expected.push_back(original.predict(image));

    // A few images at once run each whole on the network's own threads (a drawing's views).
    const std::vector<Image28> few = {images.image(0), images.image(1), images.image(2)};
    const auto readAll = [&](Classifier& model, int rounds, bool inspect) {
        int wrong = 0;
        for (int r = 0; r < rounds; ++r) {
            for (std::size_t i = 0; i < images.size(); ++i) {
                wrong += model.predict(images.image(i)) != expected[i];
                if (inspect) wrong += model.inspect(images.image(i), -1)->digit != argmax(expected[i]);
            }
            const std::vector<Probabilities> read = model.predictBatch(few);
            for (std::size_t i = 0; i < few.size(); ++i)
                for (int c = 0; c < kClassCount; ++c) wrong += std::abs(read[i][c] - expected[i][c]) > 1e-6f;
        }
        return wrong;
    };
    std::unique_ptr<Classifier> readerCopy = original.clone();
    int readerWrong = -1;
    std::thread reader([&] { readerWrong = readAll(*readerCopy, 5, true); });
    std::vector<std::unique_ptr<Classifier>> clones;
    std::vector<std::thread> others;
    std::vector<int> othersWrong(2, -1);
    for (int c = 0; c < 6; ++c) {
        clones.push_back(original.clone()); // while the reader predicts on its own copy
        QVERIFY(!original.toBytes().empty());
    }
    for (std::size_t t = 0; t < othersWrong.size(); ++t)
        others.emplace_back([&, t] { othersWrong[t] = readAll(*clones[t], 3, false); });
    QCOMPARE(readAll(original, 2, false), 0); // the original, on this thread, meanwhile
    reader.join();
    for (std::thread& t : others) t.join();
    QCOMPARE(readerWrong, 0);
    for (int wrong : othersWrong) QCOMPARE(wrong, 0);
}

// The network's threads: every part of every job runs exactly once and the caller sees all of
// its results when run() returns, for thousands of short jobs in a row (the helper awake or
// asleep between them), with more parts than threads, one part, and a part that splits again.
void TestModel::workerPoolRunsEveryPartOnce() {
    WorkerPool pool(3);
    QCOMPARE(pool.parts(), std::size_t{3});
    std::vector<int> runs(8);
    for (int job = 0; job < 3000; ++job) {
        const std::size_t parts = 1 + static_cast<std::size_t>(job) % runs.size();
        std::fill(runs.begin(), runs.end(), 0);
        pool.run(parts, [&](std::size_t part) { ++runs[part]; });
        for (std::size_t part = 0; part < runs.size(); ++part) QCOMPARE(runs[part], part < parts ? 1 : 0);
        if (job % 500 == 0) std::this_thread::sleep_for(std::chrono::milliseconds(2)); // helpers fall asleep
    }
    // A job of one part holds no lock: the job inside it still runs on two threads at once.
    // Each part waits (10 s at most) until the other one has begun, on a thread of its own.
    std::array<std::atomic<bool>, 2> begun{};
    std::array<std::thread::id, 2> ranOn{};
    std::array<double, 2> sums{};
    splitWork(pool, 1, 1, [&](std::size_t, std::size_t, std::size_t) {
        splitWork(pool, 1000, 2, [&](std::size_t part, std::size_t begin, std::size_t end) {
            ranOn[part] = std::this_thread::get_id();
            begun[part] = true;
            const auto giveUp = std::chrono::steady_clock::now() + std::chrono::seconds(10);
            while (!begun[1 - part] && std::chrono::steady_clock::now() < giveUp) std::this_thread::yield();
            for (std::size_t i = begin; i < end; ++i) sums[part] += static_cast<double>(i);
        });
    });
    QCOMPARE(sums[0] + sums[1], 999.0 * 1000.0 / 2.0);
    QVERIFY(begun[0] && begun[1]);
    QVERIFY(ranOn[0] != ranOn[1]);
}

// Pinned to one core (taskset, a container's cpuset), a pool and a model use one thread, not
// one per core of the machine; a count asked for wins, and a resized pool still runs every part.
void TestModel::threadsFollowTheCoresTheProcessMayUse() {
#if defined(__linux__)
    cpu_set_t all;
    QCOMPARE(sched_getaffinity(0, sizeof all, &all), 0);
    const std::size_t allowed = static_cast<std::size_t>(CPU_COUNT(&all));
    QVERIFY(usableCores() <= allowed);
    int first = 0;
    while (!CPU_ISSET(first, &all)) ++first;
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(first, &one);
    QCOMPARE(sched_setaffinity(0, sizeof one, &one), 0);
    const std::size_t pinned = usableCores();
    const std::size_t poolParts = WorkerPool().parts();
    CnnClassifier model("seed", 1);
    const std::size_t modelThreads = model.usedThreads();
    model.setThreads(3);
    const std::size_t asked = model.usedThreads();
    const std::size_t cloneThreads = dynamic_cast<CnnClassifier&>(*model.clone()).usedThreads();
    QCOMPARE(sched_setaffinity(0, sizeof all, &all), 0);
    QCOMPARE(pinned, std::size_t{1});
    QCOMPARE(poolParts, std::size_t{1});
    QCOMPARE(modelThreads, std::size_t{1});
    QCOMPARE(asked, std::size_t{3});
    QCOMPARE(cloneThreads, std::size_t{3});
    QCOMPARE(threadsFor(5), std::size_t{5});
#else
    QSKIP("affinity masks are Linux's");
#endif
    WorkerPool pool(2);
    pool.resize(4);
    QCOMPARE(pool.parts(), std::size_t{4});
    std::vector<std::atomic<int>> runs(16);
    pool.run(runs.size(), [&](std::size_t part) { ++runs[part]; });
    for (const auto& r : runs) QCOMPARE(r.load(), 1);
}

void TestModel::cpuQuotaLinesAreRead() {
    QCOMPARE(coresFromCpuMax("200000 100000"), std::optional<std::size_t>(2));
    QCOMPARE(coresFromCpuMax("150000 100000"), std::optional<std::size_t>(2)); // a part of a core counts
    QCOMPARE(coresFromCpuMax("50000 100000"), std::optional<std::size_t>(1));
    QCOMPARE(coresFromCpuMax("max 100000"), std::optional<std::size_t>());
    QCOMPARE(coresFromCpuMax(""), std::optional<std::size_t>());
    QCOMPARE(coresFromCpuMax("nonsense"), std::optional<std::size_t>());
}

// Two threads with one pool: the one that finds it busy runs its parts itself, and both get
// every part done (ThreadSanitizer checks the hand-overs in ./dev.sh test).
void TestModel::workerPoolServesTwoCallersAtOnce() {
    WorkerPool pool(2);
    const auto work = [&pool] {
        long total = 0;
        for (int job = 0; job < 2000; ++job) {
            std::array<long, 2> halves{};
            splitWork(pool, 100, 2, [&](std::size_t part, std::size_t begin, std::size_t end) {
                for (std::size_t i = begin; i < end; ++i) halves[part] += static_cast<long>(i);
            });
            total += halves[0] + halves[1];
        }
        return total;
    };
    long other = 0;
    std::thread second([&] { other = work(); });
    const long mine = work();
    second.join();
    QCOMPARE(mine, 2000L * 4950);
    QCOMPARE(other, 2000L * 4950);
}

// The Models page's list, without Qt: saved models come back oldest first, a broken file is
// reported and left alone, the model in use is listed once, and only the app's own files are
// deleted on removal.
void TestModel::catalogueListsUsesAndRemovesModels() {
    QTemporaryDir saved, elsewhere;
    ModelCatalogue catalogue(saved.path().toStdString());
    CnnClassifier older("seed", 1), newer("seed", 2);
    older.save(catalogue.savePath("seed", "20260101-000000"));
    std::filesystem::last_write_time(catalogue.savePath("seed", "20260101-000000"),
                                     std::filesystem::file_time_type::clock::now() - std::chrono::hours(1));
    newer.save(catalogue.savePath("seed", "20260102-000000"));
    writeFileAtomically(saved.filePath("broken.dpm").toStdString(), "not a model");
    const std::vector<std::string> problems = catalogue.loadSaved();
    QCOMPARE(problems.size(), std::size_t(1));
    QVERIFY(QString::fromStdString(problems[0]).contains("broken.dpm"));
    QCOMPARE(catalogue.size(), std::size_t(2));
    QCOMPARE(catalogue.at(0).name, std::string("seed-20260101-000000"));
    QCOMPARE(catalogue.at(1).name, std::string("seed-20260102-000000"));

    // Using a listed file (loaded afresh) does not list it twice; a new model is added.
    std::shared_ptr<Classifier> reloaded = loadClassifier(catalogue.at(1).path);
    QCOMPARE(catalogue.setActive(reloaded, "again", catalogue.at(1).path), std::size_t(1));
    QCOMPARE(catalogue.size(), std::size_t(2));
    QCOMPARE(catalogue.at(1).model, reloaded);
    const std::string outside = elsewhere.filePath("mine.dpm").toStdString();
    newer.save(outside);
    const std::size_t added = catalogue.add(loadClassifier(outside), "mine", outside);
    QCOMPARE(catalogue.activeIndex(), std::optional<std::size_t>(1));

    QVERIFY_THROWS_EXCEPTION(Error, catalogue.remove(1)); // in use
    QCOMPARE(catalogue.size(), std::size_t(3));
    QVERIFY(!catalogue.ownsFile(added));
    catalogue.remove(added); // the person's own file stays
    QVERIFY(QFile::exists(QString::fromStdString(outside)));
    QVERIFY(catalogue.ownsFile(0));
    const std::string first = catalogue.at(0).path;
    catalogue.remove(0); // one of the app's: deleted
    QVERIFY(!QFile::exists(QString::fromStdString(first)));
    QCOMPARE(catalogue.size(), std::size_t(1));
    QCOMPARE(catalogue.activeIndex(), std::optional<std::size_t>(0));

    // The shipped model goes first and stays.
    QCOMPARE(catalogue.addBuiltIn(std::make_shared<CnnClassifier>("seed", 4), "bundled", ":/bundled.dpm"), std::size_t(0));
    QCOMPARE(catalogue.at(1).model, reloaded);
    QVERIFY_THROWS_EXCEPTION(Error, catalogue.remove(0));
    QCOMPARE(catalogue.size(), std::size_t(2));
}


namespace {

std::unique_ptr<EnsembleClassifier> twoSeedNetworks() {
    std::vector<std::unique_ptr<Classifier>> members;
    members.push_back(std::make_unique<CnnClassifier>("seed", 21));
    members.push_back(std::make_unique<CnnClassifier>("seed", 22));
    return std::make_unique<EnsembleClassifier>(std::move(members));
}

} // namespace

void TestModel::ensembleAveragesItsMembersLogits() {
    auto ensemble = twoSeedNetworks();
    CnnClassifier first("seed", 21), second("seed", 22);
    const auto images = randomImages(4, 8);
    const auto batch = ensemble->predictBatch(images);
    for (std::size_t i = 0; i < images.size(); ++i) {
        const Probabilities a = first.predict(images[i]), b = second.predict(images[i]);
        const Probabilities single = ensemble->predict(images[i]);
        // softmax of the mean logits: p_c proportional to sqrt(a_c * b_c).
        double total = 0;
        for (int c = 0; c < kClassCount; ++c) total += std::sqrt(static_cast<double>(a[c]) * b[c]);
        for (int c = 0; c < kClassCount; ++c) {
            const double expected = std::sqrt(static_cast<double>(a[c]) * b[c]) / total;
            QVERIFY(std::abs(single[c] - expected) < 1e-5);
            QVERIFY(std::abs(batch[i][c] - expected) < 1e-5);
        }
    }
    // Its own temperature softens the average; the members' own are set aside.
    ensemble->setTemperature(2);
    const Probabilities softened = ensemble->predict(images[0]);
    QVERIFY(softened[argmax(softened)] < batch[0][argmax(batch[0])]);
    QCOMPARE(argmax(softened), argmax(batch[0]));
    QCOMPARE(QString::fromStdString(ensemble->architecture()), QString("seed+seed"));
    // The first member explains the reading.
    QVERIFY(ensemble->inspect(images[0]).has_value());
}

void TestModel::ensembleSurvivesSaveLoadAndClone() {
    auto ensemble = twoSeedNetworks();
    ensemble->setTemperature(1.5);
    QTemporaryDir dir;
    const std::string path = (dir.path() + "/e.dpm").toStdString();
    ensemble->save(path);
    auto loaded = loadClassifier(path);
    QCOMPARE(QString::fromStdString(loaded->kind()), QString("ensemble"));
    QCOMPARE(loaded->temperature(), 1.5);
    auto copy = loaded->clone();
    for (const Image28& image : randomImages(3, 5)) {
        const Probabilities expected = ensemble->predict(image);
        QVERIFY(loaded->predict(image) == expected);
        QVERIFY(copy->predict(image) == expected);
    }
}

void TestModel::ensembleRefusesBadMembers() {
    std::vector<std::unique_ptr<Classifier>> one;
    one.push_back(std::make_unique<CnnClassifier>("seed"));
    QVERIFY_THROWS_EXCEPTION(Error, EnsembleClassifier(std::move(one)));
    // A member cut short, or a count that does not match what follows, is refused by name.
    ModelFile file = decodeModelFile(twoSeedNetworks()->toBytes(), "e");
    ModelFile cut = file;
    cut.payload.resize(cut.payload.size() - 100);
    QVERIFY2(loadError(encodeModelFile(cut)).contains("model 2"), qPrintable(loadError(encodeModelFile(cut))));
    ModelFile many = file;
    many.payload[0] = 3;
    QVERIFY(!loadError(encodeModelFile(many)).isEmpty());
    ModelFile lone = file;
    lone.payload[0] = 1;
    QVERIFY(loadError(encodeModelFile(lone)).contains("2 to 16"));
    // An ensemble of ensembles is not a thing.
    ByteWriter nested;
    nested.u32(2);
    for (int i = 0; i < 2; ++i) {
        const std::string inner = twoSeedNetworks()->toBytes();
        nested.u64(inner.size());
        nested.bytes(inner);
    }
    ModelFile outer = file;
    outer.payload = nested.data();
    QVERIFY(loadError(encodeModelFile(outer)).contains("another ensemble"));
}

namespace {

// A seed network reading, its second opinion another seed network at `weight`.
std::unique_ptr<SecondOpinionClassifier> seedWithSecondOpinion(double weight) {
    auto reader = std::make_unique<CnnClassifier>("seed", 21);
    reader->setTemperature(1.5);
    setDrawingOffsets(reader->metadata(), DrawingOffsets{0.5, 0, 0, 0, 0, 0, 0, 0, 0, -0.5});
    reader->metadata()["trained_on"] = "MNIST";
    return std::make_unique<SecondOpinionClassifier>(std::move(reader), std::make_unique<CnnClassifier>("seed", 22), weight);
}

} // namespace

void TestModel::secondOpinionPoolsEachDigitRead() {
    auto model = seedWithSecondOpinion(0.3);
    CnnClassifier reader("seed", 21), second("seed", 22);
    reader.setTemperature(1.5);
    // The reader's calibration and history become the whole model's.
    QCOMPARE(model->temperature(), 1.5);
    QVERIFY(drawingOffsetsOf(model->metadata()).has_value());
    QCOMPARE(QString::fromStdString(model->metadata().at("trained_on")), QString("MNIST"));
    QVERIFY(!model->reader().isCalibrated());
    QCOMPARE(QString::fromStdString(model->architecture()), QString("seed"));
    for (const Image28& image : randomImages(3, 11)) {
        // Reading is the reader's alone...
        const Probabilities read = model->predict(image);
        QVERIFY(read == reader.predict(image));
        const Probabilities viewed = model->predictViews({{image}}).front();
        for (std::size_t c = 0; c < read.size(); ++c) QVERIFY(std::abs(viewed[c] - read[c]) < 1e-5);
        // ...and the second opinion is pooled into what the reading shows.
        const Probabilities shown = model->withSecondOpinion(read, image);
        const Probabilities other = second.predict(image);
        for (std::size_t c = 0; c < read.size(); ++c) QVERIFY(std::abs(shown[c] - (0.7 * read[c] + 0.3 * other[c])) < 1e-6);
    }
    // A second opinion that reads another digit surely pulls a sure reading below the warning.
    Probabilities sure{}, otherDigit{};
    sure[3] = 0.99f;
    sure[8] = 0.01f;
    otherDigit[8] = 1.0f;
    QVERIFY(pooled(sure, otherDigit, 0.11)[3] < kDoubtfulBelow);
    QVERIFY(pooled(sure, sure, 0.11)[3] >= kDoubtfulBelow);
    model->setWeight(0);
    const Image28 image = randomImages(1, 12).front();
    QVERIFY(model->withSecondOpinion(model->predict(image), image) == model->predict(image));
    QVERIFY_THROWS_EXCEPTION(Error, model->setWeight(0.6));
    QVERIFY(QString::fromStdString(model->describe()).contains("second opinion"));
    QVERIFY(model->inspect(image).has_value());
}

void TestModel::secondOpinionSurvivesSaveLoadAndClone() {
    auto model = seedWithSecondOpinion(0.25);
    QTemporaryDir dir;
    const std::string path = (dir.path() + "/so.dpm").toStdString();
    model->save(path);
    auto loaded = loadClassifier(path);
    QCOMPARE(QString::fromStdString(loaded->kind()), QString("second-opinion"));
    const auto& checked = dynamic_cast<const SecondOpinionClassifier&>(*loaded);
    QCOMPARE(checked.weight(), 0.25);
    QCOMPARE(loaded->temperature(), 1.5);
    QVERIFY(drawingOffsetsOf(loaded->metadata()) == drawingOffsetsOf(model->metadata()));
    auto copy = loaded->clone();
    for (const Image28& image : randomImages(3, 5)) {
        const Probabilities expected = model->withSecondOpinion(model->predict(image), image);
        QVERIFY(loaded->withSecondOpinion(loaded->predict(image), image) == expected);
        QVERIFY(copy->withSecondOpinion(copy->predict(image), image) == expected);
    }
}

void TestModel::secondOpinionRefusesBadFiles() {
    QVERIFY_THROWS_EXCEPTION(Error, SecondOpinionClassifier(std::make_unique<CnnClassifier>("seed"), nullptr, 0.1));
    QVERIFY_THROWS_EXCEPTION(Error,
                             SecondOpinionClassifier(std::make_unique<CnnClassifier>("seed"), std::make_unique<CnnClassifier>("seed"), -0.1));
    const ModelFile file = decodeModelFile(seedWithSecondOpinion(0.1)->toBytes(), "so");
    ModelFile heavy = file;
    ByteWriter weight;
    weight.f64(0.9);
    heavy.payload.replace(0, 8, weight.data());
    QVERIFY2(loadError(encodeModelFile(heavy)).contains("outside [0, 0.5]"), qPrintable(loadError(encodeModelFile(heavy))));
    ModelFile cut = file;
    cut.payload.resize(cut.payload.size() - 100);
    QVERIFY2(loadError(encodeModelFile(cut)).contains("second opinion"), qPrintable(loadError(encodeModelFile(cut))));
    ModelFile extra = file;
    extra.payload += "x";
    QVERIFY(loadError(encodeModelFile(extra)).contains("unexpected bytes"));
    // A second opinion of a model with a second opinion is not a thing.
    ByteWriter nested;
    nested.f64(0.1);
    for (int i = 0; i < 2; ++i) {
        const std::string inner = seedWithSecondOpinion(0.1)->toBytes();
        nested.u64(inner.size());
        nested.bytes(inner);
    }
    ModelFile outer = file;
    outer.payload = nested.data();
    QVERIFY(loadError(encodeModelFile(outer)).contains("cannot hold another"));
}

QTEST_APPLESS_MAIN(TestModel)
#include "tst_model.moc"
