// Splitting a drawn number into digits: single digits stay whole however they are drawn,
// separate digits split at any spacing, touching pairs are cut, specks join a neighbour, and
// every piece of ink ends up in exactly one segment.
#include "preprocess/Segmentation.h"
#include "support/SyntheticDigits.h"

#include <QtTest>

#include <cmath>
#include <random>

using namespace digitpad;
using namespace digitpad::testing;

namespace {

std::vector<int> randomDigits(std::mt19937& rng, int count) {
    std::vector<int> digits;
    for (int i = 0; i < count; ++i) digits.push_back(static_cast<int>(rng() % 10));
    return digits;
}

std::size_t pointCount(const Drawing& drawing) {
    std::size_t count = 0;
    for (const Stroke& s : drawing.strokes) count += s.size();
    return count;
}

} // namespace

class TestSegmentation : public QObject {
    Q_OBJECT
private slots:
    void emptyDrawingHasNoSegments();
    void singleDigitsStayWhole();
    void separateDigitsSplitAtAnySpacing();
    void touchingPairsAreCut();
    void specksJoinTheirNeighbour();
    void aFlatFlagJoinsItsDigit();
    void segmentsAreLeftToRightAndKeepAllInk();
    void digitsAgainstEachOtherOfferTheirClusters();
    void coordinatesNearTheLimitStayFinite();
};

void TestSegmentation::emptyDrawingHasNoSegments() {
    QVERIFY(segmentDigits(Drawing{}).empty());
    QVERIFY(segmentDigits(Drawing{{Stroke{}}}).empty());
}

void TestSegmentation::singleDigitsStayWhole() {
    for (int digit = 0; digit < 10; ++digit)
        for (int style = 0; style < 8; ++style) {
            const auto segments = segmentDigits(syntheticDigit(digit, variedStyle(style)));
            QVERIFY2(segments.size() == 1, qPrintable(QString("digit %1 style %2: %3 segments")
                                                          .arg(digit).arg(style).arg(segments.size())));
        }
}

void TestSegmentation::separateDigitsSplitAtAnySpacing() {
    std::mt19937 rng(7);
    for (int trial = 0; trial < 60; ++trial) {
        const int length = 2 + trial % 5;
        const SyntheticNumber number = syntheticNumber(randomDigits(rng, length), 0.06, 0.6, static_cast<std::uint32_t>(trial));
        const auto segments = segmentDigits(number.drawing);
        QVERIFY2(segments.size() == number.digits.size(),
                 qPrintable(QString("'%1' gave %2 segments").arg(QString::fromStdString(number.text)).arg(segments.size())));
    }
}

void TestSegmentation::touchingPairsAreCut() {
    // Gaps from an overlap of 5 % of the height to none: strokes of neighbours touch or cross.
    // Pairs with a 1 are left out: a 1 touching a digit is no wider than one wide digit.
    std::mt19937 rng(11);
    int right = 0, total = 0;
    for (int trial = 0; trial < 60; ++trial) {
        std::vector<int> digits = {static_cast<int>(2 + rng() % 8), static_cast<int>(2 + rng() % 8)};
        if (digits[0] == 1 || digits[1] == 1) continue;
        const SyntheticNumber number = syntheticNumber(digits, -0.05, 0.0, static_cast<std::uint32_t>(100 + trial));
        ++total;
        const auto segs = segmentDigits(number.drawing);
        right += segs.size() == 2;
        if (segs.size() != 2 && qEnvironmentVariableIsSet("DEBUG_SEGMENTS")) {
            QString boxes;
            for (const auto& s : segs) boxes += QString(" [%1..%2 h%3]").arg(s.box.left).arg(s.box.right).arg(s.box.height());
            qInfo("%s: %d%s", number.text.c_str(), int(segs.size()), qPrintable(boxes));
        }
    }
    qInfo("touching pairs cut into two: %d of %d", right, total);
    QVERIFY2(right >= total * 9 / 10, qPrintable(QString("%1 of %2").arg(right).arg(total)));
}

void TestSegmentation::specksJoinTheirNeighbour() {
    SyntheticNumber number = syntheticNumber({3, 7}, 0.3, 0.3, 5);
    number.drawing.strokes.push_back({{number.drawing.strokes[0][0].x + 2, 300}, {number.drawing.strokes[0][0].x + 4, 301}});
    QCOMPARE(segmentDigits(number.drawing).size(), std::size_t(2));
}

// A 5's flag put down apart, a long flat stroke only just overlapping the body (as in the pen
// numbers, where it read "5" then "5222"), joins the digit instead of being cut into a row of its own.
void TestSegmentation::aFlatFlagJoinsItsDigit() {
    Drawing five;
    Stroke body; // the 5's body: down, then the bowl
    for (int k = 0; k <= 20; ++k) body.push_back({200.0 + k * 0.3, 112.0 + k * 2.5});
    for (int k = 0; k <= 30; ++k) {
        const double a = -1.6 + k * 0.1;
        body.push_back({220 + 22 * std::cos(a), 185 + 27 * std::sin(a)});
    }
    five.strokes.push_back(body);
    Stroke flag; // 64 wide, 19 tall, overlapping the body by 13
    for (int k = 0; k <= 10; ++k) flag.push_back({230.0 + k * 6.4, 98.0 + k * 1.9});
    five.strokes.push_back(flag);
    const std::vector<StrokeGroup> groups = groupStrokes(five);
    QCOMPARE(groups.size(), std::size_t(1));
    QVERIFY(groups.front().cut.empty()); // with its flag, the 5 is no wider than a digit
    // A flat stroke that overlaps or touches nothing is left alone.
    Drawing apart = five;
    for (StrokePoint& p : apart.strokes[1]) p.x += 200;
    QCOMPARE(groupStrokes(apart).size(), std::size_t(2));
}

void TestSegmentation::segmentsAreLeftToRightAndKeepAllInk() {
    std::mt19937 rng(3);
    for (int trial = 0; trial < 20; ++trial) {
        const SyntheticNumber number = syntheticNumber(randomDigits(rng, 4), -0.08, 0.4, static_cast<std::uint32_t>(300 + trial));
        const auto segments = segmentDigits(number.drawing);
        std::size_t points = 0;
        for (std::size_t i = 0; i < segments.size(); ++i) {
            points += pointCount(segments[i].drawing);
            if (i > 0) QVERIFY(segments[i].box.left >= segments[i - 1].box.left);
            QVERIFY(segments[i].box.width() >= 0 && segments[i].box.height() > 0);
        }
        // Cut strokes gain the points where they were cut; nothing is lost.
        QVERIFY(points >= pointCount(number.drawing));
    }
}

// A 1 written against its neighbour (the pairs touchingPairsAreCut leaves out) is grouped with
// it, but the group offers the two digits as its tall clusters; single digits of every style,
// a 4's stem (crossing its bar too), a 5's flag and a 7's bar included, offer none.
void TestSegmentation::digitsAgainstEachOtherOfferTheirClusters() {
    std::mt19937 rng(13);
    int offered = 0, grouped = 0;
    for (int trial = 0; trial < 60; ++trial) {
        const int other = static_cast<int>(2 + rng() % 8);
        const std::vector<int> digits = trial % 2 ? std::vector<int>{1, other} : std::vector<int>{other, 1};
        const SyntheticNumber number = syntheticNumber(digits, -0.05, 0.0, static_cast<std::uint32_t>(500 + trial));
        const std::vector<StrokeGroup> groups = groupStrokes(number.drawing);
        if (groups.size() != 1) continue;
        ++grouped;
        offered += groups.front().apart.size() == 2;
    }
    qInfo("a 1 against a digit: grouped with it %d of 60 times, its clusters offered %d times", grouped, offered);
    QVERIFY(grouped >= 10);
    QVERIFY2(offered * 10 >= grouped * 8, qPrintable(QString("%1 of %2").arg(offered).arg(grouped)));
    for (int digit = 0; digit < 10; ++digit)
        for (int style = 0; style < 8; ++style)
            for (const StrokeGroup& group : groupStrokes(syntheticDigit(digit, variedStyle(style))))
                QVERIFY2(group.apart.empty(), qPrintable(QString("digit %1 style %2").arg(digit).arg(style)));
    // An open 4 whose narrow stem crosses its bar well inside the bar's ends: the stem barely
    // overlaps the rest horizontally, but lies within it, so it is no digit beside it.
    const Stroke openBar{{150, 40}, {146, 100}, {140, 180}, {190, 177}, {245, 175}};
    const Stroke stem{{205, 60}, {203, 145}, {201, 230}};
    const std::vector<StrokeGroup> four = groupStrokes(Drawing{{openBar, stem}});
    QCOMPARE(four.size(), std::size_t(1));
    QVERIFY(four.front().apart.empty());
    // The same stem beside the bar's end is a 1 written against the digit.
    Stroke beside = stem;
    for (StrokePoint& p : beside) p.x += 38;
    const std::vector<StrokeGroup> againstEnd = groupStrokes(Drawing{{openBar, beside}});
    QCOMPARE(againstEnd.size(), std::size_t(1));
    QCOMPARE(againstEnd.front().apart.size(), std::size_t(2));
}

// A stroke file may hold any double (the fuzzer found these; under the sanitizers' build the
// arithmetic on infinities was undefined behaviour): an extent that overflows is one group, left
// for the preprocessing to refuse, and no cut lands on an infinity or NaN.
void TestSegmentation::coordinatesNearTheLimitStayFinite() {
    const Drawing overflowing{{Stroke{{-1e308, 0}, {1e308, 1}}, Stroke{{0, 5}, {1, 6}}}};
    const std::vector<StrokeGroup> one = groupStrokes(overflowing);
    QCOMPARE(one.size(), std::size_t(1));
    QVERIFY(one.front().cut.empty() && one.front().apart.empty());
    QCOMPARE(pointCount(one.front().whole.drawing), pointCount(overflowing));

    const Drawing huge{{Stroke{{1e308, -1e307}, {0, 0}}, Stroke{{3, 4}}}};
    for (const StrokeGroup& group : groupStrokes(huge))
        for (const DigitSegment& piece : group.cut)
            QVERIFY(std::isfinite(piece.box.left) && std::isfinite(piece.box.right));
}

QTEST_GUILESS_MAIN(TestSegmentation)
#include "tst_segmentation.moc"

