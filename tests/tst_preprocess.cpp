// The stroke pipeline must produce what MNIST's own normalization produces, whatever the
// user's drawing size, position, slant or pen: checked by measured properties.
#include "preprocess/DrawingViews.h"
#include "preprocess/ImageViews.h"
#include "preprocess/InkBuffer.h"
#include "preprocess/Preprocess.h"
#include "preprocess/StrokeRasterizer.h"
#include "support/ImageMeasures.h"
#include "support/SyntheticDigits.h"

#include <QtTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace digitpad;
using namespace digitpad::testing;

namespace {

Image28 mustPreprocess(const Drawing& drawing) {
    const Preprocessed result = preprocessDrawing(drawing);
    if (!result.ok()) qFatal("preprocessing failed: %s", result.problem.c_str());
    return *result.image;
}

Drawing scaled(const Drawing& drawing, double factor, double dx, double dy) {
    Drawing out = drawing;
    for (Stroke& stroke : out.strokes)
        for (StrokePoint& p : stroke) {
            p.x = p.x * factor + dx;
            p.y = p.y * factor + dy;
        }
    return out;
}

} // namespace

class TestPreprocess : public QObject {
    Q_OBJECT
private slots:
    void fitsTwentyByTwentyKeepingAspect_data();
    void fitsTwentyByTwentyKeepingAspect();
    void centreOfMassAtFourteen_data() { fitsTwentyByTwentyKeepingAspect_data(); }
    void centreOfMassAtFourteen();
    void smallAndLargeDrawingsGiveTheSameImage();
    void positionOnCanvasDoesNotMatter();
    void thicknessIndependentOfDrawingSize();
    void narrowDigitStaysNarrow();
    void pressureWidensTheStroke();
    void valuesAreAntiAliasedInUnitRange();
    void emptyDrawingIsReported();
    void singleDotIsReported();
    void nonFinitePointsAreIgnored();
    void hugeCoordinatesWork();
    void manyPointsWork();
    void imagesFollowTheSameRecipe();
    void darkOnLightAndLightOnDarkAgree();
    void blankImageIsReported();
    void sixteenBitImagesDecode();
    void inkBufferReducesLikeABoxFilter();
    void penSegmentInksExactlyThePen();
    void viewsAreSlightlyChangedCopies();
    void imageViewsSlantAndTurnTheInk();
};

void TestPreprocess::fitsTwentyByTwentyKeepingAspect_data() {
    QTest::addColumn<int>("digit");
    QTest::addColumn<int>("style");
    for (int digit = 0; digit < 10; ++digit)
        for (int style = 0; style < 8; ++style)
            QTest::addRow("digit %d style %d", digit, style) << digit << style;
}

void TestPreprocess::fitsTwentyByTwentyKeepingAspect() {
    QFETCH(int, digit);
    QFETCH(int, style);
    const Image28 image = mustPreprocess(syntheticDigit(digit, variedStyle(style)));
    const InkBox solid = inkBox(image, 0.5f), any = inkBox(image, 0.0f);
    // The ink's box is 20 px on its longer side: solid ink within 20 px, anti-aliased fringe
    // within one more pixel, as in MNIST where the box of non-zero pixels is at most 20-21.
    QVERIFY2(solid.width() <= 20 && solid.height() <= 20, toAscii(image).c_str());
    QVERIFY2(std::max(any.width(), any.height()) >= 19, toAscii(image).c_str());
    QVERIFY2(any.width() <= 21 && any.height() <= 21, toAscii(image).c_str());
}

void TestPreprocess::centreOfMassAtFourteen() {
    QFETCH(int, digit);
    QFETCH(int, style);
    const Image28 image = mustPreprocess(syntheticDigit(digit, variedStyle(style)));
    double x = 0, y = 0;
    centreOfMass(image, x, y);
    QVERIFY2(std::abs(x - 14.0) <= 0.5 && std::abs(y - 14.0) <= 0.5,
             qPrintable(QString("centre of mass (%1, %2)").arg(x).arg(y)));
}

void TestPreprocess::smallAndLargeDrawingsGiveTheSameImage() {
    for (int digit = 0; digit < 10; ++digit) {
        const Drawing base = syntheticDigit(digit);
        const Image28 normal = mustPreprocess(base);
        const Image28 small = mustPreprocess(scaled(base, 0.15, 3, 7));
        const Image28 large = mustPreprocess(scaled(base, 6.0, -40, 900));
        QVERIFY2(meanAbsoluteDifference(normal, small) < 0.01, toAscii(small).c_str());
        QVERIFY2(meanAbsoluteDifference(normal, large) < 0.01, toAscii(large).c_str());
    }
}

void TestPreprocess::positionOnCanvasDoesNotMatter() {
    const Drawing base = syntheticDigit(4);
    QVERIFY(meanAbsoluteDifference(mustPreprocess(base), mustPreprocess(scaled(base, 1.0, 517.25, -83.5))) < 0.005);
}

void TestPreprocess::thicknessIndependentOfDrawingSize() {
    for (double height : {12.0, 60.0, 250.0, 2000.0}) {
        DrawStyle style;
        style.height = height;
        const Image28 image = mustPreprocess(syntheticDigit(7, style));
        // The 7's diagonal crosses each row once: ink per row measures the pen's width,
        // which must stay that of MNIST's strokes (about 2-3 px), not follow the drawing size.
        const double width = meanInkPerRow(image);
        QVERIFY2(width > 1.8 && width < 4.5, qPrintable(QString("height %1: width %2").arg(height).arg(width)));
    }
}

void TestPreprocess::narrowDigitStaysNarrow() {
    Drawing one;
    one.strokes.push_back({{200, 50}, {200, 150}, {201, 250}});
    const Image28 image = mustPreprocess(one);
    const InkBox box = inkBox(image, 0.1f);
    QVERIFY2(box.height() >= 19, toAscii(image).c_str());
    QVERIFY2(box.width() <= 4, toAscii(image).c_str()); // aspect ratio kept: a 1 stays a thin line
}

void TestPreprocess::pressureWidensTheStroke() {
    DrawStyle light, heavy;
    light.pressure = 0.1;
    heavy.pressure = 1.0;
    const double lightMass = inkMass(mustPreprocess(syntheticDigit(7, light)));
    const double heavyMass = inkMass(mustPreprocess(syntheticDigit(7, heavy)));
    QVERIFY2(heavyMass > lightMass * 1.3, qPrintable(QString("%1 vs %2").arg(heavyMass).arg(lightMass)));
}

void TestPreprocess::valuesAreAntiAliasedInUnitRange() {
    const Image28 image = mustPreprocess(syntheticDigit(3, variedStyle(3)));
    int partial = 0;
    for (float v : image.pixels) {
        QVERIFY(v >= 0.0f && v <= 1.0f);
        if (v > 0.05f && v < 0.95f) ++partial;
    }
    QVERIFY2(partial >= 20, "edges should be anti-aliased, not binary");
    QVERIFY(*std::max_element(image.pixels.begin(), image.pixels.end()) == 1.0f);
}

void TestPreprocess::emptyDrawingIsReported() {
    QCOMPARE(preprocessDrawing(Drawing{}).ok(), false);
    Drawing emptyStrokes;
    emptyStrokes.strokes.resize(3);
    const Preprocessed result = preprocessDrawing(emptyStrokes);
    QVERIFY(!result.ok());
    QCOMPARE(QString::fromStdString(result.problem), QString("the drawing is empty"));
}

void TestPreprocess::singleDotIsReported() {
    Drawing dot;
    dot.strokes.push_back({{50, 50}});
    dot.strokes.push_back({{50, 50}, {50, 50}});
    const Preprocessed result = preprocessDrawing(dot);
    QVERIFY(!result.ok());
    QVERIFY(QString::fromStdString(result.problem).contains("dot"));
}

void TestPreprocess::nonFinitePointsAreIgnored() {
    Drawing drawing = syntheticDigit(1);
    const double nan = std::numeric_limits<double>::quiet_NaN();
    drawing.strokes[0].insert(drawing.strokes[0].begin() + 3, StrokePoint{nan, 10});
    drawing.strokes[0].push_back({std::numeric_limits<double>::infinity(), 5});
    drawing.strokes.push_back({{nan, nan}});
    const Image28 image = mustPreprocess(drawing);
    QVERIFY(meanAbsoluteDifference(image, mustPreprocess(syntheticDigit(1))) < 0.005);
    Drawing onlyNan;
    onlyNan.strokes.push_back({{nan, 1}, {2, nan}});
    QVERIFY(!preprocessDrawing(onlyNan).ok());
}

void TestPreprocess::hugeCoordinatesWork() {
    const Drawing base = syntheticDigit(2);
    const Image28 image = mustPreprocess(scaled(base, 1e12, 1e15, -1e15));
    QVERIFY(meanAbsoluteDifference(image, mustPreprocess(base)) < 0.02);
    Drawing extreme;
    extreme.strokes.push_back({{-1e308, 0}, {1e308, 0}});
    QVERIFY(!preprocessDrawing(extreme).ok()); // extent overflows: reported, no crash
}

void TestPreprocess::manyPointsWork() {
    Drawing drawing;
    Stroke stroke;
    for (int i = 0; i < 100000; ++i) {
        const double t = i / 100000.0 * 2 * 3.14159265;
        stroke.push_back({100 + 40 * std::cos(t), 100 + 60 * std::sin(t)});
    }
    drawing.strokes.push_back(stroke);
    QElapsedTimer timer;
    timer.start();
    const Image28 image = mustPreprocess(drawing);
    QVERIFY(inkMass(image) > 40);
}

void TestPreprocess::imagesFollowTheSameRecipe() {
    // A digit drawn as a picture, blocky and off-centre, comes out like the strokes version.
    GrayImage picture;
    picture.width = 90;
    picture.height = 60;
    picture.ink.assign(90 * 60, 0.0f);
    for (int y = 5; y < 45; ++y)
        for (int x = 60; x < 64; ++x) picture.ink[static_cast<std::size_t>(y * 90 + x)] = 1.0f;
    const Preprocessed result = preprocessImage(picture);
    QVERIFY(result.ok());
    const InkBox box = inkBox(*result.image, 0.5f);
    QVERIFY2(box.height() >= 19 && box.height() <= 20, toAscii(*result.image).c_str());
    QVERIFY2(box.width() <= 3, toAscii(*result.image).c_str());
    double x = 0, y = 0;
    centreOfMass(*result.image, x, y);
    QVERIFY(std::abs(x - 14) <= 0.5 && std::abs(y - 14) <= 0.5);
}

void TestPreprocess::darkOnLightAndLightOnDarkAgree() {
    // The same ring as an 8-bit PGM twice: black on white and white on black.
    auto pgm = [](bool darkInk) {
        QByteArray bytes = "P5 40 40 255\n";
        for (int y = 0; y < 40; ++y)
            for (int x = 0; x < 40; ++x) {
                const double r = std::hypot(x - 20.0, y - 18.0);
                const bool ink = r > 9 && r < 13;
                bytes.append(static_cast<char>(ink == darkInk ? 0 : 255));
            }
        return bytes.toStdString();
    };
    const GrayImage dark = decodeImage(pgm(true), "dark.pgm");
    const GrayImage light = decodeImage(pgm(false), "light.pgm");
    QCOMPARE(dark.width, 40);
    const Preprocessed a = preprocessImage(dark), b = preprocessImage(light);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(meanAbsoluteDifference(*a.image, *b.image) < 1e-6);
    QVERIFY(inkMass(*a.image) > 30);
    QVERIFY_THROWS_EXCEPTION(std::exception, decodeImage("definitely not an image", "x.png"));
}

void TestPreprocess::blankImageIsReported() {
    GrayImage blank;
    blank.width = blank.height = 10;
    blank.ink.assign(100, 0.0f);
    QVERIFY(!preprocessImage(blank).ok());
}

void TestPreprocess::sixteenBitImagesDecode() {
    // 16-bit PGM (ImageMagick's default): stb's channel conversion overflowed on these.
    std::string pgm = "P5 8 10 65535\n";
    for (int y = 0; y < 10; ++y)
        for (int x = 0; x < 8; ++x) {
            const bool ink = x == 4 && y > 0 && y < 9;
            pgm += static_cast<char>(ink ? 0 : 0xff);
            pgm += static_cast<char>(ink ? 0 : 0xff);
        }
    const GrayImage image = decodeImage(pgm, "sixteen.pgm");
    QCOMPARE(image.width, 8);
    QCOMPARE(image.height, 10);
    QCOMPARE(image.at(4, 5), 1.0f);
    QCOMPARE(image.at(1, 5), 0.0f);
    QVERIFY(preprocessImage(image).ok());
}

// The rasterizer tests only the samples near a segment's edge; every sample of the field, tested
// one by one against the pen, must agree with it: long and short segments, one radius or two,
// thin and thick pens, at every angle, near and across the field's edges.
void TestPreprocess::penSegmentInksExactlyThePen() {
    std::mt19937 rng(17);
    std::uniform_real_distribution<double> position(-2.0, 30.0), radius(0.05, 3.0), unit(0.0, 1.0);
    const int side = InkBuffer::kSide;
    for (int trial = 0; trial < 400; ++trial) {
        const FieldPoint a{position(rng), position(rng), radius(rng)};
        FieldPoint b{position(rng), position(rng), trial % 2 ? a.radius : radius(rng)};
        if (trial % 4 == 0) b = {a.x + unit(rng) * 0.3, a.y + unit(rng) * 0.3, b.radius}; // a mouse's short step
        if (trial % 25 == 0) b = a;                                                          // a dot
        if (trial % 25 == 1) b.y = a.y;                                                      // level
        if (trial % 25 == 2) b.x = a.x;                                                      // upright
        InkBuffer ink;
        inkPenSegment(ink, a, b);
        const double dx = b.x - a.x, dy = b.y - a.y, lengthSquared = dx * dx + dy * dy;
        int inked = 0;
        for (int v = 0; v < side; ++v)
            for (int u = 0; u < side; ++u) {
                const double px = InkBuffer::sampleCentre(u), py = InkBuffer::sampleCentre(v);
                const double t =
                    lengthSquared > 0 ? std::clamp(((px - a.x) * dx + (py - a.y) * dy) / lengthSquared, 0.0, 1.0) : 0.0;
                const double ex = px - (a.x + t * dx), ey = py - (a.y + t * dy);
                const double r = a.radius + t * (b.radius - a.radius);
                const double distanceSquared = ex * ex + ey * ey;
                // Samples within a hair of the edge may go either way with rounding.
                if (std::abs(std::sqrt(distanceSquared) - r) < 1e-9) continue;
                const bool within = distanceSquared < r * r;
                inked += within;
                if (within != (ink.sample(u, v) == 1.0f))
                    QFAIL(qPrintable(QStringLiteral("trial %1: sample (%2, %3) %4 the pen but %5")
                                         .arg(trial).arg(u).arg(v)
                                         .arg(within ? "within" : "outside", within ? "blank" : "inked")));
            }
        QCOMPARE(ink.hasInk(), inked > 0);
    }
}

// The reduction visits only the inked part of the buffer, in float lanes: against the plain
// definition (centre of mass in doubles over every sample, whole-sample shift to 14, box
// average over kScale x kScale samples), for ink at the buffer's very edges and corners,
// fractional ink, and rows inked at once.
void TestPreprocess::inkBufferReducesLikeABoxFilter() {
    const int side = InkBuffer::kSide, scale = InkBuffer::kScale;
    for (int trial = 0; trial < 6; ++trial) {
        InkBuffer ink;
        std::vector<float> plain(static_cast<std::size_t>(side * side), 0.0f);
        auto ink1 = [&](int u, int v, float value) {
            ink.raise(u, v, value);
            float& s = plain[static_cast<std::size_t>(v * side + u)];
            s = std::max(s, value);
        };
        if (trial == 0) ink1(0, 0, 1.0f);
        if (trial == 1) ink1(side - 1, side - 1, 0.5f);
        if (trial == 2) {
            ink1(3, side - 1, 1.0f);
            ink1(side - 2, 5, 0.25f);
        }
        if (trial >= 3) { // a band of rows inked through rowToInk, plus scattered fractional ink
            const int firstRow = side / 4 + 2 * scale * (trial - 3), lastColumn = side / 3 + trial;
            for (int v = firstRow; v < firstRow + side / 8; ++v) {
                float* row = ink.rowToInk(v, side / 6, lastColumn);
                for (int u = side / 6; u <= lastColumn; ++u) {
                    row[u] = 1.0f;
                    plain[static_cast<std::size_t>(v * side + u)] = 1.0f;
                }
            }
            for (int i = 0; i < 50; ++i) ink1((i * 37 + trial) % side, (i * 53 + 11) % side, 0.1f * (i % 10 + 1));
        }
        QVERIFY(ink.hasInk());
        double mass = 0, sumX = 0, sumY = 0;
        for (int v = 0; v < side; ++v)
            for (int u = 0; u < side; ++u) {
                const double s = plain[static_cast<std::size_t>(v * side + u)];
                mass += s;
                sumX += s * u;
                sumY += s * v;
            }
        const int shiftU = static_cast<int>(std::lround((14.0 - ((sumX / mass + 0.5) / scale - 0.5)) * scale));
        const int shiftV = static_cast<int>(std::lround((14.0 - ((sumY / mass + 0.5) / scale - 0.5)) * scale));
        const Image28 image = ink.toCentredImage();
        for (int y = 0; y < 28; ++y)
            for (int x = 0; x < 28; ++x) {
                double sum = 0;
                for (int dv = 0; dv < scale; ++dv)
                    for (int du = 0; du < scale; ++du) {
                        const int u = x * scale + du - shiftU, v = y * scale + dv - shiftV;
                        if (u >= 0 && v >= 0 && u < side && v < side) sum += plain[static_cast<std::size_t>(v * side + u)];
                    }
                const double expected = std::min(1.0, sum / (scale * scale));
                QVERIFY2(std::abs(image.at(x, y) - expected) < 1e-5,
                         qPrintable(QString("trial %1, pixel %2,%3: %4 vs %5").arg(trial).arg(x).arg(y)
                                        .arg(image.at(x, y)).arg(expected)));
            }
    }
    QVERIFY(!InkBuffer().hasInk());
    InkBuffer blank;
    blank.raise(7, 7, 0.0f); // touched but not inked
    QVERIFY(!blank.hasInk());
}

// The reader averages over views of a drawing: the drawing itself first, then copies that move
// every point a little (slants and turns of about a tenth), each still a readable digit.
void TestPreprocess::viewsAreSlightlyChangedCopies() {
    const Drawing drawing = syntheticDigit(7);
    const std::vector<Drawing> views = drawingViews(drawing);
    QVERIFY(views.size() >= 3);
    double left = 1e300, right = -1e300, top = 1e300, bottom = -1e300;
    for (const Stroke& stroke : drawing.strokes)
        for (const StrokePoint& p : stroke)
            left = std::min(left, p.x), right = std::max(right, p.x), top = std::min(top, p.y), bottom = std::max(bottom, p.y);
    const double extent = std::max(right - left, bottom - top);
    for (std::size_t v = 0; v < views.size(); ++v) {
        QCOMPARE(views[v].strokes.size(), drawing.strokes.size());
        double furthest = 0;
        for (std::size_t s = 0; s < drawing.strokes.size(); ++s) {
            QCOMPARE(views[v].strokes[s].size(), drawing.strokes[s].size());
            for (std::size_t i = 0; i < drawing.strokes[s].size(); ++i) {
                const StrokePoint& a = drawing.strokes[s][i];
                const StrokePoint& b = views[v].strokes[s][i];
                furthest = std::max(furthest, std::hypot(a.x - b.x, a.y - b.y));
                QCOMPARE(b.pressure, a.pressure);
            }
        }
        if (v == 0)
            QCOMPARE(furthest, 0.0);
        else
            QVERIFY2(furthest > 0.01 * extent && furthest < 0.2 * extent, qPrintable(QString::number(furthest / extent)));
        QVERIFY(preprocessDrawing(views[v]).ok());
    }
    QCOMPARE(drawingViews(Drawing{}).size(), std::size_t(1));
}

// An image is read in the views a drawing is: itself first, then copies whose ink is slanted,
// turned and narrowed about its middle, with about as much ink.
void TestPreprocess::imageViewsSlantAndTurnTheInk() {
    Image28 bar; // an upright stroke, as a 1
    for (int y = 6; y < 22; ++y) bar.at(14, y) = bar.at(15, y) = 1.0f;
    const std::vector<Image28> views = imageViews(bar);
    QCOMPARE(views.size(), drawingViews(syntheticDigit(1)).size());
    QVERIFY(views[0].pixels == bar.pixels);
    const auto inkColumn = [](const Image28& image, int y) {
        double ink = 0, weighted = 0;
        for (int x = 0; x < Image28::kSide; ++x) ink += image.at(x, y), weighted += x * image.at(x, y);
        return ink > 0 ? weighted / ink : -1.0;
    };
    const auto totalInk = [](const Image28& image) {
        double ink = 0;
        for (float p : image.pixels) ink += p;
        return ink;
    };
    for (std::size_t v = 1; v < views.size(); ++v) {
        QVERIFY(views[v].pixels != bar.pixels);
        const double ink = totalInk(views[v]) / totalInk(bar);
        QVERIFY2(ink > 0.7 && ink < 1.3, qPrintable(QString::number(ink)));
        // The middle stays where it was; the top and the bottom lean apart or stay (narrowed).
        QVERIFY(std::abs(inkColumn(views[v], 14) - 14.5) < 0.6);
    }
    // Slanted both ways and turned both ways: the top row's ink moves one way, the bottom's the other.
    for (std::size_t v = 1; v <= 4; ++v) {
        const double top = inkColumn(views[v], 8) - 14.5, bottom = inkColumn(views[v], 19) - 14.5;
        QVERIFY2(std::abs(top) > 0.5 && top * bottom < 0, qPrintable(QString("%1 %2").arg(top).arg(bottom)));
    }
    QCOMPARE(imageViews(Image28{}).size(), std::size_t(1));
}

QTEST_APPLESS_MAIN(TestPreprocess)
#include "tst_preprocess.moc"
