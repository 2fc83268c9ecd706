// Learning the user's handwriting: the personal dataset survives reloads, refuses bad input and
// damaged files, exports; adapting the bundled model to a handwriting it misreads (mirrored
// digits) improves it there and keeps its MNIST accuracy, without touching the original; an
// ensemble of CNNs is adapted member by member.
#include "data/Idx.h"
#include "BundledModel.h"
#include "metrics/Evaluate.h"
#include "cnn/CnnClassifier.h"
#include "model/EnsembleClassifier.h"
#include "model/SecondOpinionClassifier.h"
#include "personal/Adaptation.h"
#include "personal/PersonalDataset.h"
#include "preprocess/Preprocess.h"
#include "support/SyntheticDigits.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace digitpad;
using namespace digitpad::testing;

namespace {

Image28 drawn(int digit, int style) { return *preprocessDrawing(syntheticDigit(digit, variedStyle(style))).image; }

Image28 mirrored(const Image28& image) {
    Image28 out;
    for (int y = 0; y < Image28::kSide; ++y)
        for (int x = 0; x < Image28::kSide; ++x) out.at(Image28::kSide - 1 - x, y) = image.at(x, y);
    return out;
}

} // namespace

class TestPersonal : public QObject {
    Q_OBJECT
private slots:
    void samplesSurviveReload();
    void refusesBadDigitsAndDamagedFiles();
    void failedSaveKeepsNothing();
    void exportsReadableIdx();
    void onlyTheLastSaveIsTakenBack();
    void adaptationLearnsAHandwritingAndKeepsMnist();
    void adaptationNeedsSamples();
    void ensembleIsAdaptedMemberByMember();
    void secondOpinionStaysWhileItsReaderAdapts();
};

void TestPersonal::samplesSurviveReload() {
    const QTemporaryDir dir;
    const std::string folder = dir.filePath("personal").toStdString();
    {
        PersonalDataset set(folder);
        QCOMPARE(set.size(), std::size_t(0));
        set.add(drawn(3, 0), 3);
        set.add(drawn(5, 1), 5);
        set.add(drawn(8, 2), 8);
        set.remove({1});
        set.remove({7}); // out of range: nothing happens
    }
    const PersonalDataset again(folder);
    QCOMPARE(again.size(), std::size_t(2));
    QCOMPARE(again.samples().labels, (std::vector<std::uint8_t>{3, 8}));
    const Image28 original = drawn(8, 2);
    for (std::size_t i = 0; i < Image28::kPixels; ++i)
        QVERIFY(std::abs(again.samples().image(1).pixels[i] - original.pixels[i]) <= 0.5f / 255 + 1e-6f);
}

void TestPersonal::refusesBadDigitsAndDamagedFiles() {
    const QTemporaryDir dir;
    const std::string folder = dir.path().toStdString();
    PersonalDataset set(folder);
    set.add(drawn(1, 0), 1);
    QVERIFY_THROWS_EXCEPTION(Error, set.add(drawn(1, 0), 10));
    QCOMPARE(set.size(), std::size_t(1));
    // Labels without their images: refused with the folder named.
    writeFileAtomically(PersonalDataset::labelsFile(folder), encodeIdx(IdxArray{{2}, {1, 2}}));
    try {
        PersonalDataset broken(folder);
        QFAIL("a mismatched pair loaded");
    } catch (const Error& e) {
        QVERIFY2(QString(e.what()).contains("1 images but 2 labels"), e.what());
    }
    writeFileAtomically(PersonalDataset::imagesFile(folder), "not idx");
    QVERIFY_THROWS_EXCEPTION(Error, PersonalDataset{folder});
}

void TestPersonal::failedSaveKeepsNothing() {
    PersonalDataset set("/proc/digitpad-personal"); // cannot be written, even by root
    QVERIFY_THROWS_EXCEPTION(Error, set.add(drawn(2, 0), 2));
    QCOMPARE(set.size(), std::size_t(0));
}

void TestPersonal::onlyTheLastSaveIsTakenBack() {
    const QTemporaryDir dir;
    const std::string folder = dir.filePath("personal").toStdString();
    PersonalDataset set(folder);
    QVERIFY(!set.takeBackLastSave(1)); // nothing saved yet
    set.add(drawn(3, 0), 3);
    Dataset number; // a number's digits are saved together, and taken back together
    number.add(drawn(4, 1), 4);
    number.add(drawn(2, 2), 2);
    set.add(number);
    QVERIFY(!set.takeBackLastSave(1)); // only part of the last save: no
    QCOMPARE(set.size(), std::size_t(3));
    QVERIFY(set.takeBackLastSave(2));
    QCOMPARE(set.samples().labels, (std::vector<std::uint8_t>{3}));
    QVERIFY(!set.takeBackLastSave(1)); // the 3 was saved before: it stays
    set.add(drawn(5, 3), 5);
    set.remove({0});
    QVERIFY(!set.takeBackLastSave(1)); // something else changed since the save
    QCOMPARE(PersonalDataset(folder).samples().labels, (std::vector<std::uint8_t>{5})); // as saved
}

void TestPersonal::exportsReadableIdx() {
    const QTemporaryDir dir;
    PersonalDataset set(dir.filePath("mine").toStdString());
    set.add(drawn(7, 0), 7);
    set.add(drawn(0, 3), 0);
    const std::string out = dir.filePath("export").toStdString();
    set.exportTo(out);
    const auto images = idxToImages(readIdxFile(PersonalDataset::imagesFile(out)), "images");
    const auto labels = idxToLabels(readIdxFile(PersonalDataset::labelsFile(out)), "labels");
    QCOMPARE(images.size(), std::size_t(2));
    QCOMPARE(labels, (std::vector<std::uint8_t>{7, 0}));
}

void TestPersonal::adaptationLearnsAHandwritingAndKeepsMnist() {
    // Someone who writes 2, 3, 4, 5 and 7 mirrored, in many styles and sizes.
    Dataset personal;
    for (int style = 0; style < 12; ++style)
        for (int digit : {2, 3, 4, 5, 7}) {
            DrawStyle s = variedStyle(style);
            s.seed = static_cast<std::uint32_t>(style * 10 + digit);
            s.jitter = 1.0;
            personal.add(mirrored(*preprocessDrawing(syntheticDigit(digit, s)).image), static_cast<std::uint8_t>(digit));
        }
    const std::string mnist = requireMnistFolder();
    const Dataset train = loadMnist(mnist, MnistSplit::Train, 3000);
    const Dataset test = loadMnist(mnist, MnistSplit::Test, 1000);
    auto bundled = loadBundledModel();
    Classifier& model = *bundled; // a CNN with a second opinion, which the adaptation keeps
    const auto before = model.predictBatch(floatImages(test));

    const AdaptationResult result = adaptToHandwriting(model, personal, train, test);
    qInfo("held-out personal %.3f -> %.3f, MNIST %.4f -> %.4f (%zu trained, %zu held out)", result.personalBefore,
          result.personalAfter, result.mnistBefore, result.mnistAfter, result.personalTrained, result.personalHeldOut);
    QCOMPARE(result.personalTrained + result.personalHeldOut, personal.size());
    QVERIFY(result.personalHeldOut >= 10);
    QVERIFY(result.personalAfter >= result.personalBefore + 0.2);
    QVERIFY(result.mnistAfter >= result.mnistBefore - 0.02);
    QVERIFY(result.adapted != nullptr);
    QCOMPARE(QString::fromStdString(result.adapted->kind()), QString::fromStdString(model.kind()));
    QCOMPARE(model.predictBatch(floatImages(test)), before); // the original is untouched
}

void TestPersonal::adaptationNeedsSamples() {
    Dataset few;
    few.add(drawn(1, 0), 1);
    few.add(drawn(2, 0), 2);
    CnnClassifier model("seed");
    QVERIFY_THROWS_EXCEPTION(Error, adaptToHandwriting(model, few, few, few));
}

void TestPersonal::ensembleIsAdaptedMemberByMember() {
    Dataset personal;
    for (int style = 0; style < 4; ++style)
        for (int digit : {2, 3, 4, 5, 7}) personal.add(mirrored(drawn(digit, style)), static_cast<std::uint8_t>(digit));
    std::vector<std::unique_ptr<Classifier>> members;
    members.push_back(std::make_unique<CnnClassifier>("seed", 21));
    members.push_back(std::make_unique<CnnClassifier>("seed", 22));
    EnsembleClassifier ensemble(std::move(members));
    ensemble.setTemperature(1.5);
    QVERIFY(canAdapt(ensemble));
    AdaptationOptions options;
    options.epochs = 2;
    options.mnistImages = 0;
    QCOMPARE(adaptationEpochs(ensemble, options), 4);
    QCOMPARE(adaptationEpochs(CnnClassifier("seed"), options), 2);

    std::vector<int> epochs;
    TrainingCallbacks callbacks;
    callbacks.onEpoch = [&epochs](const EpochReport& report) { epochs.push_back(report.epoch); };
    const AdaptationResult result = adaptToHandwriting(ensemble, personal, {}, {}, options, callbacks);
    QCOMPARE(epochs, (std::vector<int>{1, 2, 3, 4})); // the second member's epochs follow the first's
    const auto* adapted = dynamic_cast<const EnsembleClassifier*>(result.adapted.get());
    QVERIFY(adapted != nullptr);
    QCOMPARE(adapted->memberCount(), std::size_t(2));
    QCOMPARE(adapted->temperature(), 1.5);
    for (std::size_t m = 0; m < 2; ++m) {
        const auto& before = dynamic_cast<const CnnClassifier&>(ensemble.member(m));
        const auto& after = dynamic_cast<const CnnClassifier&>(adapted->member(m));
        QVERIFY(after.weights() != before.weights()); // each member learnt
    }
    // Each started from its own weights: the two stay different networks.
    QVERIFY(dynamic_cast<const CnnClassifier&>(adapted->member(0)).weights() !=
            dynamic_cast<const CnnClassifier&>(adapted->member(1)).weights());
}

// The bundled model reads with a CNN and carries a second opinion: adapting fine-tunes the CNN and
// keeps the second opinion, its weight and the calibration as they were.
void TestPersonal::secondOpinionStaysWhileItsReaderAdapts() {
    Dataset personal;
    for (int style = 0; style < 4; ++style)
        for (int digit : {2, 3, 4, 5, 7}) personal.add(mirrored(drawn(digit, style)), static_cast<std::uint8_t>(digit));
    auto reader = std::make_unique<CnnClassifier>("seed", 21);
    reader->setTemperature(1.5);
    SecondOpinionClassifier model(std::move(reader), std::make_unique<CnnClassifier>("seed", 22), 0.2);
    QVERIFY(canAdapt(model));
    AdaptationOptions options;
    options.epochs = 1;
    options.mnistImages = 0;
    QCOMPARE(adaptationEpochs(model, options), 1);
    const AdaptationResult result = adaptToHandwriting(model, personal, {}, {}, options);
    const auto* adapted = dynamic_cast<const SecondOpinionClassifier*>(result.adapted.get());
    QVERIFY(adapted != nullptr);
    QCOMPARE(adapted->weight(), 0.2);
    QCOMPARE(adapted->temperature(), 1.5);
    QVERIFY(dynamic_cast<const CnnClassifier&>(adapted->reader()).weights() !=
            dynamic_cast<const CnnClassifier&>(model.reader()).weights());
    QVERIFY(dynamic_cast<const CnnClassifier&>(adapted->second()).weights() ==
            dynamic_cast<const CnnClassifier&>(model.second()).weights());
}

QTEST_GUILESS_MAIN(TestPersonal)
#include "tst_personal.moc"
