// Makes the README's screenshots from the real app: draws digits, trains briefly, evaluates.
// usage: digitpad-screenshots OUT_DIR MNIST_DIR [--every-size] [--dark]   (under Xvfb: ./dev.sh screenshots)
// --language de|fr: the interface in that language;
// --every-size also saves each page at 800x600 and 1920x1080 into OUT_DIR/sizes; --dark gives the
// app the palette a dark system theme gives (Fusion's colours as KDE's Breeze Dark has them).
#include "AppDataPaths.h"
#include "CanvasWidget.h"
#include "ConfusionHeatmap.h"
#include "DrawPage.h"
#include "EvaluatePage.h"
#include "ExampleGallery.h"
#include "HandwritingPage.h"
#include "Language.h"
#include "MainWindow.h"
#include "ModelTable.h"
#include "ModelsPage.h"
#include "PredictionPanel.h"
#include "ProbabilityBars.h"
#include "SearchPanel.h"
#include "TrainPage.h"
#include "preprocess/Preprocess.h"
#include "support/GuiDriver.h"
#include "calibration/StyleDigits.h"
#include "support/SyntheticDigits.h"

#include <QApplication>
#include <QComboBox>
#include <QSlider>
#include <QSpinBox>
#include <QDir>
#include <QPalette>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

#include <cstdio>

using namespace digitpad;
using namespace digitpad::testing;

namespace {

void save(QWidget* window, const QString& path) {
    QCoreApplication::processEvents();
    window->grab().save(path);
    std::printf("wrote %s\n", qPrintable(path));
}

QPalette darkSystemPalette() {
    QPalette p;
    const QColor window(0x31, 0x36, 0x3b), base(0x23, 0x26, 0x29), text(0xef, 0xf0, 0xf1), highlight(0x3d, 0xae, 0xe9);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Mid, QColor(0x4d, 0x53, 0x59));
    p.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7f, 0x81, 0x83));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7f, 0x81, 0x83));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7f, 0x81, 0x83));
    return p;
}

} // namespace

int main(int argc, char* argv[]) {
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    QApplication app(argc, argv);
    QApplication::setApplicationName("DigitPad");
    QApplication::setOrganizationName("DigitPad");
    QSettings().clear();
    if (argc < 3) {
        std::fprintf(stderr, "usage: digitpad-screenshots OUT_DIR MNIST_DIR [--every-size]\n");
        return 2;
    }
    const QString out = argv[1];
    QDir().mkpath(out);
    const QStringList flags = QCoreApplication::arguments().mid(3);
    const int at = flags.indexOf("--language");
    // What a German or French desktop shows; else English, with its plural forms, as the app.
    installTranslations(app, at >= 0 && at + 1 < flags.size() ? QLocale(flags[at + 1]) : QLocale(QLocale::English));
    if (flags.contains("--dark")) {
        QApplication::setStyle("Fusion");
        QApplication::setPalette(darkSystemPalette());
    }

    MainWindow window;
    window.resize(1180, 760);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        std::fprintf(stderr, "the window never appeared\n");
        return 1;
    }

    CanvasWidget* canvas = window.drawPage()->canvas();
    DrawStyle style;
    style.slant = 0.12;
    style.jitter = 1.0;
    drawWithMouse(canvas, syntheticDigit(4, style));
    waitUntil([] { return false; }, 600);
    save(&window, out + "/draw.png");

    // "Why 4 and not 9?": a click on the 9's bar.
    ProbabilityBars* bars = window.drawPage()->panel()->bars();
    QTest::mouseClick(bars, Qt::LeftButton, {}, bars->rowRect(9).center().toPoint());
    waitUntil([] { return false; }, 600);
    save(&window, out + "/why-not.png");
    QTest::mouseClick(bars, Qt::LeftButton, {}, bars->rowRect(9).center().toPoint());

    canvas->clear();
    drawWithMouse(canvas, syntheticNumber({2, 0, 2, 6}, 0.15, 0.3, 4).drawing);
    waitUntil([] { return false; }, 600);
    save(&window, out + "/number.png");

    TrainPage* train = window.trainPage();
    window.tabs()->setCurrentWidget(train);
    train->setDataFolder(argv[2]);
    TrainingOptions options;
    options.epochs = 3;
    options.limit = 6000;
    options.validationFraction = 0.1;
    train->setOptions(options, "default");
    train->start();
    if (!waitUntil([train] { return !train->isTraining() && train->useButton()->isEnabled(); }, 600000)) return 1;
    train->epochSlider()->setValue(2); // replaying the run: epoch 2 marked on the charts
    save(&window, out + "/train.png");
    train->epochSlider()->setValue(3);

    EvaluatePage* evaluate = window.evaluatePage();
    window.tabs()->setCurrentWidget(evaluate);
    evaluate->evaluateModel(window.activeModel(), argv[2], QCoreApplication::translate("digitpad::MainWindow", "bundled"));
    if (!waitUntil([evaluate] { return !evaluate->isEvaluating() && evaluate->heatmap()->hasMatrix(); }, 300000)) return 1;
    const QPoint cell = evaluate->heatmap()->cellRect(4, 9).center().toPoint();
    QTest::mouseMove(evaluate->heatmap(), cell);
    QTest::mouseClick(evaluate->heatmap(), Qt::LeftButton, Qt::NoModifier, cell);
    save(&window, out + "/evaluate.png");

    // One of those 4s read as 9s, double-clicked: on the pad, asked "why 9 and not 4?".
    if (ExampleGallery* gallery = evaluate->gallery(); gallery->count() > 0) {
        const QPoint first = gallery->visualItemRect(gallery->item(0)).center();
        QTest::mouseClick(gallery->viewport(), Qt::LeftButton, {}, first);
        QTest::mouseDClick(gallery->viewport(), Qt::LeftButton, {}, first);
        waitUntil([] { return false; }, 600);
        ProbabilityBars* bars = window.drawPage()->panel()->bars();
        QTest::mouseClick(bars, Qt::LeftButton, {}, bars->rowRect(4).center().toPoint());
        waitUntil([] { return false; }, 600);
        save(&window, out + "/opened.png");
        window.drawPage()->canvas()->clear();
    }

    // Two classical models next to the CNNs, compared on the whole test set.
    ModelsPage* models = window.modelsPage();
    window.tabs()->setCurrentWidget(models);
    for (const char* type : {"rf-raw", "svm-hog"}) {
        models->typeBox()->setCurrentIndex(models->typeBox()->findData(type));
        models->imagesBox()->setValue(10000);
        models->startTraining();
        if (!waitUntil([models] { return !models->isBusy(); }, 600000)) return 1;
    }
    models->startComparison();
    if (!waitUntil([models] { return !models->isBusy(); }, 600000)) return 1;
    models->table()->selectRow(models->modelCount() - 1);
    save(&window, out + "/models.png");
    QDir(savedModelsFolder()).removeRecursively();

    // A random search over the RBF SVM's C and gamma on HOG features.
    SearchPanel* search = models->searchPanel();
    models->views()->setCurrentWidget(search);
    search->searchBox()->setCurrentIndex(search->searchBox()->findData("random"));
    search->trialsBox()->setValue(12);
    search->foldsBox()->setValue(3);
    search->imagesBox()->setValue(1500);
    search->start();
    if (!waitUntil([search] { return !search->isSearching(); }, 600000)) return 1;
    waitUntil([] { return false; }, 300);
    save(&window, out + "/search.png");
    models->views()->setCurrentIndex(0);

    // A dozen labelled drawings and an adaptation run.
    HandwritingPage* handwriting = window.handwritingPage();
    window.tabs()->setCurrentWidget(handwriting);
    // Continental styles: flagged and based 1s, open 4s, crossed and hooked 7s, curled 9s.
    for (const StyledDrawing& d : styleSet(6, 17)) {
        const int digit = d.label[0] - '0';
        if (digit != 1 && digit != 4 && digit != 7 && digit != 9) continue;
        if (const Preprocessed input = preprocessDrawing(d.drawing); input.ok()) handwriting->addSample(*input.image, digit);
    }
    handwriting->startAdapting();
    if (!waitUntil([handwriting] { return !handwriting->isAdapting(); }, 600000)) return 1;
    // Evaluate on my drawings, and open the cell with the most mistakes.
    handwriting->evaluateSamples(); // read off the window's thread
    if (!waitUntil([handwriting] { return !handwriting->heatmap()->isHidden() && handwriting->heatmap()->hasMatrix(); }, 60000))
        return 1;
    const ConfusionMatrix& matrix = handwriting->heatmap()->matrix();
    int worstTruth = 7, worstRead = 7; // all right: show the 7s, crossed ones among them
    for (int t = 0; t < 10; ++t)
        for (int p = 0; p < 10; ++p)
            if (t != p && matrix.count(t, p) > matrix.count(worstTruth, worstRead)) {
                worstTruth = t;
                worstRead = p;
            }
    QCoreApplication::processEvents();
    QTest::mouseClick(handwriting->heatmap(), Qt::LeftButton, Qt::NoModifier,
                      handwriting->heatmap()->cellRect(worstTruth, worstRead).center().toPoint());
    save(&window, out + "/handwriting.png");

    // Every page on a small and a large screen, to be looked at (not in the README).
    if (flags.contains("--every-size")) {
        QDir().mkpath(out + "/sizes");
        window.tabs()->setCurrentWidget(window.drawPage());
        canvas->clear();
        drawWithMouse(canvas, syntheticNumber({1, 7, 4}, 0.15, 0.3, 2).drawing);
        waitUntil([] { return false; }, 600);
        for (const QSize size : {QSize(800, 600), QSize(1920, 1080)})
            for (int page = 0; page < window.tabs()->count(); ++page) {
                window.tabs()->setCurrentIndex(page);
                window.resize(size);
                waitUntil([] { return false; }, 300);
                save(&window, QStringLiteral("%1/sizes/%2-%3x%4.png").arg(out).arg(page).arg(size.width()).arg(size.height()));
            }
    }
    QDir(appDataFolder()).removeRecursively();
    return 0;
}
