// The app as a person uses it, on the offscreen platform: strokes drawn with the mouse get
// recognized; undo and clear; a tiny training run from the Train page fills the charts and can
// be cancelled; a heatmap click fills the gallery; a missing data folder shows a message.
#include "AppDataPaths.h"
#include "CanvasWidget.h"
#include "Colours.h"
#include "ConfusionHeatmap.h"
#include "DrawPage.h"
#include "ElidedLabel.h"
#include "FileDialogs.h"
#include "EvaluatePage.h"
#include "ExampleGallery.h"
#include "HandwritingPage.h"
#include "InsightView.h"
#include "Language.h"
#include "MainWindow.h"
#include "ModelTable.h"
#include "ModelWords.h"
#include "LocalNumbers.h"
#include "ModelsPage.h"
#include "PredictionPanel.h"
#include "ProbabilityBars.h"
#include "ReportTable.h"
#include "SampleEvaluationView.h"
#include "SearchPanel.h"
#include "SettingsKeys.h"
#include "TrialPlot.h"
#include "TrainPage.h"
#include "TrainForm.h"
#include "TrainingCharts.h"
#include "catalogue/KnownModels.h"
#include "model/EnsembleClassifier.h"
#include "cnn/CnnClassifier.h"
#include "BundledModel.h"
#include "model/SecondOpinionClassifier.h"
#include "io/StrokesJson.h"
#include "onnx/OnnxExport.h"
#include "Recognizer.h"
#include "preprocess/InkBox.h"
#include "preprocess/Preprocess.h"
#include "reading/DrawingReader.h"
#include "support/GuiDriver.h"
#include "calibration/StyleDigits.h"
#include "model/DrawingOffsets.h"
#include "support/SyntheticDigits.h"
#include "support/SyntheticMnist.h"
#include "train/Trainer.h"
#include "data/Dataset.h"
#include "metrics/Evaluate.h"
#include "reading/DrawingReader.h"
#include "classic/ClassicModels.h"
#include "classic/Tuning.h"
#include "util/FileIo.h"

#include <QChartView>
#include <QLogValueAxis>
#include <QScatterSeries>
#include <QTableWidget>
#include <QTabWidget>
#include <QComboBox>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStatusBar>
#include <QScopeGuard>
#include <QTranslator>
#include <QStyleFactory>
#include <QAccessible>
#include <QScrollBar>
#include <QAbstractButton>
#include <QValueAxis>
#include <QListWidget>
#include <QMenuBar>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QClipboard>
#include <QMimeData>
#include <QDropEvent>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QCheckBox>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace digitpad;
using namespace digitpad::testing;

class TestGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void drawnStrokesAreRecognized();
    void undoAndClear();
    void keyboardClearsTheCanvas();
    void trainingFromTheTrainPageUpdatesCharts();
    void trainingCanBeCancelledQuickly();
    void anEpochIsUsedWhileTheRunGoesOn();
    void heatmapClickFillsGallery();
    void missingDataFolderShowsMessage();
    void longDataFolderKeepsItsEnds();
    void badModelFileKeepsCurrentModel();
    void corruptSettingsFallBackToDefaults();
    void newerModelFormatIsExplained();
    void modelsPageTrainsComparesAndSwitches();
    void drawnNumberIsReadWithBoxes();
    void seeWhyFollowsTheDrawing();
    void whyThisDigitAndNotThatOne();
    void whyNotWorksOnACloseRunnerUp();
    void galleryImagesOpenOnThePad();
    void picturesOpenOnThePad();
    void replayTrainingEpochByEpoch();
    void searchParametersFromTheModelsPage();
    void handwritingSamplesAndAdaptation();
    void cancelledClassicTrainingAddsNothing();
    void epochAxesShowWholeEpochs();
    void aboutCreditsEveryComponent();
    void canvasAndPredictReadTheSame();
    void canvasPaintsPointByPointAsAWholeRedraw();
    void keysActOnTheirOwnPage();
    void exportsNeedSomethingToExport();
    void savingASampleClearsThePad();
    void bundledModelIsAlwaysListed();
    void everyPageFitsSmallAndLargeScreens_data();
    void everyPageFitsSmallAndLargeScreens();
    void windowOpensInsideTheScreen();
    void modelsMadeInTheAppOutliveARestart();
    void modelsPageFormOutlivesARestart();
    void oldAppDataMovesToTheAppsFolder();
    void figuresBelongToTheirModel();
    void modelsAreToldApartByName();
    void fileDialogsKeepTheSuffixAndTheFolder();
    void modelExportsAsOnnx();
    void everyControlHasAnAccessibleName();
    void barsWorkFromTheKeyboardAndAScreenReader();
    void heatmapGalleryAndPadWorkFromTheKeyboard();
    void themeColoursReadOnTheirBackground_data();
    void themeColoursReadOnTheirBackground();
    void tabReachesEveryControlOnEveryPage();
    void keyboardAloneReachesEveryFunction();
    void buttonsNameTheirShortcuts();
    void numbersFollowTheLanguage();
    void pluralsTakeEachLanguagesForms();
    void anEmptyGalleryPaintsItsPlaceholder();
    void languageFollowsTheSystemOrTheMenu();
    void canvasInkAndMarksFit();
    void shrunkPadKeepsTheDrawingInView();
    void everyDisabledButtonSaysWhy();

private:
    QTemporaryDir dir_;
    QString data_;
    std::shared_ptr<Classifier> model_;
    std::unique_ptr<MainWindow> window_;
};

namespace {

// Takes every translation installTranslations() added off the application.
void removeTranslations() {
    for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

// A scroll area's viewport: part of its view, not a control of its own.
bool tooltipNames(QAbstractButton* button, const QString& keys) { return button->toolTip().contains("(" + keys + ")"); }

bool isViewport(const QWidget* widget) {
    const auto* area = qobject_cast<const QAbstractScrollArea*>(widget->parentWidget());
    return area && area->viewport() == widget;
}

QAction* menuAction(MainWindow* window, const QString& text) {
    for (QAction* action : window->menuBar()->findChildren<QAction*>())
        if (action->text() == text) return action;
    return nullptr;
}

// Answers the next file dialog as a person would: notes the folder it opened in, then types
// `name` and presses Save/Open (an empty name cancels).
void answerFileDialog(const QString& name, QString* openedIn, int triesLeft = 300) {
    QTimer::singleShot(10, [=] {
        auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            if (triesLeft > 0) answerFileDialog(name, openedIn, triesLeft - 1);
            return;
        }
        *openedIn = dialog->directory().absolutePath();
        if (name.isEmpty()) {
            dialog->reject();
            return;
        }
        if (auto* typed = dialog->findChild<QLineEdit*>("fileNameEdit")) typed->setText(name);
        QMetaObject::invokeMethod(dialog, "accept");
        if (dialog->isVisible()) dialog->reject(); // never left open: the test would hang
    });
}

// The smallest calibration that still fits the drawing offsets: 300 drawings, not 2,400, so
// that every run the tests start stays quick under ThreadSanitizer.
void calibrateBriefly(TrainPage* train) { train->setCalibrationDrawingsPerDigit(static_cast<int>(kDrawingsPerDigitForOffsets)); }

// Starts a one-epoch run of the seed CNN on the Train page.
void startTinyTraining(TrainPage* train) {
    TrainingOptions options;
    options.epochs = 1;
    options.batchSize = 16;
    train->setOptions(options, "seed");
    train->start();
}

void chooseType(ModelsPage* page, const QString& name) {
    const int index = page->typeBox()->findData(name);
    QVERIFY(index >= 0);
    page->typeBox()->setCurrentIndex(index);
}

} // namespace

void TestGui::initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName("DigitPadTest");
    QCoreApplication::setApplicationName("DigitPadTest");
    // Test mode's folders outlive a run: models and samples an earlier run kept would be listed.
    QDir(appDataFolder()).removeRecursively();
    installTranslations(*QCoreApplication::instance(), QLocale::system()); // as the app starts: English's plurals
    data_ = dir_.path() + "/mnist";
    QDir().mkpath(data_);
    writeSyntheticMnist(data_, 20);
    // A model that knows the synthetic handwriting, so the expected digit is known.
    auto model = std::make_shared<CnnClassifier>("seed", 3);
    TrainingOptions options;
    options.epochs = 4;
    options.batchSize = 16;
    trainCnn(*model, syntheticDataset(40, 1), options);
    model_ = model;
}

void TestGui::init() {
    QSettings().clear();
    window_ = std::make_unique<MainWindow>();
    window_->resize(1000, 700);
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    window_->setActiveModel(model_, "test");
    window_->trainPage()->setDataFolder(data_);
    calibrateBriefly(window_->trainPage());
}

void TestGui::drawnStrokesAreRecognized() {
    CanvasWidget* canvas = window_->drawPage()->canvas();
    PredictionPanel* panel = window_->drawPage()->panel();
    QCOMPARE(panel->shownDigit(), -1);
    for (int digit : {7, 0, 3}) {
        canvas->clear();
        drawWithMouse(canvas, syntheticDigit(digit, variedStyle(digit)));
        QVERIFY2(waitUntil([&] { return panel->shownDigit() == digit; }, 5000),
                 qPrintable(QString("drew %1, shown %2").arg(digit).arg(panel->shownDigit())));
        QCOMPARE(panel->digitText(), QString::number(digit));
        const Probabilities p = panel->bars()->probabilities();
        QCOMPARE(argmax(p), digit);
    }
}

void TestGui::undoAndClear() {
    CanvasWidget* canvas = window_->drawPage()->canvas();
    drawWithMouse(canvas, syntheticDigit(4)); // two strokes
    QCOMPARE(canvas->drawing().strokes.size(), std::size_t(2));
    canvas->undoStroke();
    QCOMPARE(canvas->drawing().strokes.size(), std::size_t(1));
    QVERIFY(waitUntil([&] { return window_->drawPage()->panel()->shownDigit() >= 0; }, 5000));
    canvas->clear();
    QVERIFY(canvas->isEmpty());
    QVERIFY(waitUntil([&] { return window_->drawPage()->panel()->shownDigit() == -1; }, 5000));
    QCOMPARE(window_->drawPage()->panel()->digitText(), QString("?"));
    canvas->undoStroke(); // takes the Clear back
    QCOMPARE(canvas->drawing().strokes.size(), std::size_t(1));
    canvas->undoStroke();
    canvas->undoStroke(); // nothing left: harmless
    QVERIFY(canvas->isEmpty());
}

void TestGui::keyboardClearsTheCanvas() {
    CanvasWidget* canvas = window_->drawPage()->canvas();
    drawWithMouse(canvas, syntheticDigit(1));
    QVERIFY(!canvas->isEmpty());
    canvas->setFocus();
    QTest::keyClick(window_.get(), Qt::Key_Escape);
    QVERIFY(canvas->isEmpty());
    drawWithMouse(canvas, syntheticDigit(4));
    QTest::keyClick(window_.get(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(canvas->drawing().strokes.size(), std::size_t(1));
}

void TestGui::trainingFromTheTrainPageUpdatesCharts() {
    TrainPage* page = window_->trainPage();
    TrainingOptions options;
    options.epochs = 2;
    options.batchSize = 16;
    options.validationFraction = 0.2;
    page->setOptions(options, "seed");
    QVERIFY(page->startButton()->isEnabled());
    QTest::mouseClick(page->startButton(), Qt::LeftButton);
    QVERIFY(page->isTraining());
    QVERIFY(!page->startButton()->isEnabled());
    QVERIFY(waitUntil([&] { return !page->isTraining() && page->useButton()->isEnabled(); }, 120000));
    QCOMPARE(page->charts()->epochPointCount(), 2);
    QVERIFY(page->charts()->batchPointCount() >= 2);
    QVERIFY2(page->resultLabel()->text().contains("Test accuracy"), qPrintable(page->resultLabel()->text()));
    // The model the run made reads drawings as the bundled one does: calibrated on drawings like people's.
    QVERIFY2(page->resultLabel()->text().contains("drawings like people's"), qPrintable(page->resultLabel()->text()));
    QVERIFY(page->candidate()->metadata().count("temperature") == 1);
    QVERIFY(drawingOffsetsOf(page->candidate()->metadata()));
    QCOMPARE(QString::fromStdString(page->candidate()->kind()), QString("second-opinion")); // the bundled one's
    // The previous model stays active until the user chooses the new one.
    QVERIFY(window_->activeModel() == model_);
    QTest::mouseClick(page->useButton(), Qt::LeftButton);
    QVERIFY(window_->activeModel() == page->candidate());
    // The evaluation of the new model reached the Evaluate page.
    QVERIFY(window_->evaluatePage()->heatmap()->hasMatrix());
}

void TestGui::trainingCanBeCancelledQuickly() {
    TrainPage* page = window_->trainPage();
    TrainingOptions options;
    options.epochs = 100;
    page->setOptions(options, "seed");
    page->start();
    QVERIFY(waitUntil([&] { return page->charts()->batchPointCount() > 0; }, 30000));
    QTest::mouseClick(page->cancelButton(), Qt::LeftButton);
    // Stopping within the batch in flight is counted in tst_training; here the page must come
    // back well before the 100 epochs would end, on a loaded machine or under a sanitizer too.
    QVERIFY(waitUntil([&] { return !page->isTraining(); }, 10000));
    QVERIFY(page->startButton()->isEnabled());
    // Consistent afterwards, whether or not an epoch finished before the click (an epoch of the
    // test's 200 images takes a few tens of milliseconds): a candidate exactly when the charts
    // show a finished epoch, and the active model untouched.
    const int finished = page->charts()->epochPointCount();
    QVERIFY(finished < 100);
    QCOMPARE(page->candidate() != nullptr, finished > 0);
    QCOMPARE(page->useButton()->isEnabled(), finished > 0);
    QVERIFY(page->resultLabel()->text().contains("Cancelled"));
    if (finished > 0) QVERIFY(page->resultLabel()->text().contains(QString("(%1)").arg(finished)));
    // The progress bar shows what was kept rather than dropping to nothing.
    QCOMPARE(page->progressBar()->maximum(), 100);
    QCOMPARE(page->progressBar()->value(), finished);
    QVERIFY2(page->progressBar()->text().contains(QString("%1 of 100 epochs kept").arg(finished)),
             qPrintable(page->progressBar()->text()));
    QVERIFY(window_->activeModel() == model_);
}

// Use takes a finished epoch while the run goes on (the training job is busy): it is calibrated
// beside the run, and the run is left as it was.
void TestGui::anEpochIsUsedWhileTheRunGoesOn() {
    TrainPage* page = window_->trainPage();
    TrainingOptions options;
    options.epochs = 1000;
    page->setOptions(options, "seed");
    page->start();
    QVERIFY(waitUntil([&] { return page->useButton()->isEnabled(); }, 60000)); // an epoch is kept
    QTest::mouseClick(page->useButton(), Qt::LeftButton);
    QVERIFY(!page->useButton()->isEnabled());
    QVERIFY(waitUntil([&] { return window_->activeModel() != model_; }, 120000));
    QVERIFY(window_->activeModel()->isCalibrated() && drawingOffsetsOf(window_->activeModel()->metadata()));
    QVERIFY(page->isTraining() && !page->startButton()->isEnabled() && page->cancelButton()->isEnabled());
    page->cancel();
    QVERIFY(waitUntil([&] { return !page->isTraining(); }, 10000));
    QVERIFY(page->startButton()->isEnabled());
}

void TestGui::heatmapClickFillsGallery() {
    EvaluatePage* page = window_->evaluatePage();
    // An empty heatmap has no cell to click yet: the line under it says so.
    QVERIFY(page->galleryTitle()->text().startsWith("After an evaluation, click a cell"));
    QTest::mouseClick(page->evaluateButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return !page->isEvaluating() && page->heatmap()->hasMatrix(); }, 60000));
    QCOMPARE(page->galleryTitle()->text(), QString("Click a cell of the heatmap to see its test images."));
    const ConfusionMatrix& m = page->heatmap()->matrix();
    QCOMPARE(m.total(), std::size_t(200));
    const QPoint cell = page->heatmap()->cellRect(2, 2).center().toPoint();
    QTest::mouseClick(page->heatmap(), Qt::LeftButton, Qt::NoModifier, cell);
    QCOMPARE(static_cast<std::size_t>(page->gallery()->count()), m.count(2, 2));
    QVERIFY(page->gallery()->count() > 0);
    QVERIFY(page->heatmap()->cellDescription(2, 2).contains("True 2, predicted 2"));
    // Counts in plain English: "1 image", "5 images", never "image(s)".
    ConfusionHeatmap counts;
    ConfusionMatrix one;
    one.add(3, 5);
    for (int i = 0; i < 4; ++i) one.add(3, 3);
    counts.setMatrix(one);
    QVERIFY2(counts.cellDescription(3, 5).contains(": 1 image,"), qPrintable(counts.cellDescription(3, 5)));
    QVERIFY2(counts.cellDescription(3, 3).contains(": 4 images,"), qPrintable(counts.cellDescription(3, 3)));
    QVERIFY(!page->heatmap()->cellDescription(2, 2).contains("(s)"));
    // Small, as on My handwriting at 800x600: the legend's "100%" is whole.
    counts.resize(300, 260);
    const double legendText = counts.cellRect(0, 9).right() + 40 + counts.fontMetrics().horizontalAdvance("100%");
    QVERIFY2(legendText <= counts.width(), qPrintable(QString::number(legendText)));
}

// A long MNIST folder keeps its start and its end in view ("/usr/…/digitpad/mnist"), whole on hover.
void TestGui::longDataFolderKeepsItsEnds() {
    TrainPage* page = window_->trainPage();
    window_->tabs()->setCurrentWidget(page);
    const QString deep = "/usr/share/" + QString("a-rather-long-folder-name/").repeated(6) + "digitpad/mnist";
    page->setDataFolder(deep);
    window_->resize(800, 600);
    QCoreApplication::processEvents();
    auto* shown = page->form()->findChild<ElidedLabel*>();
    QVERIFY(shown);
    QCOMPARE(shown->fullText(), deep);
    QCOMPARE(page->dataFolder(), deep);
    QVERIFY2(shown->text().startsWith("/usr/") && shown->text().endsWith("/mnist") && shown->text().contains(QChar(0x2026)),
             qPrintable(shown->text()));
    QCOMPARE(shown->toolTip(), deep);
    page->setDataFolder(data_);
}

void TestGui::missingDataFolderShowsMessage() {
    TrainPage* page = window_->trainPage();
    page->setDataFolder(dir_.path() + "/no-such-folder");
    QVERIFY(!page->dataProblemLabel()->isHidden());
    QVERIFY2(page->dataProblemLabel()->text().contains("does not exist"), qPrintable(page->dataProblemLabel()->text()));
    QVERIFY(!page->startButton()->isEnabled());
    page->start(); // a shortcut cannot start it either
    QVERIFY(!page->isTraining());
    page->setDataFolder(dir_.path()); // exists, but holds no MNIST
    QVERIFY(page->dataProblemLabel()->text().contains("train-images"));
    // An installed user has no development script: the advice is to reinstall or choose a folder.
    QVERIFY2(!page->dataProblemLabel()->text().contains("dev.sh"), qPrintable(page->dataProblemLabel()->text()));
    QVERIFY(page->dataProblemLabel()->text().contains("reinstall"));
    page->setDataFolder(data_);
    QVERIFY(page->dataProblemLabel()->isHidden());
    QVERIFY(page->startButton()->isEnabled());
}

void TestGui::badModelFileKeepsCurrentModel() {
    const QString path = dir_.path() + "/broken.dpm";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("DIGITPAD garbage");
    file.close();
    QTimer::singleShot(300, [] {
        if (QWidget* box = QApplication::activeModalWidget()) box->close(); // dismiss the message
    });
    QVERIFY(!window_->openModel(path));
    QVERIFY(window_->activeModel() == model_);
}

void TestGui::corruptSettingsFallBackToDefaults() {
    window_.reset();
    {
        QSettings settings;
        settings.setValue("train/epochs", "banana");
        settings.setValue("train/batch", -7);
        settings.setValue("train/learningRate", "nan");
        settings.setValue("train/subset", 1e12);
        settings.setValue("train/validation", "x");
        settings.setValue("train/architecture", "vgg");
        settings.setValue("window/geometry", QByteArray("not a geometry"));
        settings.setValue("model/path", dir_.path() + "/missing.dpm");
    }
    MainWindow window;
    window.show();
    const TrainingOptions o = window.trainPage()->options();
    QVERIFY(o.epochs >= 1 && o.epochs <= 100);
    QVERIFY(o.batchSize >= 1);
    QVERIFY(o.learningRate > 0 && o.learningRate < 1);
    QVERIFY(o.limit <= 60000);
    QVERIFY(o.validationFraction >= 0 && o.validationFraction < 1);
    QVERIFY(validateTrainingOptions(o).empty());
    QVERIFY(window.width() >= 400 && window.height() >= 300);
    QVERIFY(window.activeModel() != nullptr); // fell back to the bundled model
}

void TestGui::newerModelFormatIsExplained() {
    std::string bytes = CnnClassifier("seed").toBytes();
    bytes[8] = 9; // format version 9, from a future DigitPad
    const QString path = dir_.path() + "/future.dpm";
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes.data(), static_cast<qint64>(bytes.size()));
    file.close();
    QString shown;
    QTimer::singleShot(300, [&shown] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            shown = box->text();
            box->close();
        }
    });
    QVERIFY(!window_->openModel(path));
    QVERIFY2(shown.contains("newer DigitPad") && shown.contains("current model stays active"), qPrintable(shown));
    QVERIFY(window_->activeModel() == model_);
}

void TestGui::modelsPageTrainsComparesAndSwitches() {
    QDir(savedModelsFolder()).removeRecursively();
    ModelsPage* page = window_->modelsPage();
    window_->tabs()->setCurrentWidget(page); // its buttons are clicked where a person sees them
    const int before = page->modelCount(); // the bundled model and the test's model
    QVERIFY(before >= 1);
    chooseType(page, "rf-raw");
    QVERIFY(page->parametersEdit()->text().contains("trees=100"));
    page->parametersEdit()->setText("trees=30");
    page->imagesBox()->setValue(200);
    QTest::mouseClick(page->trainButton(), Qt::LeftButton);
    QVERIFY(page->isBusy());
    QVERIFY(!page->trainButton()->isEnabled());
    QVERIFY(waitUntil([&] { return !page->isBusy() && page->modelCount() == before + 1; }, 60000));
    const int row = before;
    QVERIFY2(page->table()->item(row, ModelTable::Accuracy)->text().endsWith('%'), qPrintable(page->statusLabel()->text()));
    QVERIFY(page->table()->item(row, ModelTable::Description)->text().contains("30 trees"));
    const QStringList saved = QDir(savedModelsFolder()).entryList({"rf-raw-*.dpm"});
    QCOMPARE(saved.size(), 1);

    // Use it: the canvas now recognizes with the forest, and the choice survives a restart.
    page->table()->selectRow(row);
    QTest::mouseClick(page->useButton(), Qt::LeftButton);
    QCOMPARE(window_->activeModel()->kind(), std::string("forest"));
    window_->drawPage()->canvas()->clear();
    drawWithMouse(window_->drawPage()->canvas(), syntheticDigit(7));
    QVERIFY(waitUntil([&] { return window_->drawPage()->panel()->shownDigit() >= 0; }, 5000));
    // A forest has no insides to show: See why says so, with no empty black box or layer list.
    InsightView* insight = window_->drawPage()->insight();
    QVERIFY2(insight->caption().contains("classical"), qPrintable(insight->caption()));
    for (QWidget* part : insight->findChildren<QWidget*>())
        if (qobject_cast<QComboBox*>(part) || part->styleSheet().contains("background: black"))
            QVERIFY2(!part->isVisibleTo(insight), part->metaObject()->className());

    // Compare fills every row.
    QTest::mouseClick(page->compareButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return !page->isBusy(); }, 60000));
    for (int r = 0; r < page->modelCount(); ++r) {
        QVERIFY2(page->table()->item(r, ModelTable::Accuracy)->text().endsWith('%'), qPrintable(page->statusLabel()->text()));
        // The time is that of the app's reading, every view, and says so.
        QVERIFY(page->table()->item(r, ModelTable::MsPerImage)->toolTip().contains("six views"));
    }

    window_ = std::make_unique<MainWindow>();
    QCOMPARE(window_->activeModel()->kind(), std::string("forest"));
    int forests = 0;
    for (int r = 0; r < window_->modelsPage()->modelCount(); ++r)
        forests += window_->modelsPage()->table()->item(r, ModelTable::Name)->text().startsWith("rf-raw");
    QCOMPARE(forests, 1);
    QDir(savedModelsFolder()).removeRecursively();
}

void TestGui::drawnNumberIsReadWithBoxes() {
    window_->setActiveModel(loadBundledModel(), "bundled");
    CanvasWidget* canvas = window_->drawPage()->canvas();
    PredictionPanel* panel = window_->drawPage()->panel();
    drawWithMouse(canvas, syntheticNumber({2, 0, 2, 6}, 0.25, 0.35, 4).drawing);
    QVERIFY2(waitUntil([&] { return panel->numberText() == "2026"; }, 5000), qPrintable(panel->numberText()));
    QCOMPARE(canvas->digitMarks().size(), std::size_t(4));
    for (std::size_t i = 1; i < 4; ++i) QVERIFY(canvas->digitMarks()[i].box.left() > canvas->digitMarks()[i - 1].box.right());
    QVERIFY(canvas->digitMarks()[3].label.startsWith("6 · "));
    // A single digit shows no number line and no boxes.
    canvas->clear();
    QVERIFY(canvas->digitMarks().empty());
    drawWithMouse(canvas, syntheticDigit(5));
    QVERIFY(waitUntil([&] { return panel->shownDigit() == 5; }, 5000));
    QVERIFY(panel->numberText().isEmpty());
    QVERIFY(canvas->digitMarks().empty());
}

namespace {

// The two best digits of a reading's bars: the one read and the runner-up.
std::pair<int, int> topTwo(const Probabilities& p) {
    Probabilities others = p;
    const int first = argmax(p);
    others[static_cast<std::size_t>(first)] = -1;
    return {first, argmax(others)};
}

} // namespace

// Why not, asked of the bar that matters most: the runner-up of a close reading, alone or as a
// number's least sure digit, the digit the bars show (issue: a click on it once did nothing).
void TestGui::whyNotWorksOnACloseRunnerUp() {
    window_->setActiveModel(loadBundledModel(), "bundled");
    DrawPage* page = window_->drawPage();
    ProbabilityBars* bars = page->panel()->bars();
    CanvasWidget* canvas = page->canvas();
    const auto askRunnerUp = [&](const QString& case_) {
        const auto [read, runnerUp] = topTwo(bars->probabilities());
        QCOMPARE(page->panel()->shownDigit(), read);
        const QString number = page->panel()->numberText();
        QTest::mouseClick(bars, Qt::LeftButton, {}, bars->rowRect(runnerUp).center().toPoint());
        QVERIFY2(waitUntil([&] { return page->insight()->contrastedWith() == runnerUp; }, 5000),
                 qPrintable(QString("%1: asked %2, contrast %3").arg(case_).arg(runnerUp).arg(page->insight()->contrastedWith())));
        QCOMPARE(bars->asked(), runnerUp);
        QVERIFY(page->insight()->caption().startsWith(QString("Why %1 and not %2").arg(read).arg(runnerUp)));
        QCOMPARE(page->panel()->numberText(), number); // asking changes nothing read
    };
    canvas->clear();
    drawWithMouse(canvas, syntheticNumber({2, 0, 7}, 0.25, 0.35, 4).drawing);
    QVERIFY2(waitUntil([&] { return page->panel()->numberText() == "207" && page->insight()->hasInspection(); }, 5000),
             qPrintable(page->panel()->numberText()));
    askRunnerUp("207");
    // Hasty drawings the model reads almost evenly between two digits, as the pad reads them.
    const std::unique_ptr<Classifier> reader = loadBundledModel();
    int close = 0;
    for (const StyledDrawing& styled : styleSet(60, 2, 1.3)) {
        const DrawingReading reading = readDrawing(*reader, styled.drawing);
        if (reading.digits.size() != 1) continue;
        const Probabilities& p = reading.digits[0].probabilities;
        const auto [first, second] = topTwo(p);
        if (p[static_cast<std::size_t>(first)] - p[static_cast<std::size_t>(second)] > 0.1) continue;
        canvas->clear();
        drawWithMouse(canvas, styled.drawing);
        QVERIFY(waitUntil([&] { return page->insight()->hasInspection() && page->insight()->contrastedWith() == -1; }, 5000));
        const Probabilities shown = bars->probabilities();
        const auto [read, runnerUp] = topTwo(shown);
        if (shown[static_cast<std::size_t>(read)] - shown[static_cast<std::size_t>(runnerUp)] > 0.2) continue;
        askRunnerUp(QString::fromStdString(styled.label + " " + styled.variant));
        if (++close == 3) break;
    }
    QVERIFY2(close > 0, "no close reading among hasty set B's drawings");
    canvas->clear();
}

void TestGui::seeWhyFollowsTheDrawing() {
    InsightView* insight = window_->drawPage()->insight();
    QVERIFY(!insight->hasInspection());
    CanvasWidget* canvas = window_->drawPage()->canvas();
    drawWithMouse(canvas, syntheticDigit(3));
    QVERIFY(waitUntil([&] { return insight->hasInspection(); }, 5000));
    QCOMPARE(insight->shownMapCount(), 32); // the test model is a seed CNN: 32 maps in its first layer
    QCOMPARE(insight->layerBox()->count(), 3);
    // Every layer's name fits the list, on a small screen too.
    for (const QSize size : {QSize(800, 600), QSize(1000, 700)}) {
        window_->resize(size);
        QCoreApplication::processEvents();
        QComboBox* box = insight->layerBox();
        for (int i = 0; i < box->count(); ++i)
            QVERIFY2(box->fontMetrics().horizontalAdvance(box->itemText(i)) + 24 <= box->width() || !box->isVisibleTo(window_.get()),
                     qPrintable(QString("%1 in %2 pixels").arg(box->itemText(i)).arg(box->width())));
    }
    insight->layerBox()->setCurrentIndex(1);
    QCOMPARE(insight->shownMapCount(), 64);
    canvas->clear();
    QVERIFY(waitUntil([&] { return !insight->hasInspection(); }, 5000));
    // A classical model has no layers to show, and says so.
    auto forest = trainClassicModel(*findClassicModelType("rf-raw"), defaultParameters(*findClassicModelType("rf-raw"), {{"trees", 10}}),
                                    syntheticDataset(10, 1));
    window_->setActiveModel(std::move(forest), "forest");
    drawWithMouse(canvas, syntheticDigit(3));
    QVERIFY(waitUntil([&] { return window_->drawPage()->panel()->shownDigit() >= 0; }, 5000));
    QVERIFY(!insight->hasInspection());
}

void TestGui::whyThisDigitAndNotThatOne() {
    DrawPage* page = window_->drawPage();
    InsightView* insight = page->insight();
    ProbabilityBars* bars = page->panel()->bars();
    CanvasWidget* canvas = page->canvas();
    canvas->clear();
    drawWithMouse(canvas, syntheticDigit(4));
    QVERIFY(waitUntil([&] { return insight->hasInspection(); }, 5000));
    const int read = page->panel()->shownDigit();
    QVERIFY(read >= 0);
    QCOMPARE(insight->contrastedWith(), -1);
    const int samples = window_->handwritingPage()->sampleCount();
    const auto clickBar = [&](int digit) {
        QTest::mouseClick(bars, Qt::LeftButton, {}, bars->rowRect(digit).center().toPoint());
    };

    // A click on another digit's bar asks why not that one: the map and the caption say so.
    const int other = (read + 5) % 10;
    clickBar(other);
    QVERIFY(waitUntil([&] { return insight->contrastedWith() == other; }, 5000));
    QCOMPARE(bars->asked(), other);
    QVERIFY2(insight->caption().startsWith(QString("Why %1 and not %2").arg(read).arg(other)), qPrintable(insight->caption()));
    QCOMPARE(window_->handwritingPage()->sampleCount(), samples); // a single click saves nothing
    // It holds while the drawing is read again (as it is with every stroke).
    insight->clear();
    page->recognizeNow();
    QVERIFY(waitUntil([&] { return insight->hasInspection(); }, 5000));
    QCOMPARE(insight->contrastedWith(), other);
    // Another digit replaces it; the digit read, or the one asked again, goes back to plain saliency.
    const int third = (read + 7) % 10;
    clickBar(third);
    QVERIFY(waitUntil([&] { return insight->contrastedWith() == third; }, 5000));
    clickBar(third);
    QVERIFY(waitUntil([&] { return insight->contrastedWith() == -1; }, 5000));
    QCOMPARE(bars->asked(), -1);
    QVERIFY(insight->caption().startsWith(QString("Pixels that drive the %1").arg(page->panel()->shownDigit())));
    clickBar(other);
    QVERIFY(waitUntil([&] { return insight->contrastedWith() == other; }, 5000));
    clickBar(page->panel()->shownDigit());
    QVERIFY(waitUntil([&] { return insight->contrastedWith() == -1; }, 5000));
    // A new drawing starts plain.
    clickBar(other);
    QVERIFY(waitUntil([&] { return insight->contrastedWith() == other; }, 5000));
    canvas->clear();
    QVERIFY(waitUntil([&] { return !insight->hasInspection(); }, 5000));
    drawWithMouse(canvas, syntheticDigit(4));
    QVERIFY(waitUntil([&] { return insight->hasInspection(); }, 5000));
    QCOMPARE(insight->contrastedWith(), -1);
    QCOMPARE(bars->asked(), -1);
    canvas->clear();
}

// A picture of a digit (File > Open picture, a drop, a paste) is read like a test image on the pad;
// a file that is no picture, or a blank one, says so and leaves the pad as it was.
void TestGui::picturesOpenOnThePad() {
    DrawPage* draw = window_->drawPage();
    PredictionPanel* panel = draw->panel();
    QImage one(60, 80, QImage::Format_Grayscale8);
    one.fill(Qt::white);
    for (int y = 10; y < 70; ++y)
        for (int x = 28; x < 33; ++x) one.setPixel(x, y, qRgb(0, 0, 0));
    const QTemporaryDir dir;
    const QString path = dir.filePath("one.png");
    QVERIFY(one.save(path));
    QVERIFY(draw->openPictureFile(path));
    QVERIFY(draw->openedImage().has_value());
    QVERIFY(waitUntil([&] { return panel->shownDigit() >= 0; }, 5000));
    const Image28 opened = *draw->openedImage();

    const QString broken = dir.filePath("broken.png");
    writeFileAtomically(broken.toStdString(), "not a picture");
    QSignalSpy said(draw, &DrawPage::statusMessage);
    QVERIFY(!draw->openPictureFile(broken));
    QVERIFY(!said.isEmpty() && said.last().first().toString().contains("Could not open the picture"));
    QVERIFY(draw->openedImage() && draw->openedImage()->pixels == opened.pixels); // nothing lost
    QImage blank(40, 40, QImage::Format_Grayscale8);
    blank.fill(Qt::white);
    QVERIFY(blank.save(dir.filePath("blank.png")));
    QVERIFY(!draw->openPictureFile(dir.filePath("blank.png")));

    QVERIFY(!panel->confidenceText().contains("does not look like a digit"));
    // A picture of no digit at all (fine noise) says so, not just that it is unsure.
    QImage noise(84, 84, QImage::Format_Grayscale8);
    std::mt19937 rng(3);
    for (int y = 0; y < noise.height(); ++y)
        for (int x = 0; x < noise.width(); ++x) noise.setPixel(x, y, rng() % 2 ? qRgb(0, 0, 0) : qRgb(255, 255, 255));
    QVERIFY(noise.save(dir.filePath("noise.png")));
    QVERIFY(draw->openPictureFile(dir.filePath("noise.png")));
    QVERIFY2(waitUntil([&] { return panel->confidenceText().contains("does not look like a digit"); }, 5000),
             qPrintable(panel->confidenceText()));
    // Pasted: the clipboard's picture, the same digit.
    draw->canvas()->clear();
    QGuiApplication::clipboard()->setImage(one);
    QVERIFY(draw->pastePicture());
    QVERIFY(draw->openedImage() && draw->openedImage()->pixels == opened.pixels);
    // Dropped: a picture file from a file manager.
    draw->canvas()->clear();
    auto* data = new QMimeData;
    data->setUrls({QUrl::fromLocalFile(path)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(draw, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(draw, &drop);
    QVERIFY(draw->openedImage() && draw->openedImage()->pixels == opened.pixels);
    delete data;
    draw->canvas()->clear();
}

void TestGui::galleryImagesOpenOnThePad() {
    DrawPage* draw = window_->drawPage();
    CanvasWidget* canvas = draw->canvas();
    PredictionPanel* panel = draw->panel();
    const auto doubleClickItem = [](QListWidget* list, int row) {
        QTest::qWait(50); // the view lays its items out late
        list->scrollToItem(list->item(row));
        // QTest's double-click alone skips the press an item view needs first.
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
        QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(row)).center());
    };
    // From the Evaluate gallery: a test image the model read as 2.
    EvaluatePage* evaluate = window_->evaluatePage();
    window_->tabs()->setCurrentWidget(evaluate);
    QTest::mouseClick(evaluate->evaluateButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return !evaluate->isEvaluating() && evaluate->heatmap()->hasMatrix(); }, 60000));
    QTest::mouseClick(evaluate->heatmap(), Qt::LeftButton, {}, evaluate->heatmap()->cellRect(2, 2).center().toPoint());
    QVERIFY(evaluate->gallery()->count() > 0);
    doubleClickItem(evaluate->gallery(), 0);
    QCOMPARE(window_->tabs()->currentWidget(), static_cast<QWidget*>(draw));
    QVERIFY(canvas->hasBackdrop() && canvas->isEmpty() && draw->openedImage());
    QVERIFY(waitUntil([&] { return draw->insight()->hasInspection(); }, 5000));
    QCOMPARE(panel->shownDigit(), 2); // read as the evaluation read it, with saliency and maps
    QVERIFY2(window_->statusBar()->currentMessage().startsWith("Test image 1: a 2, read as 2") ||
                 window_->statusBar()->currentMessage().contains(": a 2, read as 2"),
             qPrintable(window_->statusBar()->currentMessage()));
    const Image28 opened = *draw->openedImage();
    // Why not another digit works on it as on a drawing.
    ProbabilityBars* bars = panel->bars();
    QTest::mouseClick(bars, Qt::LeftButton, {}, bars->rowRect(7).center().toPoint());
    QVERIFY(waitUntil([&] { return draw->insight()->contrastedWith() == 7; }, 5000));
    // It is not the person's handwriting: a digit key saves nothing.
    const int samples = window_->handwritingPage()->sampleCount();
    QTest::keyClick(draw, Qt::Key_2);
    QCOMPARE(window_->handwritingPage()->sampleCount(), samples);
    QVERIFY(window_->statusBar()->currentMessage().contains("not your handwriting"));
    // Drawing over it reads the drawing, with the image left under it; undoing reads the image again.
    drawWithMouse(canvas, syntheticDigit(7));
    QVERIFY(waitUntil([&] { return panel->shownDigit() == 7; }, 5000));
    QVERIFY(canvas->hasBackdrop() && draw->openedImage());
    canvas->undoStroke();
    canvas->undoStroke();
    QVERIFY(canvas->isEmpty());
    QVERIFY(waitUntil([&] { return panel->shownDigit() == 2; }, 5000));
    // Clear takes it away.
    canvas->clear();
    QVERIFY(!canvas->hasBackdrop() && !draw->openedImage());
    QVERIFY(waitUntil([&] { return panel->shownDigit() < 0; }, 5000));

    // From My handwriting: a sample, double-clicked.
    HandwritingPage* mine = window_->handwritingPage();
    window_->tabs()->setCurrentWidget(mine);
    const Image28 four = *preprocessDrawing(syntheticDigit(4)).image;
    QVERIFY(mine->addSample(four, 4));
    doubleClickItem(mine->gallery(), mine->gallery()->count() - 1);
    QCOMPARE(window_->tabs()->currentWidget(), static_cast<QWidget*>(draw));
    // The sample as kept: a dataset holds a byte a pixel.
    QVERIFY(draw->openedImage() && draw->openedImage()->pixels == ImageBytes(four).image().pixels);
    QVERIFY(opened.pixels != four.pixels);
    QVERIFY(waitUntil([&] { return panel->shownDigit() == 4; }, 5000));
    QVERIFY(window_->statusBar()->currentMessage().contains("labelled 4"));
    canvas->clear();
}

void TestGui::replayTrainingEpochByEpoch() {
    TrainPage* page = window_->trainPage();
    TrainingOptions options;
    options.epochs = 3;
    options.batchSize = 16;
    page->setOptions(options, "seed");
    QVERIFY(page->epochSlider()->isHidden() || !page->epochSlider()->isVisibleTo(page));
    QTest::mouseClick(page->startButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return !page->isTraining() && page->candidate(); }, 120000));
    QSlider* slider = page->epochSlider();
    QVERIFY(slider->isVisibleTo(page));
    QCOMPARE(slider->minimum(), 1);
    QCOMPARE(slider->maximum(), 3);
    QCOMPARE(slider->value(), 3);
    QCOMPARE(page->charts()->markedEpoch(), 3);
    QCOMPARE(page->chosenModel(), page->candidate()); // the last epoch is the run's own, tested model
    QCOMPARE(page->useButton()->text().remove('&'), QString("Use this model"));

    // Back to epoch 1: the charts mark it and Use takes it.
    slider->setValue(1);
    QCOMPARE(page->charts()->markedEpoch(), 1);
    QCOMPARE(page->useButton()->text().remove('&'), QString("Use epoch 1"));
    const auto* first = dynamic_cast<const CnnClassifier*>(&readerOf(*page->chosenModel()));
    const auto* last = dynamic_cast<const CnnClassifier*>(&readerOf(*page->candidate())); // calibrated with a second opinion
    QVERIFY(first && last && first->weights() != last->weights());

    // The Draw page reads with the epoch shown while the box is ticked, and with the model in use after.
    DrawPage* draw = window_->drawPage();
    const Drawing drawing = syntheticDigit(3);
    drawWithMouse(draw->canvas(), drawing);
    const auto readsWith = [&](Classifier& model) {
        const DrawingReading expected = readDrawing(*model.clone(), draw->canvas()->drawing());
        return waitUntil([&] { return draw->panel()->bars()->probabilities() == expected.digits.front().probabilities; }, 5000);
    };
    QVERIFY(readsWith(*model_));
    page->replayBox()->setChecked(true);
    QVERIFY(readsWith(*page->chosenModel()));
    QVERIFY(window_->statusBar()->findChild<ElidedLabel*>()->fullText().contains("epoch 1 of 3"));
    slider->setValue(2);
    const std::shared_ptr<Classifier> second = page->chosenModel();
    QVERIFY(readsWith(*second));
    // The Draw page says it reads with an epoch, and its banner's button goes back.
    QVERIFY(draw->replayBanner()->isVisibleTo(draw));
    QVERIFY(draw->replayBanner()->findChild<QLabel*>()->text().contains("epoch 2 of 3"));
    QPushButton* back = draw->replayBanner()->findChild<QPushButton*>();
    QTest::mouseClick(back, Qt::LeftButton);
    QVERIFY(!page->replayBox()->isChecked());
    QVERIFY(!draw->replayBanner()->isVisibleTo(draw));
    QVERIFY(readsWith(*model_));
    QVERIFY(window_->activeModel() == model_);

    // Evaluate scores the epoch shown (the run's own evaluation, of epoch 3, is the one shown before).
    EvaluatePage* evaluate = window_->evaluatePage();
    QVERIFY(evaluate->evaluatedModel() == page->candidate());
    QTest::mouseClick(page->evaluateEpochButton(), Qt::LeftButton);
    QCOMPARE(window_->tabs()->currentWidget(), static_cast<QWidget*>(evaluate));
    QVERIFY(waitUntil([&] { return evaluate->evaluatedModel() == second; }, 60000));
    const Evaluation direct = digitpad::evaluate(*second->clone(), loadMnist(data_.toStdString(), MnistSplit::Test));
    QCOMPARE(evaluate->evaluation().predicted, direct.predicted);

    // Use takes epoch 2, calibrated first as the run's own model was, and a replay in progress ends.
    QVERIFY(!second->isCalibrated());
    page->replayBox()->setChecked(true);
    QTest::mouseClick(page->useButton(), Qt::LeftButton);
    QVERIFY(!page->useButton()->isEnabled()); // while it is calibrated
    QVERIFY(waitUntil([&] { return window_->activeModel() != model_; }, 120000));
    const std::shared_ptr<Classifier> used = window_->activeModel();
    const auto* usedCnn = dynamic_cast<const CnnClassifier*>(&readerOf(*used)); // with the bundled second opinion
    QVERIFY(usedCnn && usedCnn->weights() == std::dynamic_pointer_cast<CnnClassifier>(second)->weights());
    QVERIFY(used->isCalibrated() && drawingOffsetsOf(used->metadata()));
    QCOMPARE(QString::fromStdString(used->kind()), QString("second-opinion"));
    QVERIFY(page->chosenModel() == window_->activeModel()); // kept: Save takes the same
    QVERIFY(page->startButton()->isEnabled());
    QVERIFY(!page->replayBox()->isChecked());
    QVERIFY(!draw->replayBanner()->isVisibleTo(draw));
    draw->canvas()->clear();
}

void TestGui::searchParametersFromTheModelsPage() {
    ModelsPage* page = window_->modelsPage();
    window_->tabs()->setCurrentWidget(page);
    SearchPanel* search = page->searchPanel();
    page->views()->setCurrentWidget(search);
    page->typeBox()->setCurrentIndex(page->typeBox()->findData("svm-raw"));
    QVERIFY(!search->trainBestButton()->isEnabled() && !search->trainBestButton()->toolTip().isEmpty());
    // The values the search tries are shown, and can be changed: a grid of 2 x 1 is 2 trials.
    QVERIFY2(search->valuesEdit()->text().contains("C=") && search->valuesEdit()->text().contains(","),
             qPrintable(search->valuesEdit()->text()));
    search->valuesEdit()->setText("C=1,10 gamma=0.03");
    search->foldsBox()->setValue(2);
    search->imagesBox()->setValue(200);
    QVERIFY(!search->plotParameterBox()->isEnabled()); // nothing to plot against before a search
    QVERIFY(search->plotParameterBox()->toolTip().contains("search"));
    QTest::mouseClick(search->startButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return !search->isSearching() && search->trainBestButton()->isEnabled(); }, 120000));
    QVERIFY(search->plotParameterBox()->isEnabled());
    QCOMPARE(search->table()->rowCount(), 2);
    QCOMPARE(search->trials()[1].parameters.at("C"), 10.0);
    search->valuesEdit()->setText("C=1,ten");
    QTest::mouseClick(search->startButton(), Qt::LeftButton);
    QVERIFY(!search->isSearching());
    QVERIFY2(search->summaryLabel()->text().contains("'ten' is not a number"), qPrintable(search->summaryLabel()->text()));
    search->searchBox()->setCurrentIndex(search->searchBox()->findData("random"));
    QVERIFY2(search->valuesEdit()->text().contains(":"), qPrintable(search->valuesEdit()->text())); // ranges now
    search->trialsBox()->setValue(3);
    search->foldsBox()->setValue(2);
    search->imagesBox()->setValue(200);
    QTest::mouseClick(search->startButton(), Qt::LeftButton);
    QVERIFY(search->isSearching() && !search->startButton()->isEnabled() && search->cancelButton()->isEnabled());
    QVERIFY(waitUntil([&] { return !search->isSearching() && search->trainBestButton()->isEnabled(); }, 120000));

    // The table filled in, one row a trial, the best in bold; the same search `tune` runs.
    QCOMPARE(search->table()->rowCount(), 3);
    TuningOptions options;
    options.search = TuningOptions::Search::Random;
    options.trials = 3;
    options.folds = 2;
    const TuningResult direct = tuneClassicModel(*findClassicModelType("svm-raw"), options,
                                                 loadMnist(data_.toStdString(), MnistSplit::Train, 200));
    for (std::size_t i = 0; i < 3; ++i) {
        QCOMPARE(search->trials()[i].parameters, direct.trials[i].parameters);
        QCOMPARE(search->trials()[i].meanAccuracy, direct.trials[i].meanAccuracy);
    }
    QCOMPARE(search->bestTrial(), static_cast<int>(direct.best));
    for (int row = 0; row < 3; ++row)
        QCOMPARE(search->table()->item(row, 0)->font().bold(), row == search->bestTrial());
    // Accuracy against C on a log axis, every trial a dot.
    QCOMPARE(search->plotParameterBox()->currentText(), QString("C"));
    QChart* chart = search->plot()->chart();
    QCOMPARE(chart->axes(Qt::Horizontal).size(), qsizetype(1));
    QVERIFY(qobject_cast<QLogValueAxis*>(chart->axes(Qt::Horizontal).front()));
    int dots = 0;
    for (QAbstractSeries* series : chart->series()) dots += static_cast<int>(qobject_cast<QScatterSeries*>(series)->count());
    QCOMPARE(dots, 3);

    // Train the best: the Models page trains those parameters and lists the model.
    const int rows = page->table()->rowCount();
    QTest::mouseClick(search->trainBestButton(), Qt::LeftButton);
    QCOMPARE(page->views()->currentIndex(), 0);
    QVERIFY(waitUntil([&] { return !page->isBusy() && page->table()->rowCount() == rows + 1; }, 120000));
    const HyperParameters best = search->trials()[static_cast<std::size_t>(search->bestTrial())].parameters;
    QCOMPARE(page->parametersEdit()->text(), QString::fromStdString(formatParameters(best)));
    QVERIFY2(page->table()->item(rows, ModelTable::Name)->text().startsWith("svm-raw"),
             qPrintable(page->table()->item(rows, ModelTable::Name)->text()));

    // A grid search can be cancelled; the trials done stay.
    page->views()->setCurrentWidget(search);
    search->searchBox()->setCurrentIndex(search->searchBox()->findData("grid"));
    search->imagesBox()->setValue(200);
    QTest::mouseClick(search->startButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return !search->trials().empty(); }, 60000));
    QTest::mouseClick(search->cancelButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return !search->isSearching(); }, 60000));
    QTest::qWait(50);
    QVERIFY(search->trials().size() < 9); // the svm-raw grid is 3 x 3
    QCOMPARE(search->table()->rowCount(), static_cast<int>(search->trials().size()));
}

void TestGui::handwritingSamplesAndAdaptation() {
    const QString folder = personalSamplesFolder();
    QDir(folder).removeRecursively();
    window_ = std::make_unique<MainWindow>();
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    window_->setActiveModel(model_, "test");
    window_->trainPage()->setDataFolder(data_);
    HandwritingPage* page = window_->handwritingPage();
    QCOMPARE(page->sampleCount(), 0);
    QVERIFY(!page->adaptButton()->isEnabled());
    // A disabled Adapt says why, in words beside it and on its tooltip.
    QVERIFY2(page->resultLabel()->text().contains("needs at least 4 samples; you have 0"), qPrintable(page->resultLabel()->text()));
    QVERIFY(page->adaptButton()->toolTip().contains("Save 4 more"));
    QVERIFY(!page->evaluateButton()->isEnabled() && page->evaluateButton()->toolTip().contains("No samples yet"));

    // A digit key labels the drawing; so does a double-click on a digit's bar.
    CanvasWidget* canvas = window_->drawPage()->canvas();
    PredictionPanel* panel = window_->drawPage()->panel();
    for (int i = 0; i < 6; ++i) {
        canvas->clear();
        drawWithMouse(canvas, syntheticDigit(i % 2 ? 4 : 9, variedStyle(i)));
        QVERIFY(waitUntil([&] { return panel->shownDigit() >= 0; }, 5000));
        if (i % 2) {
            canvas->setFocus();
            QTest::keyClick(canvas, Qt::Key_4);
        } else {
            QTest::mouseDClick(panel->bars(), Qt::LeftButton, Qt::NoModifier, panel->bars()->rowRect(9).center().toPoint());
        }
    }
    QCOMPARE(page->sampleCount(), 6);
    QVERIFY2(page->summaryLabel()->text().contains("6 samples of your handwriting"), qPrintable(page->summaryLabel()->text()));
    QCOMPARE(page->gallery()->count(), 6);
    QCOMPARE(page->gallery()->item(0)->text(), QString("9"));
    QCOMPARE(page->gallery()->item(1)->text(), QString("4"));

    page->gallery()->item(0)->setSelected(true);
    page->deleteSelected();
    QCOMPARE(page->sampleCount(), 5);
    QCOMPARE(HandwritingPage(folder).sampleCount(), 5); // saved as it changed

    // Evaluate on my drawings: a 4 mislabelled as 7 is the one the model "gets wrong". Until then
    // the page says what it does.
    QVERIFY2(page->evaluationLabel()->text().contains("heatmap which digits it gets wrong"), qPrintable(page->evaluationLabel()->text()));
    QVERIFY(page->addSample(*preprocessDrawing(syntheticDigit(4, variedStyle(3))).image, 7));
    QVERIFY(page->evaluationLabel()->text().contains("heatmap which digits it gets wrong"));
    QVERIFY(page->heatmap()->isHidden());
    QTest::mouseClick(page->evaluateButton(), Qt::LeftButton); // read off the window's thread
    QVERIFY(waitUntil([&] { return !page->evaluation()->isEvaluating() && !page->heatmap()->isHidden(); }, 30000));
    QCOMPARE(page->heatmap()->matrix().total(), std::size_t(6));
    QCOMPARE(page->heatmap()->matrix().count(7, 4), std::size_t(1));
    QVERIFY2(page->evaluationLabel()->text().contains("83.3% of your 6 drawings right (1 wrong)"),
             qPrintable(page->evaluationLabel()->text()));
    // The drawings' panel, empty until a cell is chosen, says so instead of standing blank.
    ExampleGallery* drawings = page->cellGallery();
    QCOMPARE(drawings->emptyText(), QString("Click a cell of the heatmap to see its drawings here"));
    QVERIFY(contrastRatio(placeholderText(drawings->palette()), drawings->palette().color(QPalette::Base)) >= 4.5);
    QTest::mouseClick(page->heatmap(), Qt::LeftButton, Qt::NoModifier, page->heatmap()->cellRect(0, 5).center().toPoint());
    QCOMPARE(drawings->count(), 0);
    QCOMPARE(drawings->emptyText(), QString("This cell is empty"));
    QCOMPARE(drawings->accessibleDescription(), QString("This cell is empty"));
    const QRectF cell = page->heatmap()->cellRect(7, 4);
    QTest::mouseClick(page->heatmap(), Qt::LeftButton, Qt::NoModifier, cell.center().toPoint());
    QCOMPARE(page->cellGallery()->count(), 1);
    QVERIFY(drawings->emptyText().isEmpty());
    QVERIFY(drawings->accessibleDescription().isEmpty());
    QVERIFY2(page->evaluationLabel()->text().contains("1 of your 7s the model reads as 4") &&
                 page->evaluationLabel()->text().contains("83.3%"), // the overall line stays above the cell's
             qPrintable(page->evaluationLabel()->text()));
    page->gallery()->item(5)->setSelected(true);
    page->deleteSelected(); // a change hides the evaluation of the old samples
    QVERIFY(page->heatmap()->isHidden());
    QVERIFY(page->evaluationLabel()->text().contains("heatmap which digits it gets wrong"));
    QCOMPARE(page->sampleCount(), 5);

    QTest::mouseClick(page->evaluateButton(), Qt::LeftButton); // the five samples left
    QVERIFY(waitUntil([&] { return !page->evaluation()->isEvaluating() && !page->heatmap()->isHidden(); }, 30000));
    QVERIFY2(page->evaluationLabel()->text().contains("of your 5 drawings right (0 wrong)"),
             qPrintable(page->evaluationLabel()->text()));
    QVERIFY(page->adaptButton()->isEnabled());
    QTest::mouseClick(page->adaptButton(), Qt::LeftButton);
    QVERIFY2(page->isAdapting(), qPrintable(page->resultLabel()->text() + " | " + page->adaptButton()->toolTip()));
    QVERIFY(waitUntil([&] { return !page->isAdapting(); }, 120000));
    QVERIFY(!page->heatmap()->isHidden()); // adapting changed no sample: their evaluation stays
    QVERIFY2(page->keepButton()->isEnabled(), qPrintable(page->resultLabel()->text()));
    QVERIFY(page->resultLabel()->text().contains("MNIST test set"));
    // 5 samples hold out 1 or 2: the figures are shown with their count and a warning.
    QVERIFY2(page->resultLabel()->text().contains(QRegularExpression("\\(\\d drawings?, not trained on\\)")) &&
                 page->resultLabel()->text().contains("too few"),
             qPrintable(page->resultLabel()->text()));
    QVERIFY(window_->activeModel() == model_); // nothing changes until the user keeps it
    QTest::mouseClick(page->keepButton(), Qt::LeftButton);
    QVERIFY(window_->activeModel() != model_);
    QCOMPARE(window_->activeModel()->kind(), std::string("cnn"));
    // It was saved on Keep: the words do not send the person to File > Save model as.
    QVERIFY2(page->resultLabel()->text().contains("saved with your models") &&
                 !page->resultLabel()->text().contains("Save model"),
             qPrintable(page->resultLabel()->text()));
    // The status bar shows the adapted model's own MNIST figure, the one the adaptation measured.
    const std::optional<RecordedTest> adaptedTest = recordedTest(*window_->activeModel());
    QVERIFY(adaptedTest && adaptedTest->images > 0);
    const QString shown = QString("MNIST test accuracy %1%").arg(adaptedTest->accuracy * 100, 0, 'f', 2);
    QVERIFY2(window_->modelLabel()->fullText().contains(shown), qPrintable(window_->modelLabel()->fullText()));
    QVERIFY2(page->resultLabel()->text().contains(QString("→ %1%").arg(adaptedTest->accuracy * 100, 0, 'f', 1)),
             qPrintable(page->resultLabel()->text()));

    // An ensemble of CNNs is adapted member by member and stays an ensemble.
    std::vector<std::unique_ptr<Classifier>> members;
    members.push_back(model_->clone());
    members.push_back(model_->clone());
    window_->setActiveModel(std::make_shared<EnsembleClassifier>(std::move(members)), "ensemble");
    QVERIFY2(page->adaptButton()->isEnabled(), qPrintable(page->adaptButton()->toolTip()));
    QTest::mouseClick(page->adaptButton(), Qt::LeftButton);
    QVERIFY(page->isAdapting());
    QVERIFY(waitUntil([&] { return !page->isAdapting(); }, 120000));
    QVERIFY2(page->keepButton()->isEnabled(), qPrintable(page->resultLabel()->text()));
    QTest::mouseClick(page->keepButton(), Qt::LeftButton);
    QCOMPARE(window_->activeModel()->kind(), std::string("ensemble"));
    QDir(folder).removeRecursively();
}

void TestGui::cancelledClassicTrainingAddsNothing() {
    ModelsPage* page = window_->modelsPage();
    const int before = page->modelCount();
    chooseType(page, "svm-hog");
    page->imagesBox()->setValue(200);
    page->startTraining();
    QVERIFY(page->isBusy());
    page->cancel();
    QVERIFY(waitUntil([&] { return !page->isBusy(); }, 60000));
    QCOMPARE(page->modelCount(), before);
    QVERIFY2(page->statusLabel()->text().contains("cancelled"), qPrintable(page->statusLabel()->text()));
    QVERIFY(window_->activeModel() == model_);
    QVERIFY(page->trainButton()->isEnabled());
}

namespace {
// The values a value axis puts labels at.
QList<double> tickValues(const QValueAxis* axis) {
    QList<double> ticks;
    if (axis->tickType() == QValueAxis::TicksDynamic) {
        const double first = axis->tickAnchor() + std::ceil((axis->min() - axis->tickAnchor()) / axis->tickInterval()) *
                                                      axis->tickInterval();
        for (double v = first; v <= axis->max() + 1e-9; v += axis->tickInterval()) ticks.append(v);
    } else {
        for (int i = 0; i < axis->tickCount(); ++i)
            ticks.append(axis->min() + (axis->max() - axis->min()) * i / (axis->tickCount() - 1));
    }
    return ticks;
}

void checkEpochAxes(TrainingCharts* charts, int epochs) {
    const auto views = charts->findChildren<QChartView*>();
    QCOMPARE(views.size(), 2);
    for (QChartView* view : views) {
        const auto axes = view->chart()->axes(Qt::Horizontal);
        QCOMPARE(axes.size(), 1);
        const auto* axis = qobject_cast<QValueAxis*>(axes.first());
        QVERIFY(axis);
        // A little room after the last epoch for its dots, less than one epoch.
        QVERIFY2(axis->max() > std::max(1, epochs) && axis->max() < std::max(1, epochs) * 1.05 + 0.2,
                 qPrintable(QString::number(axis->max())));
        const QList<double> ticks = tickValues(axis);
        QVERIFY2(ticks.size() >= 2 && ticks.size() <= 11, qPrintable(QString::number(ticks.size())));
        for (double tick : ticks) QVERIFY2(tick == std::round(tick), qPrintable(QString::number(tick)));
    }
}
} // namespace

void TestGui::epochAxesShowWholeEpochs() {
    TrainingCharts* charts = window_->trainPage()->charts();
    // Before any run the axis spans the run planned: the form's epochs, as they change.
    checkEpochAxes(charts, window_->trainPage()->options().epochs);
    TrainingOptions planned = window_->trainPage()->options();
    planned.epochs = 7;
    window_->trainPage()->setOptions(planned, "seed");
    checkEpochAxes(charts, 7);
    for (int epochs : {1, 2, 3, 7, 10, 15, 37, 100}) {
        charts->reset(epochs);
        checkEpochAxes(charts, epochs);
    }
    // The last epoch's dots lie wholly inside the plot, and the loss axis ends on a round number.
    window_->tabs()->setCurrentWidget(window_->trainPage());
    charts->reset(3);
    charts->addBatchLoss(0.1, 2.41);
    for (int epoch = 1; epoch <= 3; ++epoch) charts->addEpoch(epoch, 0.5, 0.95, 0.96);
    QCoreApplication::processEvents();
    // Their text alternative, for screen readers: every epoch's figures.
    const QList<QChartView*> views = charts->findChildren<QChartView*>();
    QCOMPARE(views.size(), 2);
    QCOMPARE(views[0]->accessibleDescription(), QString("Loss by epoch: epoch 1: 0.500; epoch 2: 0.500; epoch 3: 0.500"));
    QVERIFY2(views[1]->accessibleDescription().endsWith("epoch 3: train 95.0%, validation 96.0%"),
             qPrintable(views[1]->accessibleDescription()));
    for (QChartView* view : charts->findChildren<QChartView*>()) {
        QChart* chart = view->chart();
        const QPointF last = chart->mapToPosition(QPointF(3, 0), chart->series().first());
        QVERIFY2(last.x() + 3 <= chart->plotArea().right(),
                 qPrintable(QString("dot at %1, plot ends at %2").arg(last.x()).arg(chart->plotArea().right())));
    }
    const auto* lossAxis = qobject_cast<QValueAxis*>(charts->findChildren<QChartView*>().first()->chart()->axes(Qt::Vertical).first());
    QVERIFY(lossAxis);
    QCOMPARE(lossAxis->max(), 2.5);
    for (double tick : tickValues(lossAxis)) QVERIFY2(std::abs(tick * 2 - std::round(tick * 2)) < 1e-9, qPrintable(QString::number(tick)));
}

void TestGui::aboutCreditsEveryComponent() {
    QString text, details;
    QTimer::singleShot(200, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            text = box->text();
            details = box->detailedText();
            box->close();
        }
    });
    QAction* about = nullptr;
    for (QAction* action : window_->menuBar()->findChildren<QAction*>())
        if (action->text() == "&About DigitPad") about = action;
    QVERIFY(about);
    about->trigger();
    for (const char* credit : {"MNIST", "LeCun", "Cortes", "Burges", "CC BY-SA 3.0", "tiny-dnn", "BSD-3-Clause",
                               "OpenCV", "Apache-2.0", "Qt", "LGPL-3.0", "Eigen", "MPL-2.0", "oneDNN", "ONNX", "nlohmann/json"}) {
        QVERIFY2(text.contains(credit), credit);
        QVERIFY2(details.contains(credit), credit);
    }
}

void TestGui::canvasAndPredictReadTheSame() {
    // The canvas's default reading and `predict --number` are one function in core; this keeps
    // the two from drifting apart, on a number, wide single digits and narrow ones.
    const QString modelPath = dir_.path() + "/bundled-copy.dpm";
    std::shared_ptr<Classifier> bundled = loadBundledModel();
    bundled->save(modelPath.toStdString());
    window_->setActiveModel(bundled, "bundled");
    CanvasWidget* canvas = window_->drawPage()->canvas();
    PredictionPanel* panel = window_->drawPage()->panel();
    DrawStyle wide;
    wide.widthRatio = 1.4;
    const std::vector<Drawing> drawings{syntheticNumber({3, 1, 4}, 0.2, 0.3, 9).drawing, syntheticDigit(2, wide),
                                        syntheticDigit(0, wide), syntheticDigit(7), syntheticDigit(5, wide)};
    for (const Drawing& drawing : drawings) {
        canvas->clear();
        drawWithMouse(canvas, drawing);
        QString shown;
        QVERIFY(waitUntil([&] {
            shown = panel->numberText().isEmpty() ? QString::number(panel->shownDigit()) : panel->numberText();
            return panel->shownDigit() >= 0 && !window_->recognizer()->isBusy();
        }, 5000));
        QTest::qWait(100); // the last recognition of the finished drawing
        shown = panel->numberText().isEmpty() ? QString::number(panel->shownDigit()) : panel->numberText();
        const QString strokes = dir_.path() + "/canvas.json";
        QFile file(strokes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(drawingToJson(canvas->drawing())));
        file.close();
        QProcess cli;
        cli.start(DIGITPAD_CLI, {"predict", "--model", modelPath, "--strokes", strokes, "--number"});
        QVERIFY(cli.waitForFinished(30000));
        const QJsonObject line = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QCOMPARE(line.value("number").toString(), shown);
    }
    // A wide single 2 is one digit in Auto; the Number mode splits what is wide.
    QCOMPARE(window_->drawPage()->modeBox()->currentData().toString(), QString("auto"));
}

// The canvas adds each new point to its buffer instead of repainting every stroke; what it
// shows must be exactly what painting the whole drawing afresh shows.
void TestGui::canvasPaintsPointByPointAsAWholeRedraw() {
    CanvasWidget live, afresh;
    for (CanvasWidget* canvas : {&live, &afresh}) {
        canvas->resize(300, 300);
        canvas->show();
        QVERIFY(QTest::qWaitForWindowExposed(canvas));
    }
    for (int digit : {4, 8}) {
        live.clear();
        afresh.clear();
        drawWithMouse(&live, syntheticDigit(digit, variedStyle(digit)));
        drawWithMouse(&afresh, syntheticDigit(digit, variedStyle(digit)));
        QCOMPARE(live.drawing().strokes.size(), afresh.drawing().strokes.size());
        afresh.resize(301, 300); // a new size paints everything again
        afresh.resize(300, 300);
        for (CanvasWidget* canvas : {&live, &afresh}) canvas->clearFocus(); // the focus frame is no ink
        const QImage shown = live.grab().toImage(), whole = afresh.grab().toImage();
        int inked = 0;
        for (int y = 0; y < shown.height(); ++y)
            for (int x = 0; x < shown.width(); ++x) inked += shown.pixelColor(x, y).lightness() > 200;
        QVERIFY2(inked > 500, qPrintable(QString::number(inked))); // the strokes are there
        QCOMPARE(shown, whole);
    }
}

// Esc and Delete clear the pad only on the Draw page, Clear can be undone, and Delete on the
// sample list deletes the selected sample, not the drawing.
void TestGui::keysActOnTheirOwnPage() {
    CanvasWidget* canvas = window_->drawPage()->canvas();
    drawWithMouse(canvas, syntheticDigit(4)); // two strokes
    window_->tabs()->setCurrentWidget(window_->trainPage());
    QApplication::processEvents();
    window_->trainPage()->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
    QCOMPARE(canvas->drawing().strokes.size(), std::size_t(2)); // untouched from the Train page

    HandwritingPage* samples = window_->handwritingPage();
    window_->tabs()->setCurrentWidget(samples);
    QVERIFY(samples->addSample(syntheticDataset(1, 3).image(5), 5));
    const int before = samples->sampleCount();
    samples->gallery()->setFocus();
    samples->gallery()->setCurrentRow(before - 1);
    QTest::keyClick(samples->gallery(), Qt::Key_Delete);
    QCOMPARE(samples->sampleCount(), before - 1);
    QCOMPARE(canvas->drawing().strokes.size(), std::size_t(2));

    window_->tabs()->setCurrentWidget(window_->drawPage());
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_Escape);
    QVERIFY(canvas->isEmpty());
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier); // Clear taken back
    QCOMPARE(canvas->drawing().strokes.size(), std::size_t(2));
    QTest::keyClick(canvas, Qt::Key_Delete);
    QVERIFY(canvas->isEmpty());
    drawWithMouse(canvas, syntheticDigit(1)); // a new drawing: the cleared one is gone for good
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(canvas->isEmpty());
}

// Before any evaluation or training the File menu's exports are disabled, and nothing is written.
void TestGui::exportsNeedSomethingToExport() {
    QMenu* file = nullptr;
    for (QMenu* menu : window_->menuBar()->findChildren<QMenu*>())
        if (menu->title() == "&File") file = menu;
    QVERIFY(file);
    auto exports = [&] {
        QList<QAction*> found;
        for (QAction* action : file->actions())
            if (action->text().startsWith("Export")) found << action;
        return found;
    };
    QMetaObject::invokeMethod(file, "aboutToShow");
    QCOMPARE(exports().size(), 4);
    for (QAction* action : exports()) QVERIFY2(!action->isEnabled(), qPrintable(action->text()));

    EvaluatePage* page = window_->evaluatePage();
    QTest::mouseClick(page->evaluateButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return page->hasEvaluation() && !page->isEvaluating(); }, 60000));
    QMetaObject::invokeMethod(file, "aboutToShow");
    for (QAction* action : exports())
        QCOMPARE(action->isEnabled(), !action->text().contains("training")); // no training yet
}

// A digit key saves the drawing and clears the pad, so the next digit is not drawn on top of
// it and the same drawing is not saved twice; Ctrl+Z brings it back; the status bar says what
// was saved.
void TestGui::savingASampleClearsThePad() {
    CanvasWidget* canvas = window_->drawPage()->canvas();
    PredictionPanel* panel = window_->drawPage()->panel();
    HandwritingPage* samples = window_->handwritingPage();
    const int before = samples->sampleCount();
    drawWithMouse(canvas, syntheticDigit(9, variedStyle(2)));
    QVERIFY(waitUntil([&] { return panel->shownDigit() >= 0; }, 5000));
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_9);
    QCOMPARE(samples->sampleCount(), before + 1);
    QVERIFY(canvas->isEmpty());
    QVERIFY2(window_->statusBar()->currentMessage().contains("Saved your drawing as a 9"),
             qPrintable(window_->statusBar()->currentMessage()));
    QTest::keyClick(canvas, Qt::Key_9); // nothing on the pad: nothing saved again
    QCOMPARE(samples->sampleCount(), before + 1);
    // Ctrl+Z takes the save back: the drawing returns and the sample is gone.
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!canvas->isEmpty());
    QCOMPARE(samples->sampleCount(), before);
    QVERIFY2(window_->statusBar()->currentMessage().contains("Took back"), qPrintable(window_->statusBar()->currentMessage()));

    // A single stray click on a bar saves nothing; a double-click does.
    QVERIFY(waitUntil([&] { return panel->shownDigit() >= 0; }, 5000));
    const QPoint bar = panel->bars()->rowRect(9).center().toPoint();
    QTest::mouseClick(panel->bars(), Qt::LeftButton, Qt::NoModifier, bar);
    QCOMPARE(samples->sampleCount(), before);
    QTest::mouseDClick(panel->bars(), Qt::LeftButton, Qt::NoModifier, bar);
    QCOMPARE(samples->sampleCount(), before + 1);
    // Drawing anew ends the chance to take that save back: clearing and undoing the new
    // drawing leaves the saved sample alone.
    drawWithMouse(canvas, syntheticDigit(3));
    canvas->clear();
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(samples->sampleCount(), before + 1);

    // A number is labelled digit by digit and each digit is saved with its own label.
    window_->setActiveModel(loadBundledModel(), "bundled");
    canvas->clear();
    drawWithMouse(canvas, syntheticNumber({2, 0, 7}, 0.25, 0.35, 4).drawing);
    QVERIFY2(waitUntil([&] { return panel->numberText().size() == 3; }, 5000), qPrintable(panel->numberText()));
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_2);
    QTest::keyClick(canvas, Qt::Key_0);
    QCOMPARE(samples->sampleCount(), before + 1); // not all typed yet
    QVERIFY2(window_->statusBar()->currentMessage().contains("20_"), qPrintable(window_->statusBar()->currentMessage()));
    QTest::keyClick(canvas, Qt::Key_7);
    QCOMPARE(samples->sampleCount(), before + 4);
    QVERIFY(canvas->isEmpty());
    QVERIFY2(window_->statusBar()->currentMessage().contains("as 2, 0, 7"), qPrintable(window_->statusBar()->currentMessage()));
    const int n = samples->gallery()->count();
    QCOMPARE(samples->gallery()->item(n - 3)->text(), QString("2"));
    QCOMPARE(samples->gallery()->item(n - 2)->text(), QString("0"));
    QCOMPARE(samples->gallery()->item(n - 1)->text(), QString("7"));
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier); // the three go back together
    QCOMPARE(samples->sampleCount(), before + 1);

    // A save is taken back only while the samples are as it left them: after a deletion on My
    // handwriting, Ctrl+Z brings the drawing back but removes no other sample.
    canvas->clear();
    drawWithMouse(canvas, syntheticDigit(3));
    QVERIFY(waitUntil([&] { return panel->shownDigit() >= 0; }, 5000));
    canvas->setFocus();
    QTest::keyClick(canvas, Qt::Key_3);
    QCOMPARE(samples->sampleCount(), before + 2);
    samples->gallery()->item(0)->setSelected(true);
    samples->deleteSelected();
    QCOMPARE(samples->sampleCount(), before + 1);
    QTest::keyClick(canvas, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!canvas->isEmpty());
    QCOMPARE(samples->sampleCount(), before + 1);
    QVERIFY2(window_->statusBar()->currentMessage().contains("can no longer be taken back"),
             qPrintable(window_->statusBar()->currentMessage()));
}

// After a restart with a model file in use, the bundled model is still there to go back to,
// and it cannot be removed.
void TestGui::bundledModelIsAlwaysListed() {
    const QString file = dir_.path() + "/mine.dpm";
    model_->save(file.toStdString());
    QVERIFY(window_->openModel(file));
    window_ = std::make_unique<MainWindow>(); // a restart: the file is reopened
    window_->show();
    QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
    ModelsPage* page = window_->modelsPage();
    QCOMPARE(page->table()->item(0, 0)->text(), QString("bundled"));
    bool fileListed = false;
    for (int r = 0; r < page->modelCount(); ++r) fileListed |= page->table()->item(r, 0)->text() == "mine";
    QVERIFY(fileListed);
    page->table()->selectRow(0);
    QVERIFY(!page->removeButton()->isEnabled());
    page->table()->selectRow(page->modelCount() - 1);
    QVERIFY(page->removeButton()->isEnabled()); // any other model can go
}

// A window saved at 1120x740 (or larger, on another screen) opens inside the screen it is on.
void TestGui::windowOpensInsideTheScreen() {
    const QRect available = window_->screen()->availableGeometry();
    QVERIFY2(available.width() < 1120 || available.height() < 740, "the offscreen screen is smaller than the first size");
    for (const bool saved : {false, true}) {
        if (saved) {
            window_->resize(1900, 1400);
            window_->move(3000, 2000);
            QSettings().setValue(settings_key::kWindowGeometry, window_->saveGeometry());
        } else {
            QSettings().remove(settings_key::kWindowGeometry); // the first launch
        }
        window_ = std::make_unique<MainWindow>(); // a restart
        QVERIFY2(available.contains(window_->geometry()),
                 qPrintable(QStringLiteral("%1x%2 at %3,%4 on a %5x%6 screen").arg(window_->width()).arg(window_->height())
                                .arg(window_->x()).arg(window_->y()).arg(available.width()).arg(available.height())));
    }
}

// Every page works in an 800x600 window (nothing is pushed past the edge: the window takes the
// size asked for, and every control shown lies inside it) and in a 1920x1080 one.
void TestGui::everyPageFitsSmallAndLargeScreens_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QString();
    QTest::newRow("German (about 30 % longer)") << "de";
    QTest::newRow("French") << "fr";
}

void TestGui::everyPageFitsSmallAndLargeScreens() {
    QFETCH(QString, language);
    QTranslator translator;
    const auto untranslate = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
    if (!language.isEmpty()) { // the window as it opens in that language
        QVERIFY(translator.load(QLocale(language), "digitpad", "_", ":/i18n"));
        QVERIFY(QCoreApplication::installTranslator(&translator));
        window_ = std::make_unique<MainWindow>();
        window_->resize(1000, 700);
        window_->show();
        QVERIFY(QTest::qWaitForWindowExposed(window_.get()));
        window_->setActiveModel(model_, "test");
        QVERIFY(window_->tabs()->tabText(0) != "&Draw");
    }
    // The states people reach, not the empty pages: a doubtful reading's warning on Draw, the
    // replay row after a run on Train, a heatmap cell's drawings on My handwriting, a long message.
    DrawingReading doubtful;
    DigitReading piece;
    piece.digit = 2;
    piece.confidence = 0.482f;
    piece.probabilities[2] = 0.482f;
    piece.probabilities[3] = 0.48f;
    DigitReading scribble = piece; // the longest line the panel shows: no digit at all
    scribble.noDigit = true;
    doubtful.digits = {piece, scribble};
    window_->drawPage()->panel()->showRecognition(doubtful);
    QSlider* slider = window_->trainPage()->epochSlider();
    slider->setRange(1, 3);
    slider->parentWidget()->show();
    HandwritingPage* mine = window_->handwritingPage();
    mine->heatmap()->setVisible(true);
    mine->cellGallery()->setVisible(true);
    Dataset sevens;
    for (int i = 0; i < 12; ++i) sevens.add(Image28{}, 7);
    mine->cellGallery()->showCell(sevens, std::vector<std::uint8_t>(12, 1), 7, 1);
    window_->statusBar()->showMessage(QString("A status message much longer than the status bar has room for, ").repeated(3));
    for (const QSize size : {QSize(800, 600), QSize(1920, 1080)}) {
        for (int page = 0; page < window_->tabs()->count(); ++page) {
            window_->tabs()->setCurrentIndex(page);
            window_->resize(size);
            QCoreApplication::processEvents();
            const QString where = QStringLiteral("%1 at %2x%3").arg(window_->tabs()->tabText(page)).arg(size.width()).arg(size.height());
            QVERIFY2(window_->size() == size, qPrintable(where + QStringLiteral(": the window is %1x%2, its minimum %3x%4")
                                                                   .arg(window_->width()).arg(window_->height())
                                                                   .arg(window_->minimumSizeHint().width()).arg(window_->minimumSizeHint().height())));
            const QRect inside = window_->rect();
            for (QWidget* child : window_->tabs()->currentWidget()->findChildren<QWidget*>()) {
                if (!child->isVisibleTo(window_.get()) || child->isWindow()) continue;
                const QRect placed(child->mapTo(window_.get(), QPoint(0, 0)), child->size());
                QVERIFY2(inside.contains(placed), qPrintable(where + ": " + child->metaObject()->className() + " " +
                                                               child->objectName() + " is cut off"));
            }
        }
        // The charts stand one above the other on the small screen, side by side on the large one.
        QCOMPARE(window_->trainPage()->charts()->sideBySide(), size.width() > 1000);
        // The model's name leaves most of the status bar to the messages; when it is shortened,
        // its tooltip has it whole.
        ElidedLabel* label = window_->modelLabel();
        QVERIFY2(label->width() <= size.width() * 2 / 5, qPrintable(QString::number(label->width())));
        QCOMPARE(label->toolTip(), label->fullText());
        if (label->fontMetrics().horizontalAdvance(label->fullText()) > label->contentsRect().width())
            QVERIFY2(label->text().endsWith(QChar(0x2026)), qPrintable(label->text()));
        else
            QCOMPARE(label->text(), label->fullText());
    }
}

// A CNN trained on the Train page and a model adapted to the user's handwriting are kept in the
// models folder as soon as they are used, so quitting loses neither: the next launch lists both// An older DigitPad kept its data in ".../DigitPad/DigitPad": it moves to ".../DigitPad", the
// remembered model with it, and nothing already there is overwritten.
void TestGui::oldAppDataMovesToTheAppsFolder() {
    window_.reset();
    const QString old = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(QDir::cleanPath(old) != QDir::cleanPath(appDataFolder()));
    QVERIFY(QDir::cleanPath(appDataFolder()).endsWith("/" + QCoreApplication::applicationName()));
    QVERIFY(!appDataFolder().endsWith(QCoreApplication::applicationName() + "/" + QCoreApplication::applicationName()));
    QDir(appDataFolder()).removeRecursively();
    QDir().mkpath(old + "/personal");
    QDir().mkpath(old + "/models");
    writeFileAtomically((old + "/personal/labels.idx").toStdString(), "old samples");
    model_->save((old + "/models/cnn-seed-1.dpm").toStdString());
    QSettings().setValue(settings_key::kModelPath, old + "/models/cnn-seed-1.dpm");
    moveOldAppData();
    QCOMPARE(QString::fromStdString(readFileBytes((personalSamplesFolder() + "/labels.idx").toStdString())), QString("old samples"));
    QVERIFY(QFile::exists(savedModelsFolder() + "/cnn-seed-1.dpm"));
    QCOMPARE(QSettings().value(settings_key::kModelPath).toString(), savedModelsFolder() + "/cnn-seed-1.dpm");
    QVERIFY(!QDir(old).exists());
    QDir(appDataFolder()).removeRecursively();
    QSettings().clear();
}

// The Models page's form is remembered like the Train page's.
void TestGui::modelsPageFormOutlivesARestart() {
    window_->modelsPage()->imagesBox()->setValue(2500);
    window_ = std::make_unique<MainWindow>(); // a restart
    QCOMPARE(window_->modelsPage()->imagesBox()->value(), 2500);
    // Figures Compare measures are not kept: they say so rather than stand blank.
    QTableWidgetItem* f1 = window_->modelsPage()->table()->item(0, ModelTable::MacroF1);
    QCOMPARE(f1->text(), QString("not yet"));
    QVERIFY(f1->toolTip().contains("Compare"));
    // A model file's size is known without Compare: the bundled model's is its file's.
    QTableWidgetItem* size = window_->modelsPage()->table()->item(0, ModelTable::SizeMb);
    const double bundledMb = static_cast<double>(QFileInfo(kBundledModelPath).size()) / 1e6;
    QVERIFY(bundledMb > 0.1);
    QCOMPARE(size->text(), QString("%1 MB").arg(bundledMb, 0, 'f', 2));
    QCOMPARE(size->text(), QString("%1 MB").arg(static_cast<double>(loadBundledModel()->toBytes().size()) / 1e6, 0, 'f', 2));
}


// and recognizes with the one last used.
void TestGui::modelsMadeInTheAppOutliveARestart() {
    QDir(savedModelsFolder()).removeRecursively();
    TrainPage* train = window_->trainPage();
    startTinyTraining(train);
    QVERIFY(waitUntil([&] { return !train->isTraining() && train->useButton()->isEnabled(); }, 120000));
    QTest::mouseClick(train->useButton(), Qt::LeftButton);
    QCOMPARE(QDir(savedModelsFolder()).entryList({"cnn-seed-*.dpm"}).size(), 1);

    auto adapted = std::shared_ptr<Classifier>(model_->clone());
    adapted->metadata()["adapted_samples"] = "12";
    emit window_->handwritingPage()->useModel(adapted);
    QCOMPARE(QDir(savedModelsFolder()).entryList({"adapted-*.dpm"}).size(), 1);

    window_ = std::make_unique<MainWindow>();
    QCOMPARE(window_->activeModel()->metadata().at("adapted_samples"), std::string("12"));
    QStringList names;
    for (int r = 0; r < window_->modelsPage()->modelCount(); ++r)
        names << window_->modelsPage()->table()->item(r, ModelTable::Name)->text();
    QVERIFY2(names.filter(QRegularExpression("^cnn-seed-")).size() == 1 && names.filter(QRegularExpression("^adapted-")).size() == 1,
             qPrintable(names.join(", ")));
    QDir(savedModelsFolder()).removeRecursively();
}

// Every CNN describes itself as "CNN 'default' (...)": the window names a model by its file and
// where it came from, and warns when a model opened records a poor MNIST figure.
void TestGui::modelsAreToldApartByName() {
    const QTemporaryDir dir;
    const QString poorPath = dir.filePath("my-first-try.dpm");
    auto poor = std::shared_ptr<Classifier>(model_->clone());
    poor->metadata()["test_accuracy"] = "0.3460";
    poor->metadata()["test_images"] = "10000";
    poor->save(poorPath.toStdString());
    QVERIFY(window_->openModel(poorPath));
    const QString opened = window_->modelLabel()->fullText();
    QVERIFY2(opened.startsWith("Model: my-first-try · MNIST test accuracy 34.60%"), qPrintable(opened));
    QVERIFY2(window_->statusBar()->currentMessage().contains("only 34.6%"), qPrintable(window_->statusBar()->currentMessage()));

    window_->setActiveModel(std::shared_ptr<Classifier>(model_->clone()), "bundled", kBundledModelPath);
    const QString bundled = window_->modelLabel()->fullText();
    QVERIFY2(bundled.startsWith("Model: bundled"), qPrintable(bundled));
    QVERIFY(bundled != opened);
    EvaluatePage* evaluate = window_->evaluatePage();
    window_->evaluatePage()->evaluateModel(window_->activeModel(), data_, "bundled");
    QVERIFY(waitUntil([&] { return !evaluate->isEvaluating() && evaluate->hasEvaluation(); }, 60000));
    QVERIFY2(evaluate->summaryLabel()->text().contains("bundled"), qPrintable(evaluate->summaryLabel()->text()));
    // Evaluating again: the last results do not stay up as if they were the new model's.
    evaluate->evaluateModel(window_->activeModel(), data_, "bundled again");
    QVERIFY(evaluate->isEvaluating());
    QVERIFY(!evaluate->heatmap()->hasMatrix() && !evaluate->hasEvaluation());
    QVERIFY(waitUntil([&] { return !evaluate->isEvaluating() && evaluate->hasEvaluation(); }, 60000));
}

// What the window shows is the figure of the model it names: the Models table shows the test
// accuracy a file records, and Evaluate says when its results are for a model no longer in use.
void TestGui::figuresBelongToTheirModel() {
    auto recorded = std::shared_ptr<Classifier>(model_->clone());
    recorded->metadata()["test_accuracy"] = "0.9876";
    recorded->metadata()["test_images"] = "10000";
    window_->setActiveModel(recorded, "recorded");
    ModelsPage* models = window_->modelsPage();
    const QList<QTableWidgetItem*> rows = models->table()->findItems("recorded", Qt::MatchExactly);
    QCOMPARE(rows.size(), 1);
    QTableWidgetItem* accuracy = models->table()->item(rows.first()->row(), ModelTable::Accuracy);
    QCOMPARE(accuracy->text(), QString("98.76%"));
    QVERIFY2(accuracy->toolTip().contains(localCount(10000) + " MNIST test images"), qPrintable(accuracy->toolTip()));
    QVERIFY(window_->modelLabel()->fullText().contains("98.76%"));

    EvaluatePage* evaluate = window_->evaluatePage();
    evaluate->evaluateModel(window_->activeModel(), data_, "the model in use");
    QVERIFY(waitUntil([&] { return !evaluate->isEvaluating() && evaluate->hasEvaluation(); }, 60000));
    QVERIFY(!evaluate->showsAnotherModel());
    QVERIFY(!evaluate->summaryLabel()->text().contains("not for the model"));
    window_->setActiveModel(model_, "test");
    QVERIFY(evaluate->showsAnotherModel());
    QVERIFY2(evaluate->summaryLabel()->text().contains("not for the model the canvas uses now"),
             qPrintable(evaluate->summaryLabel()->text()));
    window_->setActiveModel(recorded, "recorded"); // back to the model evaluated: nothing to warn of
    QVERIFY(!evaluate->summaryLabel()->text().contains("not for the model"));
    window_->setActiveModel(model_, "test");
    QTest::mouseClick(evaluate->evaluateButton(), Qt::LeftButton); // measured again: the warning goes
    QVERIFY(waitUntil([&] { return !evaluate->isEvaluating() && !evaluate->showsAnotherModel(); }, 60000));
    QVERIFY(!evaluate->summaryLabel()->text().contains("not for the model"));
}

// File > Export model as ONNX writes what core's export gives (tst_onnx runs that in a real
// runtime), and File > Open takes it back; a classical model is refused with the reason, before
// any dialog.
void TestGui::modelExportsAsOnnx() {
    window_->setActiveModel(model_, "test");
    QAction* exportOnnx = menuAction(window_.get(), "E&xport model as ONNX…");
    QVERIFY(exportOnnx);
    QString openedIn;
    answerFileDialog(dir_.path() + "/pad", &openedIn);
    exportOnnx->trigger();
    QFile written(dir_.path() + "/pad.onnx");
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().toStdString() == toOnnx(*model_));
    QVERIFY(window_->statusBar()->currentMessage().contains("pad.onnx"));
    // File > Open reads it back (its filter lists .onnx), and the pad reads with it.
    QVERIFY(window_->openModel(dir_.path() + "/pad.onnx"));
    QVERIFY(window_->modelLabel()->fullText().contains("pad"));
    QVERIFY(openModelFilter().contains("*.onnx"));

    auto forest = trainClassicModel(*findClassicModelType("rf-raw"), defaultParameters(*findClassicModelType("rf-raw"), {{"trees", 5}}),
                                    syntheticDataset(5, 1));
    window_->setActiveModel(std::move(forest), "forest");
    QString refusal;
    bool dialogShown = false;
    QTimer::singleShot(200, [&] {
        dialogShown = qobject_cast<QFileDialog*>(QApplication::activeModalWidget()) != nullptr;
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            refusal = box->text();
            box->close();
        } else if (QWidget* other = QApplication::activeModalWidget()) {
            other->close();
        }
    });
    exportOnnx->trigger();
    QVERIFY(!dialogShown);
    QVERIFY2(refusal.contains("only CNN models"), qPrintable(refusal));
    window_->setActiveModel(model_, "test");
}

// The bars without a mouse: arrows move, Enter asks why not, Shift+Enter saves; a screen reader
// sees ten items named "7: 12.4%" whose action asks too.
void TestGui::barsWorkFromTheKeyboardAndAScreenReader() {
    DrawPage* page = window_->drawPage();
    InsightView* insight = page->insight();
    ProbabilityBars* bars = page->panel()->bars();
    drawWithMouse(page->canvas(), syntheticDigit(4));
    QVERIFY(waitUntil([&] { return insight->hasInspection(); }, 5000));
    const int read = page->panel()->shownDigit();
    bars->setFocus(Qt::TabFocusReason);
    QCOMPARE(bars->current(), read); // the keyboard starts on the digit read
    const int other = read == 9 ? 8 : read + 1;
    QTest::keyClick(bars, read == 9 ? Qt::Key_Up : Qt::Key_Down);
    QCOMPARE(bars->current(), other);
    QTest::keyClick(bars, Qt::Key_Return);
    QVERIFY(waitUntil([&] { return insight->contrastedWith() == other; }, 5000));

    QAccessibleInterface* list = QAccessible::queryAccessibleInterface(bars);
    QVERIFY(list);
    QCOMPARE(list->childCount(), 10);
    QAccessibleInterface* item = list->child(other);
    const QString percent = QString::number(bars->probabilities()[static_cast<std::size_t>(other)] * 100, 'f', 1);
    QCOMPARE(item->text(QAccessible::Name), QString("%1: %2%").arg(other).arg(percent));
    QVERIFY(item->state().focused && item->state().selected);
    QCOMPARE(list->indexOfChild(item), other);
    const int third = (read + 5) % 10;
    list->child(third)->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
    QVERIFY(waitUntil([&] { return insight->contrastedWith() == third; }, 5000));

    const int samples = window_->handwritingPage()->sampleCount();
    QTest::keyClick(bars, Qt::Key_Return, Qt::ShiftModifier);
    QVERIFY(waitUntil([&] { return window_->handwritingPage()->sampleCount() == samples + 1; }, 5000));
}

// Evaluate without a mouse: the heatmap takes focus on its largest mistake, the arrows move a
// frame, Enter fills the gallery, the arrows and Enter there open an image on the pad. The pad
// shows focus, says what it read, and tables are one Tab stop.
void TestGui::heatmapGalleryAndPadWorkFromTheKeyboard() {
    EvaluatePage* evaluate = window_->evaluatePage();
    window_->tabs()->setCurrentWidget(evaluate);
    QTest::mouseClick(evaluate->evaluateButton(), Qt::LeftButton);
    QVERIFY(waitUntil([&] { return !evaluate->isEvaluating() && evaluate->heatmap()->hasMatrix(); }, 60000));
    ConfusionHeatmap* heatmap = evaluate->heatmap();
    heatmap->setFocus(Qt::TabFocusReason);
    QVERIFY(heatmap->hasFocus());
    const QPoint start = heatmap->currentCell();
    QVERIFY(start.x() >= 0 && start.y() >= 0); // the largest mistake, or the first cell without one
    QCOMPARE(heatmap->accessibleDescription(), heatmap->cellDescription(start.y(), start.x()));
    // To the 2s read as 2s: from the start, up or down to row 2, then left or right to column 2.
    for (int i = 0; i < 10; ++i) QTest::keyClick(heatmap, Qt::Key_Up);
    QTest::keyClick(heatmap, Qt::Key_Down);
    QTest::keyClick(heatmap, Qt::Key_Down);
    for (int i = 0; i < 10; ++i) QTest::keyClick(heatmap, Qt::Key_Left);
    QTest::keyClick(heatmap, Qt::Key_Right);
    QTest::keyClick(heatmap, Qt::Key_Right);
    QCOMPARE(heatmap->currentCell(), QPoint(2, 2));
    QCOMPARE(heatmap->accessibleDescription(), heatmap->cellDescription(2, 2));
    QTest::keyClick(heatmap, Qt::Key_Return);
    ExampleGallery* gallery = evaluate->gallery();
    QVERIFY(gallery->count() > 1);
    gallery->setFocus(Qt::TabFocusReason);
    QTest::qWait(50); // the view lays its items out late
    gallery->setCurrentRow(0);
    QTest::keyClick(gallery->viewport(), Qt::Key_Right);
    QCOMPARE(gallery->currentRow(), 1);
    QTest::keyClick(gallery, Qt::Key_Return);
    DrawPage* draw = window_->drawPage();
    QCOMPARE(window_->tabs()->currentWidget(), static_cast<QWidget*>(draw));
    QVERIFY(draw->openedImage());
    QVERIFY(waitUntil([&] { return draw->canvas()->accessibleDescription().startsWith("Read as 2"); }, 5000));
    QVERIFY(!evaluate->findChild<ReportTable*>()->tabKeyNavigation());

    CanvasWidget* canvas = draw->canvas();
    canvas->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    const QImage focused = canvas->grab().toImage();
    canvas->clearFocus();
    QApplication::processEvents();
    QVERIFY(canvas->grab().toImage() != focused); // the focus frame shows
}

void TestGui::themeColoursReadOnTheirBackground_data() {
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light (Fusion)") << QStyleFactory::create("Fusion")->standardPalette();
    QPalette dark;
    for (auto [role, colour] : {std::pair{QPalette::Window, QColor(0x31, 0x36, 0x3b)}, {QPalette::WindowText, QColor(0xef, 0xf0, 0xf1)},
                                {QPalette::Base, QColor(0x23, 0x26, 0x29)}, {QPalette::Text, QColor(0xef, 0xf0, 0xf1)},
                                {QPalette::Highlight, QColor(0x3d, 0xae, 0xe9)}})
        dark.setColor(role, colour);
    QTest::newRow("dark (Breeze Dark)") << dark;
    for (bool inverse : {false, true}) {
        QPalette contrast;
        const QColor fore = inverse ? Qt::white : Qt::black, back = inverse ? Qt::black : Qt::white;
        for (auto role : {QPalette::Window, QPalette::Base}) contrast.setColor(role, back);
        for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::HighlightedText}) contrast.setColor(role, fore);
        contrast.setColor(QPalette::HighlightedText, back);
        contrast.setColor(QPalette::Highlight, inverse ? QColor(Qt::cyan) : QColor(Qt::darkBlue));
        QTest::newRow(inverse ? "high contrast, white on black" : "high contrast, black on white") << contrast;
    }
}

// Every colour that carries text or meaning reads on what it is drawn on, in a light, a dark and
// a high-contrast theme (WCAG's 4.5 for text, 3 for bars and marks).
void TestGui::themeColoursReadOnTheirBackground() {
    QFETCH(QPalette, palette);
    const ThemeColours c = ThemeColours::of(palette);
    const QColor window = palette.color(QPalette::Window), base = palette.color(QPalette::Base);
    const auto reads = [](const QColor& a, const QColor& b, double least, const char* what) {
        const double ratio = contrastRatio(a, b);
        QVERIFY2(ratio >= least, qPrintable(QString("%1: %2 on %3 is %4").arg(what, a.name(), b.name()).arg(ratio, 0, 'f', 2)));
    };
    reads(c.unsureText, window, 4.5, "unsure text");
    reads(c.warningText, window, 4.5, "warning text");
    reads(c.errorText, window, 4.5, "error text");
    reads(c.bannerText, c.bannerBackground, 4.5, "replay banner");
    reads(c.bestRowText, c.bestRowBackground, 4.5, "best trial's row");
    for (double rate : {0.0, 0.05, 0.3, 0.6, 1.0}) reads(textOn(c.heatmapCell(rate)), c.heatmapCell(rate), 4.5, "a heatmap count");
    reads(c.heatmapHigh, c.heatmapLow, 3, "the heatmap's range");
    reads(c.bar, base, 2.0, "a probability bar"); // beside its value, written out
    reads(c.best, window, 1.5, "the most probable bar");
    reads(c.series, base, 3, "a chart's series");
    reads(c.sure, c.pad, 4.5, "a sure digit's mark on the pad");
    reads(c.unsure, c.pad, 4.5, "a doubtful digit's mark on the pad");
    reads(placeholderText(palette), base, 4.5, "an empty gallery's placeholder");
    QVERIFY(contrastRatio(placeholderText(palette), base) <= contrastRatio(palette.color(QPalette::Text), base));
}

// Without a mouse, Tab (and Shift+Tab) must reach every control a page shows: the pad, the bars,
// the heatmap and the galleries among them, whose keys the tests above check.
// The interface speaks the system's language unless View > Language says otherwise (remembered);
// German brings Qt's own German too (its dialog buttons).
void TestGui::languageFollowsTheSystemOrTheMenu() {
    setChosenLanguage(QString());
    QCOMPARE(interfaceLocale(), QLocale::system());
    QAction* german = menuAction(window_.get(), "Deutsch");
    QAction* system = menuAction(window_.get(), "System language");
    QVERIFY(german && system && menuAction(window_.get(), "Français") && menuAction(window_.get(), "English"));
    QVERIFY(system->isChecked());
    german->trigger();
    QCOMPARE(chosenLanguage(), QString("de"));
    QCOMPARE(interfaceLocale().language(), QLocale::German);
    QVERIFY(window_->statusBar()->currentMessage().contains("next start"));

    QVERIFY(installTranslations(*QCoreApplication::instance(), interfaceLocale()));
    const auto untranslate = qScopeGuard([] {
        removeTranslations();
        installTranslations(*QCoreApplication::instance(), QLocale::system());
        setChosenLanguage(QString());
    });
    QCOMPARE(QCoreApplication::translate("digitpad::MainWindow", "&File"), QString("&Datei"));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QString("Abbrechen")); // Qt's own
    QCOMPARE(classicSummary(*findClassicModelType("rf-raw")), QString("Random Forest auf Rohpixeln")); // core's words too
    QVERIFY(!installTranslations(*QCoreApplication::instance(), QLocale(QLocale::Japanese))); // English, then
}

// Figures on screen are written as the interface's language writes them (a decimal comma in
// German and French); C's point elsewhere.
void TestGui::numbersFollowTheLanguage() {
    const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::system()); });
    Probabilities p{};
    p[7] = 0.876f;
    p[1] = 0.124f;
    ConfusionMatrix matrix;
    matrix.add(1, 1);
    matrix.add(1, 7);
    matrix.add(7, 7);
    for (const auto& [language, separator] : {std::pair{QLocale::German, ','}, std::pair{QLocale::French, ','},
                                              std::pair{QLocale::English, '.'}}) {
        QLocale::setDefault(QLocale(language));
        ProbabilityBars bars;
        bars.setProbabilities(p);
        QVERIFY2(bars.rowText(7).contains(QStringLiteral("87%1").arg(QChar(separator))), qPrintable(bars.rowText(7)));
        ReportTable table;
        table.setReport(makeReport(matrix));
        const QString precision = table.item(1, 0)->text(); // digit 1: 1 of 1 read as 1
        QVERIFY2(precision == QString("1") + separator + "0000", qPrintable(precision));
        const QString thousands = localCount(10000); // counts group their thousands as the language does
        QCOMPARE(thousands, language == QLocale::German ? QString("10.000")
                            : language == QLocale::French ? QStringLiteral("10\u202F000") : QString("10,000"));
        TrialPlot plot;
        QVERIFY(plot.chart()->localizeNumbers());
        QCOMPARE(plot.chart()->locale().language(), language);
    }
}

// "%n image(s)" shows no "(s)" to anyone: French says "0 image", English "0 images", and a
// language DigitPad does not speak gets English's forms.
void TestGui::pluralsTakeEachLanguagesForms() {
    const auto restore = qScopeGuard([] {
        removeTranslations();
        installTranslations(*QCoreApplication::instance(), QLocale::system());
    });
    const auto images = [](int n) { return QCoreApplication::translate("digitpad::ConfusionHeatmap", "%n image(s)", nullptr, n); };
    for (const auto& [locale, zero, one, two] :
         {std::tuple{QLocale(QLocale::French), "0 image", "1 image", "2 images"},
          std::tuple{QLocale(QLocale::German), "0 Bilder", "1 Bild", "2 Bilder"},
          std::tuple{QLocale(QLocale::English), "0 images", "1 image", "2 images"},
          std::tuple{QLocale(QLocale::Japanese), "0 images", "1 image", "2 images"}}) {
        removeTranslations();
        installTranslations(*QCoreApplication::instance(), locale);
        QCOMPARE(images(0), QString(zero));
        QCOMPARE(images(1), QString(one));
        QCOMPARE(images(2), QString(two));
    }
    // A sentence with two counts: each takes its own forms, the second put in by the translator.
    removeTranslations();
    installTranslations(*QCoreApplication::instance(), QLocale(QLocale::French));
    const auto evaluation = [&](int drawings, int wrong) {
        const QString mistakes = QCoreApplication::translate("digitpad::SampleEvaluationView", "%n wrong", nullptr, wrong);
        return QCoreApplication::translate("digitpad::SampleEvaluationView",
                                           "The model in use reads %1% of your %n drawing(s) right (%2).", nullptr, drawings)
            .arg("100", mistakes);
    };
    QCOMPARE(evaluation(1, 0), QString("Le modèle utilisé lit correctement 100 % de votre 1 dessin (0 erreur)."));
    QCOMPARE(evaluation(6, 2), QString("Le modèle utilisé lit correctement 100 % de vos 6 dessins (2 erreurs)."));
}

// An empty gallery paints its placeholder where the images would be, and nothing without one.
void TestGui::anEmptyGalleryPaintsItsPlaceholder() {
    const auto textPixels = [](ExampleGallery& gallery) {
        gallery.resize(320, 200);
        const QRgb base = gallery.palette().color(QPalette::Base).rgb();
        QImage shown(gallery.viewport()->size(), QImage::Format_RGB32);
        shown.fill(base);
        gallery.viewport()->render(&shown);
        int written = 0;
        for (int y = 0; y < shown.height(); ++y)
            for (int x = 0; x < shown.width(); ++x) written += shown.pixel(x, y) != base;
        return written;
    };
    ExampleGallery gallery(QStringLiteral("Your sample"));
    const int blank = textPixels(gallery);
    gallery.setPlaceholderText(QStringLiteral("Click a cell of the heatmap to see its drawings here"));
    const int written = textPixels(gallery);
    QVERIFY2(written > blank + 100, qPrintable(QString("%1 pixels off the background, %2 without text").arg(written).arg(blank)));
}

// One walk through the app with nothing but keys, sent where the focus is, as a person without a
// mouse goes: pages by their shortcuts, Tab to a control, arrows, Enter, Space. Drawing is the one
// thing done with the pointer.
void TestGui::keyboardAloneReachesEveryFunction() {
    const auto press = [](int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QWidget* target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClick(target, static_cast<Qt::Key>(key), modifiers);
        QApplication::processEvents();
    };
    // Tab until the focus is on `widget` (or inside it); false when 150 presses never get there.
    const auto tabTo = [](QWidget* widget) {
        for (int i = 0; i < 150; ++i) {
            QWidget* focus = QApplication::focusWidget();
            if (focus && (focus == widget || widget->isAncestorOf(focus) || focus->focusProxy() == widget)) return true;
            QTest::keyClick(focus ? focus : QApplication::activeWindow(), Qt::Key_Tab);
        }
        return false;
    };
    window_->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window_.get()));
    window_->tabs()->tabBar()->setFocus(Qt::TabFocusReason); // where a keyboard user starts: the page tabs

    // Draw: read a drawing, choose another digit on the bars, see why not, save the drawing as it.
    press(Qt::Key_1, Qt::ControlModifier);
    DrawPage* draw = window_->drawPage();
    QCOMPARE(window_->tabs()->currentWidget(), static_cast<QWidget*>(draw));
    drawWithMouse(draw->canvas(), syntheticDigit(3));
    QVERIFY(waitUntil([&] { return draw->insight()->hasInspection(); }, 5000));
    ProbabilityBars* bars = draw->panel()->bars();
    QVERIFY(tabTo(bars));
    const int other = bars->current() == 9 ? 8 : bars->current() + 1;
    press(bars->current() == 9 ? Qt::Key_Up : Qt::Key_Down);
    press(Qt::Key_Return);
    QVERIFY(waitUntil([&] { return draw->insight()->contrastedWith() == other; }, 5000));
    const int samples = window_->handwritingPage()->sampleCount();
    press(Qt::Key_Return, Qt::ShiftModifier);
    QVERIFY(waitUntil([&] { return window_->handwritingPage()->sampleCount() == samples + 1; }, 5000));

    // Train: start from the keyboard, cancel from the keyboard.
    press(Qt::Key_2, Qt::ControlModifier);
    TrainPage* train = window_->trainPage();
    QCOMPARE(window_->tabs()->currentWidget(), static_cast<QWidget*>(train));
    TrainingOptions options;
    options.epochs = 100;
    train->setOptions(options, "seed");
    QVERIFY(tabTo(train->startButton()));
    press(Qt::Key_Space);
    QVERIFY(train->isTraining());
    press(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(waitUntil([&] { return !train->isTraining(); }, 10000));

    // Evaluate: run it, walk the heatmap to a cell, open its images, open one on the pad.
    press(Qt::Key_3, Qt::ControlModifier);
    EvaluatePage* evaluate = window_->evaluatePage();
    QCOMPARE(window_->tabs()->currentWidget(), static_cast<QWidget*>(evaluate));
    QVERIFY(tabTo(evaluate->evaluateButton()));
    press(Qt::Key_Space);
    QVERIFY(waitUntil([&] { return !evaluate->isEvaluating() && evaluate->heatmap()->hasMatrix(); }, 60000));
    QVERIFY(tabTo(evaluate->heatmap()));
    for (int i = 0; i < 10; ++i) press(Qt::Key_Up);
    for (int i = 0; i < 10; ++i) press(Qt::Key_Left);
    press(Qt::Key_Down);
    press(Qt::Key_Right); // the 1s read as 1s
    QCOMPARE(evaluate->heatmap()->currentCell(), QPoint(1, 1));
    press(Qt::Key_Return);
    QVERIFY(evaluate->gallery()->count() > 0);
    QVERIFY(tabTo(evaluate->gallery()));
    press(Qt::Key_Return);
    QCOMPARE(window_->tabs()->currentWidget(), static_cast<QWidget*>(draw));
    QVERIFY(draw->openedImage());

    // Models: pick a row with the arrows and use it.
    press(Qt::Key_4, Qt::ControlModifier);
    ModelsPage* models = window_->modelsPage();
    QCOMPARE(window_->tabs()->currentWidget(), static_cast<QWidget*>(models));
    QVERIFY(models->modelCount() >= 2); // the bundled model and the test's
    const std::shared_ptr<const Classifier> before = window_->activeModel();
    for (int row = 0; row < models->modelCount() && window_->activeModel() == before; ++row) {
        QVERIFY(tabTo(models->table()));
        for (int i = 0; i < models->modelCount(); ++i) press(Qt::Key_Up);
        for (int i = 0; i < row; ++i) press(Qt::Key_Down);
        QCOMPARE(models->table()->currentRow(), row);
        QCOMPARE(models->table()->selectedItems().value(0) ? models->table()->selectedItems().value(0)->row() : -1, row);
        if (!models->useButton()->isEnabled()) continue; // the model in use
        QVERIFY(tabTo(models->useButton()));
        press(Qt::Key_Space);
    }
    QVERIFY(window_->activeModel() != before);

    // My handwriting: the sample saved above is there, and goes with Delete.
    press(Qt::Key_5, Qt::ControlModifier);
    HandwritingPage* handwriting = window_->handwritingPage();
    QCOMPARE(window_->tabs()->currentWidget(), static_cast<QWidget*>(handwriting));
    QVERIFY(tabTo(handwriting->gallery()));
    press(Qt::Key_Home);
    press(Qt::Key_Space); // chosen, not only framed: Delete acts on what is chosen
    press(Qt::Key_Delete);
    QVERIFY(waitUntil([&] { return handwriting->sampleCount() == samples; }, 5000));

    // Every menu opens with Alt and its letter; inside, the arrows reach every command.
    for (QAction* menu : window_->menuBar()->actions())
        QVERIFY2(QKeySequence::mnemonic(menu->text()) != QKeySequence(), qPrintable(menu->text()));
}

// A button that a menu shortcut also presses says so in its tooltip.
void TestGui::buttonsNameTheirShortcuts() {
    const auto button = [this](const QString& text) {
        for (QAbstractButton* b : window_->findChildren<QAbstractButton*>())
            if (b->text() == text) return b;
        return static_cast<QAbstractButton*>(nullptr);
    };
    QVERIFY(tooltipNames(button("&Start training"), "Ctrl+T"));
    QVERIFY(tooltipNames(button("&Evaluate active model"), "Ctrl+E"));
    QVERIFY(tooltipNames(button("&Undo stroke"), "Ctrl+Z"));
    QVERIFY(button("&Clear")->toolTip().contains("Esc"));
    // Menus show every shortcut beside its command.
    QStringList withKeys;
    for (QAction* action : window_->menuBar()->findChildren<QAction*>())
        if (!action->shortcut().isEmpty()) withKeys << action->shortcut().toString();
    for (const QString keys : {"Ctrl+T", "Ctrl+Shift+T", "Ctrl+E", "Ctrl+Z", "Ctrl+1", "Ctrl+5"}) QVERIFY2(withKeys.contains(keys), qPrintable(keys));
}

void TestGui::tabReachesEveryControlOnEveryPage() {
    QStringList unreached;
    for (int page = 0; page < window_->tabs()->count(); ++page) {
        window_->tabs()->setCurrentIndex(page);
        QApplication::processEvents();
        QWidget* shown = window_->tabs()->currentWidget();
        QSet<QWidget*> reached;
        window_->tabs()->tabBar()->setFocus(Qt::TabFocusReason);
        for (int press = 0; press < 150; ++press) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QWidget* focus = QApplication::focusWidget()) reached.insert(focus->focusProxy() ? focus->focusProxy() : focus);
        }
        for (QWidget* widget : shown->findChildren<QWidget*>()) {
            // Controls, whatever focus they ask for: one that Tab skips cannot be used without a mouse.
            const bool control = qobject_cast<QAbstractButton*>(widget) || qobject_cast<QComboBox*>(widget) ||
                                 qobject_cast<QAbstractSpinBox*>(widget) || qobject_cast<QAbstractSlider*>(widget) ||
                                 qobject_cast<QAbstractItemView*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                                 qobject_cast<CanvasWidget*>(widget) || qobject_cast<ProbabilityBars*>(widget) ||
                                 qobject_cast<ConfusionHeatmap*>(widget);
            if (!control || !widget->isVisible() || !widget->isEnabled() || widget->objectName().startsWith("qt_") ||
                qobject_cast<QScrollBar*>(widget) || widget->inherits("QTableCornerButton") ||
                widget->inherits("QComboBoxListView") || widget->inherits("QHeaderView"))
                continue;
            const bool viaChild = std::any_of(reached.begin(), reached.end(), [widget](QWidget* w) { return widget->isAncestorOf(w); });
            if (!reached.contains(widget) && !reached.contains(widget->focusProxy()) && !viaChild)
                unreached << QStringLiteral("%1 '%2' on page %3")
                                 .arg(widget->metaObject()->className(), widget->accessibleName()).arg(window_->tabs()->tabText(page));
        }
    }
    QVERIFY2(unreached.isEmpty(), qPrintable(unreached.join("; ")));
}

// What a screen reader announces for each control a person can reach: never a bare "combo box".
// Every widget that takes focus or a click, on every page, has an accessible name.
void TestGui::everyControlHasAnAccessibleName() {
    QStringList unnamed;
    for (int page = 0; page < window_->tabs()->count(); ++page) {
        window_->tabs()->setCurrentIndex(page);
        QApplication::processEvents();
        for (QWidget* widget : window_->findChildren<QWidget*>()) {
            const bool interactive = widget->focusPolicy() != Qt::NoFocus || qobject_cast<QAbstractButton*>(widget);
            // Qt's own parts of a control (a spin box's line edit, a table's corner) speak for it.
            const bool part = widget->objectName().startsWith("qt_") || widget->inherits("QTableCornerButton") ||
                              widget->inherits("QComboBoxListView") || widget->inherits("QTabWidget") ||
                              qobject_cast<QScrollBar*>(widget) || isViewport(widget);
            // Hidden ones too: the replay slider, a Search tab, the adaptation panel appear later.
            if (!interactive || part || widget->window() != window_.get()) continue;
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            if (accessible && accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 in %2 > %3").arg(widget->metaObject()->className(),
                                                              widget->parentWidget()->metaObject()->className(),
                                                              widget->parentWidget()->parentWidget() ? widget->parentWidget()->parentWidget()->metaObject()->className() : "");
        }
    }
    unnamed.removeDuplicates();
    QVERIFY2(unnamed.isEmpty(), qPrintable(QString::number(unnamed.size()) + " unnamed: " + unnamed.join("; ")));
}

// A model saved as "adapted" is "adapted.dpm", which the Open dialog's filter shows; each
// dialog opens where the last file of its kind was, also after a restart, and never in the
// working folder.
void TestGui::fileDialogsKeepTheSuffixAndTheFolder() {
    QAction* save = menuAction(window_.get(), "&Save model as…");
    QVERIFY(save);
    QString openedIn;
    answerFileDialog("", &openedIn);
    save->trigger();
    QCOMPARE(openedIn, QFileInfo(dialogFolder(FileKind::Model)).absoluteFilePath());
    QVERIFY(openedIn != QDir::currentPath());

    const QString folder = dir_.path() + "/my models";
    QVERIFY(QDir().mkpath(folder));
    answerFileDialog(folder + "/adapted", &openedIn);
    save->trigger();
    QVERIFY(QFileInfo::exists(folder + "/adapted.dpm"));
    QVERIFY(!QFileInfo::exists(folder + "/adapted"));
    QCOMPARE(loadClassifier((folder + "/adapted.dpm").toStdString())->describe(), model_->describe());

    answerFileDialog("adapted.dpm", &openedIn); // opened where it was saved: the bare name finds it
    QVERIFY(menuAction(window_.get(), "&Open model…"));
    menuAction(window_.get(), "&Open model…")->trigger();
    QCOMPARE(openedIn, QFileInfo(folder).absoluteFilePath());
    QCOMPARE(window_->modelLabel()->fullText().contains("adapted"), true);

    window_ = std::make_unique<MainWindow>(); // a restart remembers it
    answerFileDialog("", &openedIn);
    menuAction(window_.get(), "&Open model…")->trigger();
    QCOMPARE(openedIn, QFileInfo(folder).absoluteFilePath());
    // Exports are another kind of file: they do not open among the models.
    QVERIFY(dialogFolder(FileKind::Export) != QFileInfo(folder).absoluteFilePath());
}

namespace {

// The share of the drawing's ink box (its points' box, widened by half the pen) that is inked.
double inkedShare(CanvasWidget& canvas) {
    const QImage shown = canvas.grab().toImage();
    const InkBox box = inkBox(canvas.drawing());
    const double half = canvas.inkWidth() / 2;
    const QRect area = QRectF(QPointF(box.left - half, box.top - half), QPointF(box.right + half, box.bottom + half))
                           .toAlignedRect() & shown.rect();
    int inked = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) inked += qGray(shown.pixel(x, y)) > 128;
    return static_cast<double>(inked) / (area.width() * area.height());
}

} // namespace

// Pen width does not follow the window, a small digit is not a blob, the boxes of a number hold
// the whole width of its ink and their labels are never clipped.
// A window made smaller shrinks the pad below the drawing: the drawing is scaled to stay whole
// (the stem of a 4 at the bottom is not cut off), what is read does not change, and a stroke
// drawn then lands where the pen is.
void TestGui::shrunkPadKeepsTheDrawingInView() {
    CanvasWidget canvas;
    canvas.resize(420, 420);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    drawWithMouse(&canvas, syntheticDigit(4), 0.9);
    const Drawing drawn = canvas.drawing();
    const InkBox box = inkBox(drawn);
    QVERIFY2(box.bottom > 300, qPrintable(QString::number(box.bottom)));
    QCOMPARE(canvas.viewScale(), 1.0);
    canvas.resize(260, 260);
    QCoreApplication::processEvents();
    QVERIFY(canvas.viewScale() < 1.0);
    QVERIFY2(box.bottom * canvas.viewScale() < canvas.height() && box.right * canvas.viewScale() < canvas.width(),
             qPrintable(QString::number(canvas.viewScale())));
    QCOMPARE(canvas.drawing().strokes.size(), drawn.strokes.size()); // nothing lost, nothing moved
    // The ink near the drawing's bottom is painted inside the smaller pad.
    const QImage shown = canvas.grab().toImage();
    bool inkLow = false;
    const int row = static_cast<int>(box.bottom * canvas.viewScale()) - 2;
    for (int x = 0; x < shown.width() && !inkLow; ++x) inkLow = qGray(shown.pixel(x, row)) > 200;
    QVERIFY2(inkLow, qPrintable(QString::number(row)));
    // A stroke drawn on the shrunk pad is kept in the drawing's own units.
    QTest::mousePress(&canvas, Qt::LeftButton, {}, QPoint(20, 20));
    QTest::mouseMove(&canvas, QPoint(40, 40));
    QTest::mouseRelease(&canvas, Qt::LeftButton, {}, QPoint(40, 40));
    const StrokePoint start = canvas.drawing().strokes.back().front();
    QVERIFY2(std::abs(start.x - 20 / canvas.viewScale()) < 1.0, qPrintable(QString::number(start.x)));
}

void TestGui::canvasInkAndMarksFit() {
    CanvasWidget canvas;
    canvas.resize(420, 420);
    canvas.show();
    QVERIFY(QTest::qWaitForWindowExposed(&canvas));
    drawWithMouse(&canvas, syntheticDigit(8), 0.6);
    const double width = canvas.inkWidth();
    QCOMPARE(width, CanvasWidget::kNominalInkWidth);
    canvas.resize(1000, 900); // a larger window: the same strokes at the same width
    QCOMPARE(canvas.inkWidth(), width);

    canvas.clear();
    canvas.resize(420, 420);
    drawWithMouse(&canvas, syntheticDigit(8), 0.1); // 42 pixels tall
    QVERIFY2(canvas.inkWidth() <= 42 / 7.0, qPrintable(QString::number(canvas.inkWidth())));
    // Open loops, as the recognizer sees them: the full pen inks about 80% of this 8's box.
    QVERIFY2(inkedShare(canvas) < 0.65, qPrintable(QString::number(inkedShare(canvas))));
    canvas.clear();
    QCOMPARE(canvas.inkWidth(), CanvasWidget::kNominalInkWidth);

    // A narrow 1 of a number, and a digit at the pad's bottom edge.
    canvas.setDigitMarks({{QRectF(QPointF(6, 100), QPointF(10, 220)), "1 · 100%", true},
                          {QRectF(QPointF(200, 300), QPointF(260, 414)), "7 · 64%", false}});
    QFont bold = canvas.font();
    bold.setBold(true);
    for (const CanvasWidget::DigitMark& mark : canvas.digitMarks()) {
        const QRectF label = canvas.markLabelRect(mark);
        QVERIFY2(label.width() >= QFontMetricsF(bold).horizontalAdvance(mark.label), qPrintable(mark.label));
        QVERIFY2(QRectF(canvas.rect()).contains(label), qPrintable(mark.label));
        QVERIFY(!label.intersects(mark.box)); // never over the digit itself
        const double half = canvas.inkReach();
        QVERIFY(half >= canvas.inkWidth() / 2);
        QVERIFY(canvas.markBox(mark).contains(mark.box.adjusted(-half, -half, half, half)));
    }

    // Digits written against each other: their boxes overlap, their labels do not.
    canvas.setDigitMarks({{QRectF(QPointF(100, 100), QPointF(150, 200)), "4 · 100%", true},
                          {QRectF(QPointF(140, 95), QPointF(190, 195)), "7 · 99%", true},
                          {QRectF(QPointF(185, 98), QPointF(230, 198)), "6 · 100%", true}});
    const std::vector<QRectF> labels = canvas.markLabelRects();
    QCOMPARE(labels.size(), std::size_t(3));
    for (std::size_t i = 0; i < labels.size(); ++i) {
        QVERIFY(!labels[i].intersects(canvas.digitMarks()[i].box));
        for (std::size_t j = 0; j < i; ++j) QVERIFY2(!labels[i].intersects(labels[j]), qPrintable(QString("%1 %2").arg(i).arg(j)));
    }
    QCOMPARE(labels[0], canvas.markLabelRect(canvas.digitMarks()[0]));
}

// A greyed-out button always says what it waits for, on every page, before and while work runs.
void TestGui::everyDisabledButtonSaysWhy() {
    auto check = [&](const QString& when) {
        for (QPushButton* button : window_->findChildren<QPushButton*>())
            if (!button->isEnabled())
                QVERIFY2(!button->toolTip().isEmpty(), qPrintable(when + ": " + button->text().remove('&')));
    };
    check("at start");
    TrainPage* train = window_->trainPage();
    startTinyTraining(train);
    check("while training");
    QVERIFY(waitUntil([&] { return !train->isTraining(); }, 120000));
    check("after training");
    window_->modelsPage()->table()->selectRow(0); // the bundled model: Remove says it is kept
    check("with the bundled model selected");
    QVERIFY(!window_->modelsPage()->removeButton()->isEnabled());
    QDir(savedModelsFolder()).removeRecursively();
}

QTEST_MAIN(TestGui)
#include "tst_gui.moc"
