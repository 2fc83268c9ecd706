#pragma once
#include "classic/ClassicModels.h"
#include "metrics/Comparison.h"
#include "model/Classifier.h"
#include "catalogue/ModelCatalogue.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace digitpad {

class BackgroundJob;
class ClassicTrainForm;
struct TestedModel;
class ModelTable;
class SearchPanel;

// Shows the model catalogue (core's ModelCatalogue) as a table: train a classical model (SVM,
// random forest) on MNIST, compare all models on the test set, and pick the one the canvas uses.
// Models trained here are kept in the app-data "models" folder and listed on the next launch.
class ModelsPage : public QWidget {
    Q_OBJECT
public:
    explicit ModelsPage(QWidget* parent = nullptr);
    ~ModelsPage() override;

    // Lists `model` (once; a listed file of the same `path` takes its place) and marks it as
    // the one in use.
    void noteActiveModel(const std::shared_ptr<Classifier>& model, const QString& name, const QString& path = {});
    // Lists the models saved in savedModelsFolder().
    void loadSavedModels();
    // The model DigitPad ships: listed first, always, and never removed.
    void addBuiltIn(std::shared_ptr<Classifier> model, const QString& name, const QString& path);
    // Saves a model made in the app (trained on the Train page, adapted to a handwriting) in
    // savedModelsFolder(), so that it is listed again on the next launch. Returns its path, or empty
    // after saying why it could not be saved.
    QString keep(const Classifier& model, const QString& kind);

    bool isBusy() const;
    int modelCount() const { return static_cast<int>(catalogue_.size()); }
    ModelTable* table() const { return table_; }
    ClassicTrainForm* trainForm() const { return form_; }
    QComboBox* typeBox() const;
    QSpinBox* imagesBox() const;
    QPushButton* trainButton() const;
    QPushButton* compareButton() const { return compare_; }
    QPushButton* useButton() const { return use_; }
    QPushButton* removeButton() const { return remove_; }
    SearchPanel* searchPanel() const { return search_; }
    QLineEdit* parametersEdit() const;
    QTabWidget* views() const { return views_; }
    QLabel* statusLabel() const { return status_; }

public slots:
    void startTraining();
    void startComparison();
    void cancel();
    void useSelected();
    void addModelFile();
    void removeSelected();
    // Trains `type` with `parameters` on `images` training images, as the form would.
    void trainWith(const QString& type, const HyperParameters& parameters, int images);

signals:
    void useModel(std::shared_ptr<digitpad::Classifier> model, const QString& name, const QString& path);
    void statusMessage(const QString& message);

private:
    int addEntry(std::shared_ptr<Classifier> model, const QString& name, const QString& path,
                 const std::optional<ModelScore>& score = {});
    int showEntry(std::size_t index);
    QString savePathNow(const QString& kind) const;
    void setBusy(bool busy, const QString& message);
    void train(const ClassicModelType& type, const HyperParameters& parameters, std::size_t images);
    void updateSelectionButtons();
    void finishJob(const QString& message);
    void onTrained(const TestedModel& run, const QString& savedTo, const QString& saveProblem);

    ModelTable* table_;
    SearchPanel* search_;
    QTabWidget* views_; // the models table, the search
    ClassicTrainForm* form_;
    QPushButton* compare_;
    QPushButton* cancel_;
    QPushButton* use_;
    QPushButton* add_;
    QPushButton* remove_;
    QProgressBar* progress_;
    QLabel* status_;
    std::unique_ptr<BackgroundJob> job_;
    ModelCatalogue catalogue_;
    bool busy_ = false; // from the start of a job until its result is shown
};

} // namespace digitpad
