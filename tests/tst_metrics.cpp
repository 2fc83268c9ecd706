// Metrics against small cases computed by hand (and matching scikit-learn's conventions).
#include "metrics/Calibration.h"
#include "metrics/Comparison.h"
#include "metrics/Metrics.h"
#include "util/Error.h"

#include <QtTest>

#include <cmath>
#include <numeric>
#include <random>

using namespace digitpad;

namespace {

bool near(double a, double b) { return std::abs(a - b) < 1e-9; }

// truth/prediction pairs:
//   0->0 x3, 0->1 x1, 1->1 x2, 1->0 x2, 2->2 x1, 2->1 x1 (10 samples, digits 3-9 absent)
ConfusionMatrix handCase() {
    ConfusionMatrix m;
    const int pairs[][2] = {{0, 0}, {0, 0}, {0, 0}, {0, 1}, {1, 1}, {1, 1}, {1, 0}, {1, 0}, {2, 2}, {2, 1}};
    for (const auto& p : pairs) m.add(p[0], p[1]);
    return m;
}

} // namespace

namespace {
// A model that reads every image as one digit: its scores are known without any training.
class ConstantModel : public digitpad::Classifier {
public:
    explicit ConstantModel(int digit) : digit_(digit) {}
    std::string kind() const override { return "test"; }
    std::string architecture() const override { return "constant"; }
    std::string describe() const override { return "always " + std::to_string(digit_); }
    std::unique_ptr<digitpad::Classifier> clone() const override { return std::make_unique<ConstantModel>(digit_); }
    std::string toBytes() const override { return std::string(static_cast<std::size_t>(100 * (digit_ + 1)), 'x'); }

protected:
    digitpad::Probabilities predictUncalibrated(const digitpad::Image28&) override {
        digitpad::Probabilities p{};
        p[static_cast<std::size_t>(digit_)] = 1;
        return p;
    }

private:
    int digit_;
};
} // namespace

class TestMetrics : public QObject {
    Q_OBJECT
private slots:
    void confusionCountsRowsTrueColumnsPredicted();
    void perClassScoresByHand();
    void averagesByHand();
    void perfectPredictions();
    void emptyMatrixHasZeroAccuracy();
    void outOfRangeLabelsAreIgnored();
    void formattedReportListsEveryDigit();
    void fittedTemperatureRecoversTheTrueOne();
    void fittedOffsetsRecoverTheTrueLean();
    void poolWeightSilencesSureMistakesOnly();
    void drawingOffsetsReadBackFromText();
    void calibrationSummaryByHand();
    void comparisonScoresEveryModelInOrder();
};

void TestMetrics::confusionCountsRowsTrueColumnsPredicted() {
    const ConfusionMatrix m = handCase();
    QCOMPARE(m.count(1, 0), std::size_t(2));
    QCOMPARE(m.count(0, 1), std::size_t(1));
    QCOMPARE(m.rowTotal(1), std::size_t(4));
    QCOMPARE(m.columnTotal(1), std::size_t(4));
    QCOMPARE(m.total(), std::size_t(10));
    QCOMPARE(m.correct(), std::size_t(6));
    QVERIFY(near(m.accuracy(), 0.6));
}

void TestMetrics::perClassScoresByHand() {
    const ClassificationReport r = makeReport(handCase());
    // digit 0: tp 3, predicted 5, actual 4
    QVERIFY(near(r.perClass[0].precision, 3.0 / 5));
    QVERIFY(near(r.perClass[0].recall, 3.0 / 4));
    QVERIFY(near(r.perClass[0].f1, 2 * 0.6 * 0.75 / 1.35));
    QCOMPARE(r.perClass[0].support, std::size_t(4));
    // digit 1: tp 2, predicted 4, actual 4
    QVERIFY(near(r.perClass[1].precision, 0.5));
    QVERIFY(near(r.perClass[1].recall, 0.5));
    QVERIFY(near(r.perClass[1].f1, 0.5));
    // digit 2: tp 1, predicted 1, actual 2
    QVERIFY(near(r.perClass[2].precision, 1.0));
    QVERIFY(near(r.perClass[2].recall, 0.5));
    QVERIFY(near(r.perClass[2].f1, 2.0 / 3));
    // digit 7: never seen, never predicted
    QVERIFY(near(r.perClass[7].precision, 0) && near(r.perClass[7].recall, 0) && near(r.perClass[7].f1, 0));
}

void TestMetrics::averagesByHand() {
    const ClassificationReport r = makeReport(handCase());
    const double f0 = 2 * 0.6 * 0.75 / 1.35;
    QVERIFY(near(r.macro.precision, (0.6 + 0.5 + 1.0) / 10));
    QVERIFY(near(r.macro.recall, (0.75 + 0.5 + 0.5) / 10));
    QVERIFY(near(r.macro.f1, (f0 + 0.5 + 2.0 / 3) / 10));
    QVERIFY(near(r.weighted.precision, (0.6 * 4 + 0.5 * 4 + 1.0 * 2) / 10));
    QVERIFY(near(r.weighted.recall, 0.6)); // weighted recall equals accuracy
    QVERIFY(near(r.weighted.f1, (f0 * 4 + 0.5 * 4 + 2.0 / 3 * 2) / 10));
    QVERIFY(near(r.accuracy, 0.6));
    QCOMPARE(r.weighted.support, std::size_t(10));
}

void TestMetrics::perfectPredictions() {
    ConfusionMatrix m;
    for (int d = 0; d < 10; ++d)
        for (int k = 0; k <= d; ++k) m.add(d, d);
    const ClassificationReport r = makeReport(m);
    QVERIFY(near(r.accuracy, 1) && near(r.macro.f1, 1) && near(r.weighted.precision, 1));
    QCOMPARE(r.perClass[9].support, std::size_t(10));
}

void TestMetrics::emptyMatrixHasZeroAccuracy() {
    const ClassificationReport r = makeReport(ConfusionMatrix{});
    QVERIFY(near(r.accuracy, 0));
    QCOMPARE(r.total, std::size_t(0));
}

void TestMetrics::outOfRangeLabelsAreIgnored() {
    ConfusionMatrix m;
    m.add(-1, 3);
    m.add(3, 10);
    QCOMPARE(m.total(), std::size_t(0));
}

void TestMetrics::formattedReportListsEveryDigit() {
    const QString text = QString::fromStdString(formatReport(makeReport(handCase())));
    for (const char* expected : {"precision", "macro avg", "weighted avg", "accuracy", "0.6000", "0.7500"})
        QVERIFY2(text.contains(expected), qPrintable(text));
    QCOMPARE(text.count('\n'), 16);
}

void TestMetrics::fittedTemperatureRecoversTheTrueOne() {
    // Answers drawn from a known model: confidences of a "true" temperature 2 made sharper (T=1).
    std::mt19937 random(3);
    std::uniform_real_distribution<double> logit(-3, 3);
    std::uniform_real_distribution<double> unit(0, 1);
    std::vector<Probabilities> sharpened;
    std::vector<std::uint8_t> labels;
    for (int i = 0; i < 4000; ++i) {
        Probabilities honest{};
        double sum = 0;
        std::array<double, kClassCount> e{};
        for (int c = 0; c < kClassCount; ++c) sum += (e[c] = std::exp(logit(random)));
        for (int c = 0; c < kClassCount; ++c) honest[c] = static_cast<float>(e[c] / sum);
        // The label follows the honest probabilities; the model reports them at temperature 1/2.
        double u = unit(random);
        int label = 0;
        while (label < kClassCount - 1 && (u -= honest[label]) > 0) ++label;
        labels.push_back(static_cast<std::uint8_t>(label));
        sharpened.push_back(applyTemperature(honest, 0.5));
    }
    const double t = fitTemperature(sharpened, labels);
    QVERIFY2(std::abs(t - 2.0) < 0.15, qPrintable(QString::number(t)));
}

void TestMetrics::fittedOffsetsRecoverTheTrueLean() {
    // Labels drawn from honest probabilities; the model reports them at temperature 1/2 and
    // leaning away from 1 and toward 3 (log-probabilities -1.5 and +1 before its temperature).
    // The fit recovers the temperature and offsets that undo both: 2, and +1.5 / -1 after
    // centring. Reading with them gets more labels right than the temperature alone.
    std::mt19937 random(5);
    std::uniform_real_distribution<double> logit(-3, 3);
    std::uniform_real_distribution<double> unit(0, 1);
    std::array<double, kClassCount> lean{};
    lean[1] = -1.5;
    lean[3] = 1.0;
    std::vector<Probabilities> leaning;
    std::vector<std::uint8_t> labels;
    for (int i = 0; i < 6000; ++i) {
        std::array<double, kClassCount> z{};
        for (double& v : z) v = logit(random);
        const Probabilities honest = softmaxOf(z);
        double u = unit(random);
        int label = 0;
        while (label < kClassCount - 1 && (u -= honest[label]) > 0) ++label;
        labels.push_back(static_cast<std::uint8_t>(label));
        for (int c = 0; c < kClassCount; ++c) z[c] = 2 * z[c] + lean[c]; // temperature 1/2, then the lean
        leaning.push_back(softmaxOf(z));
    }
    const TemperatureAndOffsets fit = fitTemperatureAndOffsets(leaning, labels);
    QVERIFY2(std::abs(fit.temperature - 2.0) < 0.15, qPrintable(QString::number(fit.temperature)));
    const double centre = (lean[1] + lean[3]) / kClassCount; // the true offsets, centred like the fit's
    for (int c = 0; c < kClassCount; ++c) {
        const double expected = -lean[c] / 2 + centre / 2;
        QVERIFY2(std::abs(fit.offsets[c] - expected) < 0.15,
                 qPrintable(QString("digit %1: %2, expected %3").arg(c).arg(fit.offsets[c]).arg(expected)));
    }
    QVERIFY(std::abs(std::accumulate(fit.offsets.begin(), fit.offsets.end(), 0.0)) < 1e-6);
    const auto right = [&](bool withOffsets) {
        int count = 0;
        for (std::size_t i = 0; i < labels.size(); ++i) {
            Probabilities p = applyTemperature(leaning[i], fit.temperature);
            if (withOffsets) p = withDrawingOffsets(p, fit.offsets);
            count += argmax(p) == labels[i];
        }
        return count;
    };
    QVERIFY2(right(true) > right(false) + 30, qPrintable(QString("%1 %2").arg(right(true)).arg(right(false))));
    // A model that does not lean is left alone.
    const TemperatureAndOffsets none = fitTemperatureAndOffsets(std::vector<Probabilities>(leaning.size(), Probabilities{
        0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f, 0.1f}), std::vector<std::uint8_t>(leaning.size(), 4));
    QVERIFY2(none.offsets[4] > 3, qPrintable(QString::number(none.offsets[4]))); // every answer is a 4: lean to it
    QVERIFY_THROWS_EXCEPTION(Error, fitTemperatureAndOffsets({}, {}));
}

void TestMetrics::drawingOffsetsReadBackFromText() {
    ModelMetadata metadata;
    QVERIFY(!drawingOffsetsOf(metadata));
    const DrawingOffsets offsets{-0.07, 2.57, 0.32, -3.63, 1.77, -1.42, 1.06, 0.3, -1.41, 0.5};
    setDrawingOffsets(metadata, offsets);
    QCOMPARE(QString::fromStdString(metadata.at("drawing_offsets")),
             QString("-0.0700,2.5700,0.3200,-3.6300,1.7700,-1.4200,1.0600,0.3000,-1.4100,0.5000"));
    QVERIFY(drawingOffsetsOf(metadata) == offsets);
    for (const char* bad : {"", "1,2,3", "0,0,0,0,0,0,0,0,0,0,0", "0,0,0,0,0,0,0,0,0,x", "0,0,0,0,0,0,0,0,0,21",
                            "0,0,0,0,0,0,0,0,0,", "nan,0,0,0,0,0,0,0,0,0"})
        QVERIFY2(!drawingOffsetsFromText(bad), bad);
    clearDrawingOffsets(metadata);
    QVERIFY(metadata.empty());
    // Offsets move the answer: a reading of 0.6 for 2 and 0.4 for 5 becomes a 5 with +1 for 5.
    Probabilities p{};
    p[2] = 0.6f;
    p[5] = 0.4f;
    DrawingOffsets toFive{};
    toFive[5] = 1;
    const Probabilities moved = withDrawingOffsets(p, toFive);
    QCOMPARE(argmax(moved), 5);
    QVERIFY(std::abs(moved[5] - 0.4 * std::exp(1.0) / (0.6 + 0.4 * std::exp(1.0))) < 1e-6);
}

void TestMetrics::calibrationSummaryByHand() {
    // Bins of width 1/15: 0.95 and 0.97 share the last bin, 0.5 is alone in bin 7.
    const std::vector<ScoredAnswer> answers{{0.95, true}, {0.97, false}, {0.5, true}, {0.5, false}};
    const CalibrationSummary s = summarizeCalibration(answers, 0.9);
    // |1 - 1.92| / 4 + |1 - 1.0| / 4
    QVERIFY(std::abs(s.expectedCalibrationError - 0.92 / 4) < 1e-9);
    QCOMPARE(s.wrong, std::size_t(2));
    QCOMPARE(s.wrongAtNinety, 0.5);
    QCOMPARE(s.wrongFlagged, 0.5);
    QCOMPARE(s.rightFlagged, 0.5);
    const Probabilities p{0.7f, 0.2f, 0.1f};
    const Probabilities softer = applyTemperature(p, 2);
    QVERIFY(softer[0] < p[0] && softer[0] > softer[1]);
    QVERIFY(std::abs(std::accumulate(softer.begin(), softer.end(), 0.0f) - 1.0f) < 1e-6f);
    QCOMPARE(applyTemperature(p, 1), p);
}

void TestMetrics::comparisonScoresEveryModelInOrder() {
    using namespace digitpad;
    Dataset test; // three 1s and a 7
    for (const std::uint8_t label : {1, 1, 1, 7}) test.add(Image28{}, label);
    const std::vector<NamedModel> models{{std::make_shared<ConstantModel>(1), "ones"},
                                         {std::make_shared<ConstantModel>(7), "sevens"}};
    std::vector<std::size_t> scoredOrder;
    std::size_t imagesSeen = 0;
    ComparisonProgress progress;
    progress.images = [&](std::size_t, std::size_t done) { imagesSeen = std::max(imagesSeen, done); };
    progress.scored = [&](std::size_t index, const ModelScore& score) {
        scoredOrder.push_back(index);
        QCOMPARE(score.name, models[index].name);
    };
    const std::vector<ModelScore> scores = compareModels(models, test, progress);
    QCOMPARE(scores.size(), std::size_t{2});
    QCOMPARE(scoredOrder, (std::vector<std::size_t>{0, 1}));
    QCOMPARE(imagesSeen, test.size());
    QCOMPARE(scores[0].accuracy, 0.75);
    QCOMPARE(scores[1].accuracy, 0.25);
    QCOMPARE(scores[0].description, std::string("always 1"));
    QCOMPARE(scores[1].sizeBytes, std::size_t{800});
    QCOMPARE(scores[0].accuracy, scoreModel(*models[0].model, "ones", test).accuracy);

    std::atomic<bool> cancel{true};
    QVERIFY_THROWS_EXCEPTION(Cancelled, compareModels(models, test, {}, &cancel));
}

namespace {

// `digit` read at `confidence`, the rest spread evenly.
Probabilities readAs(int digit, float confidence) {
    Probabilities p;
    p.fill((1 - confidence) / (kClassCount - 1));
    p[static_cast<std::size_t>(digit)] = confidence;
    return p;
}

} // namespace

void TestMetrics::poolWeightSilencesSureMistakesOnly() {
    // Ten right readings and two sure mistakes (a 3 read as 8 at 99 %); the second opinion agrees
    // at 90 % on the right ones and reads the mistakes surely as what they are.
    std::vector<Probabilities> read, second;
    std::vector<std::uint8_t> labels;
    for (int i = 0; i < 10; ++i) {
        read.push_back(readAs(i, 0.99f));
        second.push_back(readAs(i, 0.9f));
        labels.push_back(static_cast<std::uint8_t>(i));
    }
    for (int i = 0; i < 2; ++i) {
        read.push_back(readAs(8, 0.99f));
        second.push_back(readAs(3, 0.99f));
        labels.push_back(3);
    }
    // The least weight that takes both mistakes below 90 %: 0.99 (1 - w) + w / 900 < 0.9 from w = 0.091.
    QCOMPARE(fitPoolWeight(read, second, labels, 0.9, 0.5), 0.1);
    // When the second opinion also doubts every right reading, warning them all costs more than
    // the two sure mistakes: it is not heard.
    for (int i = 0; i < 10; ++i) second[static_cast<std::size_t>(i)] = readAs((i + 1) % 10, 0.99f);
    QCOMPARE(fitPoolWeight(read, second, labels, 0.9, 0.5), 0.0);
    // Nothing to fit on: no weight.
    QCOMPARE(fitPoolWeight({}, {}, {}, 0.9, 0.5), 0.0);
    QVERIFY_THROWS_EXCEPTION(Error, fitPoolWeight(read, second, {3}, 0.9, 0.5));
}

QTEST_APPLESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
