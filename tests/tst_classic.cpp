// The classical pipeline: HOG features on images with known gradients, SVMs and random forests
// that learn, agree with OpenCV's own prediction, save and load; and the hyper-parameter search.
#include "classic/ClassicModels.h"
#include "catalogue/KnownModels.h"
#include "classic/Features.h"
#include "classic/ForestClassifier.h"
#include "classic/OpenCvExport.h"
#include "classic/SvmClassifier.h"
#include "classic/Tuning.h"
#include "metrics/Evaluate.h"
#include "model/ModelFile.h"
#include "support/SyntheticDigits.h"
#include "util/Error.h"

#include <QtTest>

#include <cmath>
#include <numeric>
#include <set>

using namespace digitpad;
using namespace digitpad::testing;

namespace {

// Left half dark, right half ink (a vertical edge: horizontal gradient), or the same turned.
Image28 edgeImage(bool vertical) {
    Image28 image;
    for (int y = 0; y < Image28::kSide; ++y)
        for (int x = 0; x < Image28::kSide; ++x) image.at(x, y) = (vertical ? x : y) >= 14 ? 1.0f : 0.0f;
    return image;
}

// Share of the descriptor's total mass that falls in the given orientation bins.
double shareInBins(const std::vector<float>& descriptor, int bins, std::initializer_list<int> wanted) {
    double inWanted = 0, total = 0;
    for (std::size_t i = 0; i < descriptor.size(); ++i) {
        total += descriptor[i];
        for (const int bin : wanted)
            if (static_cast<int>(i % static_cast<std::size_t>(bins)) == bin) inWanted += descriptor[i];
    }
    return total > 0 ? inWanted / total : 0;
}

const ClassicModelType& type(const char* name) {
    const ClassicModelType* found = findClassicModelType(name);
    if (!found) qFatal("no model type %s", name);
    return *found;
}

double accuracy(Classifier& model, const Dataset& data) { return evaluate(model, data).confusion.accuracy(); }

std::vector<std::uint8_t> labelsOf(const Dataset& data) { return data.labels; }

} // namespace

class TestClassic : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void hogFindsTheEdgeOrientation();
    void hogOfABlankImageIsZero();
    void featureSizesAndText();
    void rejectsBadHogGeometry();
    void eachModelLearnsSyntheticDigits_data();
    void eachModelLearnsSyntheticDigits();
    void svmMatchesOpenCvPrediction();
    void forestMatchesOpenCvPrediction();
    void probabilitiesAreADistribution();
    void saveLoadRoundTrip_data();
    void saveLoadRoundTrip();
    void refusesCorruptPayloads();
    void refusesBadParameters();
    void gridSearchTriesTheWholeGrid();
    void randomSearchStaysInRange();
    void searchPicksTheBestTrial();
    void searchCanBeCancelled();
    void searchValuesAreReadAndWritten();
    void realMnistSubset();

private:
    Dataset train_;
    Dataset test_;
};

void TestClassic::initTestCase() {
    train_ = syntheticDataset(30, 1);
    test_ = syntheticDataset(10, 2);
}

void TestClassic::hogFindsTheEdgeOrientation() {
    const HogSettings settings; // 9 bins over 0-180 degrees: 0 degrees lies between bins 8 and 0, 90 in bin 4
    const FeatureSpec spec = FeatureSpec::hogWith(settings);
    const auto vertical = extractFeatures(spec, {edgeImage(true)});
    const auto horizontal = extractFeatures(spec, {edgeImage(false)});
    QVERIFY2(shareInBins(vertical, settings.bins, {0, 8}) > 0.9, "a vertical edge has horizontal gradients");
    QVERIFY2(shareInBins(horizontal, settings.bins, {4}) > 0.9, "a horizontal edge has vertical gradients");
    QVERIFY(shareInBins(vertical, settings.bins, {4}) < 0.05);
}

void TestClassic::hogOfABlankImageIsZero() {
    const auto features = extractFeatures(FeatureSpec::hogWith({}), {Image28{}});
    QVERIFY(std::all_of(features.begin(), features.end(), [](float v) { return v == 0.0f; }));
}

void TestClassic::featureSizesAndText() {
    QCOMPARE(FeatureSpec::raw().size(), std::size_t(784));
    QCOMPARE(FeatureSpec::hogWith({4, 2, 1, 9}).size(), std::size_t(6 * 6 * 4 * 9));
    QCOMPARE(FeatureSpec::hogWith({7, 2, 1, 9}).size(), std::size_t(3 * 3 * 4 * 9));
    QCOMPARE(FeatureSpec::hogWith({7, 1, 1, 12}).size(), std::size_t(4 * 4 * 12));
    const FeatureSpec spec = FeatureSpec::hogWith({7, 2, 1, 12});
    const FeatureSpec back = FeatureSpec::fromText(spec.toText(), "test");
    QCOMPARE(back.toText(), spec.toText());
    QCOMPARE(back.size(), spec.size());
    Image28 image = edgeImage(true);
    const auto raw = extractFeatures(FeatureSpec::raw(), {image});
    QVERIFY(std::equal(raw.begin(), raw.end(), image.pixels.begin()));
}

void TestClassic::rejectsBadHogGeometry() {
    QVERIFY(!hogGeometryProblem({5, 2, 1, 9}).empty()); // 10-pixel blocks by 5 do not tile 28
    QVERIFY(!hogGeometryProblem({4, 2, 3, 9}).empty());
    QVERIFY(!hogGeometryProblem({4, 2, 1, 1}).empty());
    QVERIFY(hogGeometryProblem({7, 2, 1, 9}).empty());
    QVERIFY_THROWS_EXCEPTION(Error, FeatureSpec::fromText("hog cell=5 block=2 stride=1 bins=9", "f"));
    QVERIFY_THROWS_EXCEPTION(Error, FeatureSpec::fromText("hog cell=x block=2 stride=1 bins=9", "f"));
    QVERIFY_THROWS_EXCEPTION(Error, FeatureSpec::fromText("sift", "f"));
}

void TestClassic::eachModelLearnsSyntheticDigits_data() {
    QTest::addColumn<QString>("name");
    QTest::addColumn<double>("minimum");
    QTest::newRow("svm-hog") << "svm-hog" << 0.9;
    QTest::newRow("svm-raw") << "svm-raw" << 0.85;
    QTest::newRow("linear-svm-hog") << "linear-svm-hog" << 0.85;
    QTest::newRow("linear-svm-raw") << "linear-svm-raw" << 0.7;
    QTest::newRow("rf-hog") << "rf-hog" << 0.85;
    QTest::newRow("rf-raw") << "rf-raw" << 0.75;
}

void TestClassic::eachModelLearnsSyntheticDigits() {
    QFETCH(QString, name);
    QFETCH(double, minimum);
    const ClassicModelType& t = type(qPrintable(name));
    auto model = trainClassicModel(t, defaultParameters(t), train_);
    const double score = accuracy(*model, test_);
    qInfo("%s on 300 synthetic digits: %.3f", qPrintable(name), score);
    QVERIFY2(score >= minimum, qPrintable(QString::number(score)));
    QCOMPARE(model->architecture(), name.toStdString());
    QCOMPARE(model->metadata().at("train_images"), std::to_string(train_.size()));
    QVERIFY(std::stod(model->metadata().at("training_seconds")) >= 0);
}

void TestClassic::svmMatchesOpenCvPrediction() {
    const FeatureSpec spec = FeatureSpec::hogWith({});
    const auto features = extractFeatures(spec, train_);
    auto data = makeTrainData(features, labelsOf(train_), spec.size());
    for (const auto kernel : {cv::ml::SVM::RBF, cv::ml::SVM::LINEAR}) {
        auto svm = cv::ml::SVM::create();
        svm->setKernel(kernel);
        svm->setC(10);
        svm->setGamma(0.1);
        svm->train(data);
        const ClassicModelType& t = type(kernel == cv::ml::SVM::RBF ? "svm-hog" : "linear-svm-hog");
        SvmClassifier ours(t, spec, defaultParameters(t), exportSvm(*svm, data->getClassLabels(), spec.size()));
        const auto testFeatures = extractFeatures(spec, test_);
        for (std::size_t i = 0; i < test_.size(); ++i) {
            const cv::Mat row(1, static_cast<int>(spec.size()), CV_32F, const_cast<float*>(&testFeatures[i * spec.size()]));
            QCOMPARE(ours.votedDigit(&testFeatures[i * spec.size()]), static_cast<int>(svm->predict(row)));
        }
    }
}

void TestClassic::forestMatchesOpenCvPrediction() {
    const FeatureSpec spec = FeatureSpec::raw();
    const auto features = extractFeatures(spec, train_);
    auto forest = cv::ml::RTrees::create();
    forest->setMaxDepth(12);
    forest->setActiveVarCount(20);
    forest->setTermCriteria(cv::TermCriteria(cv::TermCriteria::MAX_ITER, 25, 0));
    forest->train(makeTrainData(features, labelsOf(train_), spec.size()));
    const ClassicModelType& t = type("rf-raw");
    ForestClassifier ours(t, spec, defaultParameters(t), exportForest(*forest));
    QCOMPARE(ours.treeCount(), std::size_t(25));
    const auto probabilities = ours.predictBatch(floatImages(test_));
    const auto testFeatures = extractFeatures(spec, test_);
    for (std::size_t i = 0; i < test_.size(); ++i) {
        const cv::Mat row(1, static_cast<int>(spec.size()), CV_32F, const_cast<float*>(&testFeatures[i * spec.size()]));
        cv::Mat votes;
        forest->getVotes(row, votes, 0); // row 0: the class labels, row 1: the votes
        for (int c = 0; c < votes.cols; ++c) {
            const int digit = votes.at<int>(0, c);
            QCOMPARE(std::lround(probabilities[i][static_cast<std::size_t>(digit)] * 25), long(votes.at<int>(1, c)));
        }
    }
}

void TestClassic::probabilitiesAreADistribution() {
    for (const char* name : {"svm-hog", "rf-raw"}) {
        const ClassicModelType& t = type(name);
        auto model = trainClassicModel(t, defaultParameters(t), train_);
        for (const Probabilities& p : model->predictBatch(floatImages(test_))) {
            QVERIFY(std::all_of(p.begin(), p.end(), [](float v) { return v >= 0 && v <= 1; }));
            QVERIFY(std::abs(std::accumulate(p.begin(), p.end(), 0.0) - 1.0) < 1e-4);
        }
        // Single-image prediction is the batch's, and an empty canvas does not crash it.
        QCOMPARE(model->predict(test_.image(3)), model->predictBatch({test_.image(3)}).front());
        model->predict(Image28{});
    }
    // The coupled probabilities pick OpenCV's voted digit nearly always.
    const ClassicModelType& t = type("svm-hog");
    auto model = trainClassicModel(t, defaultParameters(t), train_);
    auto& svm = dynamic_cast<SvmClassifier&>(*model);
    const auto features = extractFeatures(t.features, test_);
    const auto probabilities = svm.predictBatch(floatImages(test_));
    std::size_t agree = 0;
    for (std::size_t i = 0; i < test_.size(); ++i)
        agree += argmax(probabilities[i]) == svm.votedDigit(&features[i * t.features.size()]);
    QVERIFY2(agree >= test_.size() * 97 / 100, qPrintable(QString("%1 of %2").arg(agree).arg(test_.size())));
}

void TestClassic::saveLoadRoundTrip_data() {
    QTest::addColumn<QString>("name");
    for (const ClassicModelType& t : classicModelTypes()) QTest::newRow(t.name.c_str()) << QString::fromStdString(t.name);
}

void TestClassic::saveLoadRoundTrip() {
    QFETCH(QString, name);
    const ClassicModelType& t = type(qPrintable(name));
    HyperParameters parameters = defaultParameters(t);
    if (t.algorithm == ClassicAlgorithm::RandomForest) parameters["trees"] = 20;
    auto model = trainClassicModel(t, parameters, train_);
    model->metadata()["note"] = "kept";
    const QTemporaryDir dir;
    const std::string path = dir.filePath("model.dpm").toStdString();
    model->save(path);
    auto loaded = loadClassifier(path);
    QCOMPARE(loaded->kind(), model->kind());
    QCOMPARE(loaded->architecture(), model->architecture());
    QCOMPARE(loaded->describe(), model->describe());
    QCOMPARE(loaded->metadata().at("note"), std::string("kept"));
    QVERIFY(!loaded->metadata().count("parameters"));
    QCOMPARE(loaded->predictBatch(floatImages(test_)), model->predictBatch(floatImages(test_)));
    QCOMPARE(loaded->toBytes(), model->toBytes());
    auto copy = loaded->clone();
    QCOMPARE(copy->predictBatch(floatImages(test_)), model->predictBatch(floatImages(test_)));
}

void TestClassic::refusesCorruptPayloads() {
    const ClassicModelType& t = type("rf-raw");
    auto model = trainClassicModel(t, defaultParameters(t, {{"trees", 5}}), train_);
    const ModelFile good = decodeModelFile(model->toBytes(), "good");
    auto refuse = [](ModelFile file, const char* why) {
        try {
            classifierFromBytes(encodeModelFile(file), "bad.dpm");
            QFAIL(why);
        } catch (const Error& e) {
            QVERIFY2(QString(e.what()).startsWith("bad.dpm: "), e.what());
        }
    };
    ModelFile file = good;
    file.payload.resize(file.payload.size() - 7);
    refuse(file, "truncated forest");
    file = good;
    file.payload[4 + 4] = '\x7f'; // the first tree's root now points far outside the tree
    refuse(file, "dangling child");
    file = good;
    file.header["features"] = "hog cell=4 block=2 stride=1 bins=9";
    refuse(file, "features of another kind");
    file = good;
    file.header["architecture"] = "svm-raw";
    refuse(file, "a forest calling itself an SVM");
    file = good;
    file.header["parameters"] = "trees=banana";
    refuse(file, "bad parameter");

    const ClassicModelType& s = type("svm-raw");
    auto svm = trainClassicModel(s, defaultParameters(s), train_);
    const ModelFile goodSvm = decodeModelFile(svm->toBytes(), "good");
    file = goodSvm;
    file.payload.resize(file.payload.size() - 12);
    refuse(file, "truncated SVM");
    file = goodSvm;
    file.payload[4] = 0; // gamma's bytes: now a denormal or zero...
    for (int i = 4; i < 12; ++i) file.payload[static_cast<std::size_t>(i)] = '\xff'; // ...NaN
    refuse(file, "NaN gamma");
    file = goodSvm;
    file.header["features"] = "raw";
    file.payload[12 + 4 + 10 * 4] = 1; // feature count 784 -> 785
    refuse(file, "feature count mismatch");
}

void TestClassic::refusesBadParameters() {
    const ClassicModelType& t = type("svm-hog");
    QVERIFY_THROWS_EXCEPTION(Error, trainClassicModel(t, defaultParameters(t, {{"C", -1}}), train_));
    QVERIFY_THROWS_EXCEPTION(Error, trainClassicModel(t, defaultParameters(t, {{"depth", 3}}), train_));
    const ClassicModelType& f = type("rf-raw");
    QVERIFY_THROWS_EXCEPTION(Error, trainClassicModel(f, defaultParameters(f, {{"trees", 2.5}}), train_));
    Dataset oneDigit;
    oneDigit.images.assign(5, ImageBytes{});
    oneDigit.labels.assign(5, 3);
    QVERIFY_THROWS_EXCEPTION(Error, trainClassicModel(t, defaultParameters(t), oneDigit));
    QCOMPARE(parseParameters(formatParameters({{"C", 0.125}, {"gamma", 3}}), "p"),
             (HyperParameters{{"C", 0.125}, {"gamma", 3}}));
}

void TestClassic::gridSearchTriesTheWholeGrid() {
    TuningOptions options;
    QCOMPARE(searchCandidates(type("svm-hog"), options).size(), std::size_t(3 * 3));
    QCOMPARE(searchCandidates(type("linear-svm-raw"), options).size(), std::size_t(4));
    QCOMPARE(searchCandidates(type("rf-raw"), options).size(), std::size_t(3 * 3));
    options.grids = {{"C", {1, 2}}, {"gamma", {0.1, 0.2, 0.3}}};
    const auto candidates = searchCandidates(type("svm-raw"), options);
    QCOMPARE(candidates.size(), std::size_t(6));
    QCOMPARE(candidates.back(), (HyperParameters{{"C", 2}, {"gamma", 0.3}}));
    options.grids = {{"depth", {1}}};
    QVERIFY_THROWS_EXCEPTION(Error, searchCandidates(type("svm-raw"), options));
}

void TestClassic::randomSearchStaysInRange() {
    TuningOptions options;
    options.search = TuningOptions::Search::Random;
    options.trials = 25;
    options.ranges = {{"trees", {20, 40}}};
    const auto candidates = searchCandidates(type("rf-raw"), options);
    QCOMPARE(candidates.size(), std::size_t(25));
    std::set<double> distinct;
    for (const HyperParameters& p : candidates) {
        QVERIFY(p.at("trees") >= 20 && p.at("trees") <= 40 && std::floor(p.at("trees")) == p.at("trees"));
        QVERIFY(p.at("max_depth") >= 5 && p.at("max_depth") <= 40);
        distinct.insert(p.at("trees"));
    }
    QVERIFY(distinct.size() > 5);
    QCOMPARE(searchCandidates(type("rf-raw"), options), candidates); // seeded: reproducible
}

void TestClassic::searchPicksTheBestTrial() {
    TuningOptions options;
    options.folds = 3;
    // gamma 50 makes every kernel value vanish: the SVM can only guess; 0.1 learns.
    options.grids = {{"C", {10}}, {"gamma", {50, 0.1}}};
    std::vector<std::size_t> heard;
    const TuningResult result = tuneClassicModel(type("svm-hog"), options, train_,
                                                 [&](const TrialResult&, std::size_t i, std::size_t n) {
                                                     QCOMPARE(n, std::size_t(2));
                                                     heard.push_back(i);
                                                 });
    QCOMPARE(result.trials.size(), std::size_t(2));
    QCOMPARE(heard, (std::vector<std::size_t>{0, 1}));
    QCOMPARE(result.best, std::size_t(1));
    QCOMPARE(result.trials[1].foldAccuracies.size(), std::size_t(3));
    QVERIFY(result.trials[1].meanAccuracy > 0.85);
    QVERIFY(result.trials[0].meanAccuracy < 0.5);
    const auto& folds = result.trials[1].foldAccuracies;
    QVERIFY(std::abs(result.trials[1].meanAccuracy - (folds[0] + folds[1] + folds[2]) / 3) < 1e-12);
}

void TestClassic::searchCanBeCancelled() {
    std::atomic<bool> cancel{true};
    TuningOptions options;
    options.grids = {{"C", {1}}, {"gamma", {0.1}}};
    QVERIFY_THROWS_EXCEPTION(Cancelled, tuneClassicModel(type("svm-hog"), options, train_, {}, &cancel));
}

// The values a search tries, as `tune --param` and the Search tab write them, read back the same.
void TestClassic::searchValuesAreReadAndWritten() {
    TuningOptions options;
    addSearchValues("C=1,10 gamma=0.001:0.1", options);
    QCOMPARE(options.grids.at("C"), (std::vector<double>{1, 10}));
    QCOMPARE(options.ranges.at("gamma"), (std::pair<double, double>{0.001, 0.1}));
    for (const char* bad : {"C", "=1", "C=", "C=1,x", "C=1:2:3"}) {
        TuningOptions ignored;
        QVERIFY_THROWS_EXCEPTION(Error, addSearchValues(bad, ignored));
    }
    const ClassicModelType& svm = *findClassicModelType("svm-hog");
    for (const auto search : {TuningOptions::Search::Grid, TuningOptions::Search::Random}) {
        TuningOptions written;
        written.search = search;
        addSearchValues(describeSearchValues(svm, search), written);
        TuningOptions plain;
        plain.search = search;
        QCOMPARE(searchCandidates(svm, written), searchCandidates(svm, plain)); // the defaults, exactly
    }
}

void TestClassic::realMnistSubset() {
    const std::string folder = requireMnistFolder();
    const Dataset train = loadMnist(folder, MnistSplit::Train, 3000);
    const Dataset test = loadMnist(folder, MnistSplit::Test, 1000);
    for (const auto& [name, minimum] : {std::pair<const char*, double>{"svm-hog", 0.95}, {"rf-raw", 0.88}}) {
        const ClassicModelType& t = type(name);
        auto model = trainClassicModel(t, defaultParameters(t), train);
        const double score = accuracy(*model, test);
        qInfo("%s, 3,000 MNIST images: %.4f on 1,000 test images", name, score);
        QVERIFY2(score > minimum, qPrintable(QString::number(score)));
    }
}

QTEST_GUILESS_MAIN(TestClassic)
#include "tst_classic.moc"
