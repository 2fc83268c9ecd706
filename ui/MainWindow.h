#pragma once
#include "model/Classifier.h"

#include <QMainWindow>

#include <memory>

class QTabWidget;

namespace digitpad {

class DrawPage;
class ElidedLabel;
class EvaluatePage;
class HandwritingPage;
class ModelsPage;
class Recognizer;
class TrainPage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    DrawPage* drawPage() const { return drawPage_; }
    Recognizer* recognizer() const { return recognizer_; }
    TrainPage* trainPage() const { return trainPage_; }
    EvaluatePage* evaluatePage() const { return evaluatePage_; }
    ModelsPage* modelsPage() const { return modelsPage_; }
    HandwritingPage* handwritingPage() const { return handwritingPage_; }
    QTabWidget* tabs() const { return tabs_; }
    ElidedLabel* modelLabel() const { return modelLabel_; }
    std::shared_ptr<Classifier> activeModel() const { return model_; }

    // `path` is the model's file, if it has one; it is reopened on the next launch.
    void setActiveModel(std::shared_ptr<Classifier> model, const QString& source, const QString& path = {});
    // Loads a model file; on failure shows why and keeps the current model. Returns success.
    bool openModel(const QString& path);

protected:
    void closeEvent(QCloseEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private slots:
    void showStatus(const QString& message);

private:
    // What the status bar says of the model in use.
    QString activeModelText() const;
    static QString modelName(const QString& source, const QString& path);
    // A model file recording less than this on MNIST is opened with a warning.
    static constexpr double kPoorTestAccuracy = 0.9;
    void buildMenus();
    void addFileMenu();
    void addEditMenu();
    void addViewMenu();
    void addTrainingMenu();
    void connectStatusMessages();
    void connectGalleriesToThePad();
    void connectTrainPage();
    void connectDrawPage();
    void connectModelSources();
    void loadModels();
    void fitToScreen();
    void loadStartupModel();
    void useModelMadeHere(std::shared_ptr<Classifier> model, const QString& kind, const QString& source);
    void openModelDialog();
    void saveModelDialog();
    void exportOnnxDialog();
    void exportChartsPng();
    void showAbout();

    QString modelName_; // what the model in use is called: its file, where it came from
    Recognizer* recognizer_;
    QTabWidget* tabs_;
    DrawPage* drawPage_;
    TrainPage* trainPage_;
    EvaluatePage* evaluatePage_;
    ModelsPage* modelsPage_;
    HandwritingPage* handwritingPage_;
    ElidedLabel* modelLabel_;
    std::shared_ptr<Classifier> model_;
};

} // namespace digitpad
