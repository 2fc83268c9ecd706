#include "MainWindow.h"
#include "LocalNumbers.h"
#include "MnistFolder.h"

#include "CanvasWidget.h"
#include "DrawPage.h"
#include "ExampleGallery.h"
#include "ElidedLabel.h"
#include "EvaluatePage.h"
#include "HandwritingPage.h"
#include "ModelsPage.h"
#include "Recognizer.h"
#include "FileDialogs.h"
#include "SettingsKeys.h"
#include "TrainPage.h"
#include "TrainingCharts.h"

#include "BundledModel.h"
#include "catalogue/KnownModels.h"
#include "metrics/Evaluate.h"
#include "model/SecondOpinionClassifier.h"
#include "onnx/OnnxExport.h"
#include "util/Error.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QResizeEvent>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace digitpad {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), recognizer_(new Recognizer(this)), tabs_(new QTabWidget(this)),
      drawPage_(new DrawPage(recognizer_, this)), trainPage_(new TrainPage(this)),
      evaluatePage_(new EvaluatePage(this)), modelsPage_(new ModelsPage(this)),
      handwritingPage_(new HandwritingPage(QString(), this)), modelLabel_(new ElidedLabel(this)) {
    setWindowTitle("DigitPad");
    setWindowIcon(QIcon(":/icons/digitpad.svg"));
    tabs_->addTab(drawPage_, tr("&Draw"));
    tabs_->addTab(trainPage_, tr("&Train"));
    tabs_->addTab(evaluatePage_, tr("&Evaluate"));
    tabs_->addTab(modelsPage_, tr("&Models"));
    tabs_->addTab(handwritingPage_, tr("My &handwriting"));
    setCentralWidget(tabs_);
    statusBar()->addPermanentWidget(modelLabel_);
    buildMenus();
    connectStatusMessages();
    connectGalleriesToThePad();
    connectTrainPage();
    connectDrawPage();
    connectModelSources();

    const QSettings settings;
    if (!restoreGeometry(settings.value(settings_key::kWindowGeometry).toByteArray())) resize(1120, 740);
    fitToScreen();
    loadModels();
    drawPage_->canvas()->setFocus();
}

void MainWindow::connectStatusMessages() {
    connect(drawPage_, &DrawPage::statusMessage, this, &MainWindow::showStatus);
    connect(trainPage_, &TrainPage::statusMessage, this, &MainWindow::showStatus);
    connect(evaluatePage_, &EvaluatePage::statusMessage, this, &MainWindow::showStatus);
    connect(modelsPage_, &ModelsPage::statusMessage, this, &MainWindow::showStatus);
    connect(handwritingPage_, &HandwritingPage::statusMessage, this, &MainWindow::showStatus);
}

// From a gallery to the pad: the image as the model's input, to look into or draw over.
void MainWindow::connectGalleriesToThePad() {
    const auto openOnThePad = [this](ImagesOf kind) {
        return [this, kind](const Image28& image, const QString& what) {
            tabs_->setCurrentWidget(drawPage_);
            drawPage_->openImage(image, what, kind);
        };
    };
    connect(evaluatePage_->gallery(), &ExampleGallery::imageOpened, this, openOnThePad(ImagesOf::Mnist));
    connect(handwritingPage_, &HandwritingPage::imageOpened, this, openOnThePad(ImagesOf::People));
}

void MainWindow::connectTrainPage() {
    connect(trainPage_, &TrainPage::useModel, this, [this](std::shared_ptr<Classifier> model) {
        const QString kind = "cnn-" + QString::fromStdString(model->architecture());
        useModelMadeHere(std::move(model), kind, tr("trained in DigitPad"));
    });
    connect(trainPage_, &TrainPage::evaluated, this,
            [this](std::shared_ptr<Classifier> model, const Evaluation& evaluation, std::shared_ptr<const Dataset> test) {
                evaluatePage_->showEvaluation(evaluation, std::move(test), model, tr("the model just trained"));
            });
    // Replaying a run: the Draw page reads with the epoch the Train page shows, the model in use stays.
    connect(trainPage_, &TrainPage::replay, this, [this](std::shared_ptr<Classifier> epoch, const QString& what) {
        recognizer_->setModel(epoch ? epoch : model_);
        drawPage_->showReplay(epoch ? what : QString());
        if (epoch)
            modelLabel_->setFullText(tr("Draw page: %1 (replay; Use on the Train page keeps it)").arg(what));
        else
            modelLabel_->setFullText(activeModelText());
        drawPage_->recognizeNow();
    });
    connect(drawPage_, &DrawPage::replayEndRequested, this, [this] { trainPage_->replayBox()->setChecked(false); });
    connect(trainPage_, &TrainPage::evaluateEpoch, this, [this](std::shared_ptr<Classifier> epoch, const QString& what) {
        tabs_->setCurrentWidget(evaluatePage_);
        evaluatePage_->evaluateModel(epoch, mnistFolderInUse(), what);
        showStatus(tr("Evaluating %1 on the test set").arg(what));
    });
}

// The drawings a person labels on the pad become their handwriting samples.
void MainWindow::connectDrawPage() {
    connect(drawPage_, &DrawPage::samplesLabelled, this, [this](const std::vector<Image28>& images, const std::vector<int>& digits) {
        if (handwritingPage_->addSamples(images, digits)) drawPage_->samplesSaved(digits, handwritingPage_->sampleCount());
    });
    connect(drawPage_, &DrawPage::samplesTakenBack, this, [this](int count) {
        if (handwritingPage_->removeLastSamples(count))
            showStatus(tr("Took back the last save: %1 left in your handwriting samples").arg(handwritingPage_->sampleCount()));
    });
}

// The pages that choose the model in use, and the Evaluate page that tests it.
void MainWindow::connectModelSources() {
    connect(handwritingPage_, &HandwritingPage::useModel, this, [this](std::shared_ptr<Classifier> model) {
        useModelMadeHere(std::move(model), "adapted", tr("adapted to your handwriting"));
    });
    connect(modelsPage_, &ModelsPage::useModel, this,
            [this](std::shared_ptr<Classifier> model, const QString& name, const QString& path) {
                setActiveModel(std::move(model), name, path);
                QSettings settings;
                if (path.isEmpty() || path == kBundledModelPath) settings.remove(settings_key::kModelPath);
                else settings.setValue(settings_key::kModelPath, path);
                showStatus(tr("The canvas now recognizes with %1").arg(name));
            });
    connect(evaluatePage_, &EvaluatePage::evaluateRequested, this,
            [this] { evaluatePage_->evaluateModel(model_, mnistFolderInUse(), modelName_); });
}

void MainWindow::loadModels() {
    try {
        std::shared_ptr<Classifier> bundled = loadBundledModel();
        // Models trained here read doubt as the bundled one does.
        trainPage_->setSecondOpinion(secondOpinionOf(*bundled));
        modelsPage_->addBuiltIn(std::move(bundled), tr("bundled"), kBundledModelPath);
    } catch (const Error&) {
        // A build without the bundled model: loadStartupModel() says so.
    }
    modelsPage_->loadSavedModels();
    loadStartupModel();
}

// A size saved on a larger screen, or the first launch's 1120x740 on an 800x600 one, would put
// the status bar and half a page off the screen: the window opens inside the available area.
void MainWindow::fitToScreen() {
    const QScreen* where = screen();
    if (!where) return;
    const QRect available = where->availableGeometry();
    // The frame is not known before the window is shown; leave room for a typical title bar.
    const QSize room = available.size() - QSize(0, 32);
    if (width() > room.width() || height() > room.height()) resize(size().boundedTo(room));
    if (!available.contains(geometry())) move(available.topLeft());
}

MainWindow::~MainWindow() = default;

void MainWindow::showStatus(const QString& message) { statusBar()->showMessage(message, 5000); }


void MainWindow::setActiveModel(std::shared_ptr<Classifier> model, const QString& source, const QString& path) {
    model_ = std::move(model);
    recognizer_->setModel(model_);
    modelsPage_->noteActiveModel(model_, source, path);
    handwritingPage_->setActiveModel(model_);
    evaluatePage_->setActiveModel(model_);
    trainPage_->endReplay();
    drawPage_->showReplay({});
    modelName_ = modelName(source, path);
    modelLabel_->setFullText(activeModelText());
    drawPage_->recognizeNow();
}

// What people call a model: its file's name, and where it came from when DigitPad made it; the
// bundled one is "bundled". Every CNN describes itself alike ("CNN 'default' ..."), so that comes last.
QString MainWindow::modelName(const QString& source, const QString& path) {
    if (path.isEmpty() || path == kBundledModelPath) return source;
    const QString file = QFileInfo(path).completeBaseName();
    return file == source ? file : tr("%1 (%2)").arg(file, source);
}

QString MainWindow::activeModelText() const {
    if (!model_) return tr("No model: train one or open a model file");
    QString text = tr("Model: %1").arg(modelName_);
    if (const std::optional<RecordedTest> test = recordedTest(*model_))
        text += tr(" · MNIST test accuracy %1%").arg(localNumber(test->accuracy * 100, 2));
    return text + " · " + QString::fromStdString(model_->describe());
}

void MainWindow::useModelMadeHere(std::shared_ptr<Classifier> model, const QString& kind, const QString& source) {
    // Kept like the classical models trained on the Models page: nothing made here is lost on quit.
    const QString path = modelsPage_->keep(*model, kind);
    setActiveModel(std::move(model), source, path);
    if (!path.isEmpty()) QSettings().setValue(settings_key::kModelPath, path);
}

bool MainWindow::openModel(const QString& path) {
    try {
        setActiveModel(loadClassifier(path.toStdString()), QFileInfo(path).completeBaseName(), path);
        QSettings().setValue(settings_key::kModelPath, path);
        const std::optional<RecordedTest> test = recordedTest(*model_);
        if (test && test->accuracy < kPoorTestAccuracy)
            showStatus(tr("Opened %1, but it records only %2% on the MNIST test set: expect many wrong readings")
                           .arg(modelName_).arg(localNumber(test->accuracy * 100, 1)));
        else
            showStatus(tr("Opened %1").arg(path));
        return true;
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Open model"),
                             tr("%1\n\nThe current model stays active.").arg(QString::fromUtf8(e.what())));
        return false;
    }
}

void MainWindow::loadStartupModel() {
    const QString remembered = QSettings().value(settings_key::kModelPath).toString();
    if (!remembered.isEmpty()) {
        try {
            setActiveModel(loadClassifier(remembered.toStdString()), QFileInfo(remembered).completeBaseName(), remembered);
            return;
        } catch (const Error& e) {
            showStatus(tr("Could not reopen %1; using the bundled model").arg(remembered));
        }
    }
    try {
        setActiveModel(loadBundledModel(), tr("bundled"), kBundledModelPath);
    } catch (const Error&) {
        modelLabel_->setFullText(tr("No model: train one or open a model file"));
    }
}

void MainWindow::openModelDialog() {
    const QString path = askOpenPath(this, tr("Open model"), FileKind::Model, openModelFilter());
    if (!path.isEmpty()) openModel(path);
}

void MainWindow::saveModelDialog() {
    if (!model_) return;
    const QString path = saveModelInteractively(this, *model_);
    if (!path.isEmpty()) showStatus(tr("Saved %1").arg(path));
}

void MainWindow::exportOnnxDialog() {
    if (!model_) return;
    const QString title = tr("Export model as ONNX");
    std::string bytes;
    try {
        bytes = toOnnx(*model_);
    } catch (const Error& e) {
        QMessageBox::information(this, title, QString::fromUtf8(e.what()));
        return;
    }
    const QString path = saveBytesInteractively(this, title, tr("ONNX models (*.onnx);;All files (*)"),
                                                "digitpad-model.onnx", QByteArray::fromStdString(bytes));
    if (!path.isEmpty()) showStatus(tr("Exported %1: it runs in onnxruntime, OpenCV's dnn and other ONNX runtimes").arg(path));
}

void MainWindow::exportChartsPng() {
    if (!trainPage_->charts()->hasData()) return; // never an empty picture
    const QString path = saveBytesInteractively(this, tr("Export training charts"), tr("PNG images (*.png)"),
                                                "digitpad-training.png", toPng(trainPage_->charts()->toImage()));
    if (!path.isEmpty()) showStatus(tr("Saved %1").arg(path));
}

void MainWindow::showAbout() {
    QFile notice(QStringLiteral(":/NOTICE"));
    const QString notices = notice.open(QIODevice::ReadOnly) ? QString::fromUtf8(notice.readAll()) : QString();
    QMessageBox box(QMessageBox::Information, tr("About DigitPad"),
                    tr("<h3>DigitPad %1</h3>"
                       "<p>Draw a digit and see it recognized; train the recognizer on MNIST and watch it learn.</p>"
                       "<p>MNIST, which DigitPad carries and its bundled model was trained on, is by Yann LeCun, "
                       "Corinna Cortes and Christopher Burges, under CC BY-SA 3.0.</p>"
                       "<p>Built with Qt %2 (LGPL-3.0), tiny-dnn (BSD-3-Clause), OpenCV (Apache-2.0), "
                       "Eigen (MPL-2.0), oneDNN (Apache-2.0), ONNX (Apache-2.0), Protocol Buffers (BSD-3-Clause), nlohmann/json (MIT), stb (public domain / MIT) and zlib (zlib licence). "
                       "<i>Show Details</i> has the full notices.</p>")
                        .arg(QApplication::applicationVersion(), qVersion()),
                    QMessageBox::Ok, this);
    box.setTextFormat(Qt::RichText);
    box.setDetailedText(notices);
    box.exec();
}

void MainWindow::resizeEvent(QResizeEvent* event) {
    // The model's name takes at most two fifths of the status bar; messages get the rest.
    modelLabel_->setMaximumWidth(event->size().width() * 2 / 5);
    QMainWindow::resizeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent* event) {
    if (trainPage_->isTraining() &&
        QMessageBox::question(this, tr("Quit DigitPad"), tr("Training is still running. Stop it and quit?")) !=
            QMessageBox::Yes) {
        event->ignore();
        return;
    }
    trainPage_->cancel();
    QSettings().setValue(settings_key::kWindowGeometry, saveGeometry());
    event->accept();
}

} // namespace digitpad
