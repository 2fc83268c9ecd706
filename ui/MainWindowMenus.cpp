// The window's menus: every command with its shortcut, in one place (docs/user-guide.md lists them).
#include "MainWindow.h"
#include "CanvasWidget.h"
#include "DrawPage.h"
#include "ExampleGallery.h"
#include "EvaluatePage.h"
#include "HandwritingPage.h"
#include "MnistFolder.h"
#include "ModelsPage.h"
#include "FileDialogs.h"
#include "Language.h"
#include "SettingsKeys.h"
#include "TrainPage.h"
#include "TrainingCharts.h"
#include "BundledModel.h"
#include "util/Error.h"
#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QTabWidget>

namespace digitpad {

void MainWindow::buildMenus() {
    addFileMenu();
    addEditMenu();
    addViewMenu();
    addTrainingMenu();
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About DigitPad"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::addFileMenu() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(QIcon::fromTheme("document-open"), tr("&Open model…"), QKeySequence::Open, this,
                    &MainWindow::openModelDialog);
    file->addAction(QIcon::fromTheme("document-save-as"), tr("&Save model as…"), QKeySequence::Save, this,
                    &MainWindow::saveModelDialog);
    file->addAction(tr("E&xport model as ONNX…"), this, &MainWindow::exportOnnxDialog);
    file->addAction(QIcon::fromTheme("image-x-generic"), tr("Open &picture of a digit…"),
                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this, [this] {
                        const QString path = askOpenPath(this, tr("Open picture"), FileKind::Picture,
                                                         tr("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.pgm);;All files (*)"));
                        if (path.isEmpty()) return;
                        tabs_->setCurrentWidget(drawPage_);
                        drawPage_->openPictureFile(path);
                    });
    file->addAction(tr("Use the &bundled model"), this, [this] {
        try {
            setActiveModel(loadBundledModel(), tr("bundled"), kBundledModelPath);
            QSettings().remove(settings_key::kModelPath);
        } catch (const Error& e) {
            QMessageBox::warning(this, tr("Bundled model"), QString::fromUtf8(e.what()));
        }
    });
    file->addSeparator();
    const QList<QAction*> reportExports = {
        file->addAction(tr("Export report as &CSV…"), evaluatePage_, &EvaluatePage::exportCsv),
        file->addAction(tr("Export report as &JSON…"), evaluatePage_, &EvaluatePage::exportJson),
        file->addAction(tr("Export &heatmap as PNG…"), evaluatePage_, &EvaluatePage::exportHeatmapPng)};
    QAction* chartsExport = file->addAction(tr("Export training c&harts as PNG…"), this, &MainWindow::exportChartsPng);
    // Nothing to export yet: the actions say so by being disabled, as the pages' buttons are.
    connect(file, &QMenu::aboutToShow, this, [this, reportExports, chartsExport] {
        for (QAction* action : reportExports) action->setEnabled(evaluatePage_->hasEvaluation());
        chartsExport->setEnabled(trainPage_->charts()->hasData());
    });
    file->addSeparator();
    file->addAction(QIcon::fromTheme("application-exit"), tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::addEditMenu() {
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(QIcon::fromTheme("edit-undo"), tr("&Undo stroke"), QKeySequence::Undo, drawPage_->canvas(),
                    &CanvasWidget::undoStroke);
    edit->addAction(QIcon::fromTheme("edit-paste"), tr("&Paste picture"), QKeySequence::Paste, this, [this] {
        tabs_->setCurrentWidget(drawPage_);
        drawPage_->pastePicture();
    });
    QAction* clear = edit->addAction(QIcon::fromTheme("edit-clear"), tr("&Clear"), drawPage_->canvas(), &CanvasWidget::clear);
    // Esc and Delete clear the pad only on the Draw page: elsewhere they close a drop-down or
    // delete a selected sample.
    clear->setShortcuts({QKeySequence(Qt::Key_Escape), QKeySequence(Qt::Key_Delete)});
    clear->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    drawPage_->addAction(clear);
}

void MainWindow::addViewMenu() {
    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QString names[] = {tr("&Draw"), tr("&Train"), tr("&Evaluate"), tr("&Models"), tr("My &handwriting")};
    for (int i = 0; i < 5; ++i)
        view->addAction(names[i], QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)), this,
                        [this, i] { tabs_->setCurrentIndex(i); });
    view->addSeparator();
    QMenu* language = view->addMenu(tr("&Language"));
    auto* languages = new QActionGroup(language);
    for (const LanguageChoice& choice : languageChoices()) {
        QAction* item = language->addAction(choice.name);
        item->setCheckable(true);
        item->setChecked(choice.code == chosenLanguage());
        languages->addAction(item);
        connect(item, &QAction::triggered, this, [this, code = choice.code] {
            setChosenLanguage(code);
            showStatus(tr("DigitPad speaks the language you chose from its next start"));
        });
    }
}

void MainWindow::addTrainingMenu() {
    QMenu* training = menuBar()->addMenu(tr("T&raining"));
    training->addAction(tr("&Start training"), QKeySequence(Qt::CTRL | Qt::Key_T), this, [this] {
        tabs_->setCurrentWidget(trainPage_);
        trainPage_->start();
    });
    training->addAction(tr("&Cancel training"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), trainPage_,
                        &TrainPage::cancel);
    training->addAction(tr("&Evaluate active model"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] {
        tabs_->setCurrentWidget(evaluatePage_);
        evaluatePage_->evaluateModel(model_, mnistFolderInUse(), modelName_);
    });
}

} // namespace digitpad
