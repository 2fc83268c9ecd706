#include "ModelsPage.h"
#include "ModelWords.h"
#include "LocalNumbers.h"

#include "AppDataPaths.h"
#include "MnistFolder.h"

#include "BackgroundJob.h"
#include "ClassicTrainForm.h"
#include "EnabledWhen.h"
#include "FileDialogs.h"
#include "ModelTable.h"
#include "SearchPanel.h"

#include "catalogue/KnownModels.h"
#include "data/Dataset.h"
#include "train/TrainAndTest.h"
#include "util/Error.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace digitpad {

ModelsPage::ModelsPage(QWidget* parent)
    : QWidget(parent), table_(new ModelTable(this)), search_(new SearchPanel(this)), views_(new QTabWidget(this)),
      form_(new ClassicTrainForm(this)),
      compare_(new QPushButton(tr("&Compare on test set"), this)), cancel_(new QPushButton(tr("Cancel"), this)),
      use_(new QPushButton(tr("&Use selected model"), this)), add_(new QPushButton(tr("Add model file…"), this)),
      remove_(new QPushButton(tr("Remove"), this)), progress_(new QProgressBar(this)), status_(new QLabel(this)),
      job_(std::make_unique<BackgroundJob>()), catalogue_(savedModelsFolder().toStdString()) {
    status_->setWordWrap(true);
    status_->setText(tr("Compare every model on the 10,000 MNIST test images, or train a classical one. "
                        "Double-click a row to recognize with that model."));
    progress_->setVisible(false);
    enableWhen(cancel_, false, tr("Nothing is running"));
    use_->setDefault(true);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(compare_);
    buttons->addWidget(cancel_);
    buttons->addStretch(1);
    buttons->addWidget(add_);
    buttons->addWidget(remove_);
    buttons->addWidget(use_);
    // Your models, compared; and the search for a classical model's parameters.
    auto* models = new QWidget(this);
    auto* modelsLayout = new QVBoxLayout(models);
    modelsLayout->addWidget(table_, 1);
    modelsLayout->addLayout(buttons);
    modelsLayout->addWidget(progress_);
    modelsLayout->addWidget(status_);
    views_->addTab(models, tr("Your models"));
    views_->addTab(search_, tr("Search parameters"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(form_);
    layout->addWidget(views_, 1);

    connect(form_, &ClassicTrainForm::trainRequested, this, &ModelsPage::startTraining);
    connect(compare_, &QPushButton::clicked, this, &ModelsPage::startComparison);
    connect(cancel_, &QPushButton::clicked, this, &ModelsPage::cancel);
    connect(use_, &QPushButton::clicked, this, &ModelsPage::useSelected);
    connect(add_, &QPushButton::clicked, this, &ModelsPage::addModelFile);
    connect(remove_, &QPushButton::clicked, this, &ModelsPage::removeSelected);
    connect(table_, &QTableWidget::cellDoubleClicked, this, &ModelsPage::useSelected);
    connect(form_, &ClassicTrainForm::typeChanged, search_, &SearchPanel::setModelType);
    search_->setModelType(form_->typeName());
    connect(search_, &SearchPanel::trainBest, this, &ModelsPage::trainWith);
    connect(search_, &SearchPanel::statusMessage, this, &ModelsPage::statusMessage);
    connect(table_, &QTableWidget::itemSelectionChanged, this, &ModelsPage::updateSelectionButtons);
    updateSelectionButtons();
}

ModelsPage::~ModelsPage() = default;

QComboBox* ModelsPage::typeBox() const { return form_->typeBox(); }
QSpinBox* ModelsPage::imagesBox() const { return form_->imagesBox(); }
QPushButton* ModelsPage::trainButton() const { return form_->trainButton(); }
QLineEdit* ModelsPage::parametersEdit() const { return form_->parametersEdit(); }

bool ModelsPage::isBusy() const { return busy_; }

int ModelsPage::addEntry(std::shared_ptr<Classifier> model, const QString& name, const QString& path,
                         const std::optional<ModelScore>& score) {
    return showEntry(catalogue_.add(std::move(model), name.toStdString(), path.toStdString(), score));
}

namespace {

// A DigitPad model file (the bundled one is a resource) holds exactly what Compare's size counts;
// an ONNX file, or a model not saved yet, waits for Compare.
std::optional<qint64> modelFileBytes(const std::string& path) {
    const QFileInfo file(QString::fromStdString(path));
    if (path.empty() || file.suffix() != QLatin1String("dpm") || !file.isFile()) return std::nullopt;
    return file.size();
}

} // namespace

int ModelsPage::showEntry(std::size_t index) {
    const ModelCatalogue::Entry& entry = catalogue_.at(index);
    return table_->addRow(QString::fromStdString(entry.name), QString::fromStdString(entry.model->describe()), entry.score,
                          recordedTrainingSeconds(*entry.model), recordedTest(*entry.model), modelFileBytes(entry.path));
}

void ModelsPage::noteActiveModel(const std::shared_ptr<Classifier>& model, const QString& name, const QString& path) {
    const std::size_t index = catalogue_.setActive(model, name.toStdString(), path.toStdString());
    if (index >= static_cast<std::size_t>(table_->rowCount())) showEntry(index);
    table_->setActiveRow(static_cast<int>(index));
}

QString ModelsPage::savePathNow(const QString& kind) const {
    return QString::fromStdString(
        catalogue_.savePath(kind.toStdString(), QDateTime::currentDateTime().toString("yyyyMMdd-HHmmss").toStdString()));
}

QString ModelsPage::keep(const Classifier& model, const QString& kind) {
    const QString path = savePathNow(kind);
    try {
        ModelCatalogue::keep(model, path.toStdString());
        return path;
    } catch (const Error& e) {
        emit statusMessage(tr("The model could not be kept for the next launch (%1); save it with File > Save model as…")
                               .arg(QString::fromUtf8(e.what())));
        return {};
    }
}

void ModelsPage::addBuiltIn(std::shared_ptr<Classifier> model, const QString& name, const QString& path) {
    catalogue_.addBuiltIn(std::move(model), name.toStdString(), path.toStdString());
    table_->setRowCount(0); // it goes first: list everything again
    for (std::size_t i = 0; i < catalogue_.size(); ++i) showEntry(i);
    if (const auto active = catalogue_.activeIndex()) table_->setActiveRow(static_cast<int>(*active));
}

void ModelsPage::updateSelectionButtons() {
    const int row = table_->selectedRow();
    const bool selected = row >= 0 && row < modelCount();
    const bool builtIn = selected && catalogue_.at(static_cast<std::size_t>(row)).builtIn;
    const QString pick = tr("Select a model in the table first");
    enableWhen(remove_, selected && !busy_ && !builtIn,
               !selected ? pick : builtIn ? tr("The bundled model is always kept") : tr("Wait for the work going on"));
    enableWhen(use_, selected, pick);
}

void ModelsPage::loadSavedModels() {
    const std::size_t before = catalogue_.size();
    const std::vector<std::string> problems = catalogue_.loadSaved();
    for (std::size_t i = before; i < catalogue_.size(); ++i) showEntry(i);
    if (!problems.empty()) {
        QStringList lines;
        for (const std::string& problem : problems) lines << QString::fromStdString(problem);
        status_->setText(tr("Some saved models could not be read:\n%1").arg(lines.join('\n')));
    }
}

void ModelsPage::setBusy(bool busy, const QString& message) {
    busy_ = busy;
    enableWhen(compare_, !busy, tr("Wait for the work going on, or cancel it"));
    form_->setBusy(busy);
    updateSelectionButtons();
    enableWhen(cancel_, busy, tr("Nothing is running"));
    progress_->setVisible(busy);
    if (!message.isEmpty()) status_->setText(message);
}

void ModelsPage::finishJob(const QString& message) {
    setBusy(false, message);
    emit statusMessage(message);
}

void ModelsPage::trainWith(const QString& type, const HyperParameters& parameters, int images) {
    if (isBusy() || !form_->show(type, parameters, images)) return;
    views_->setCurrentIndex(0);
    train(*findClassicModelType(type.toStdString()), parameters, static_cast<std::size_t>(images)); // exactly as found
}

void ModelsPage::startTraining() {
    if (isBusy()) return;
    if (const auto choice = form_->checkedChoice()) train(*choice->type, choice->parameters, choice->images);
}

void ModelsPage::train(const ClassicModelType& chosen, const HyperParameters& parameters, std::size_t limit) {
    const ClassicModelType* type = &chosen;
    const std::string folder = mnistFolderInUse().toStdString();
    const QString saveTo = savePathNow(QString::fromStdString(type->name));
    progress_->setRange(0, 0); // OpenCV trains without reporting progress
    setBusy(true, tr("Training %1 on %2 MNIST images… The window stays usable; Cancel discards the result "
                     "(OpenCV finishes its current training first).")
                      .arg(classicSummary(*type)).arg(QLocale().toString(static_cast<qulonglong>(limit))));
    job_->start(
        [this, type, parameters, limit, folder, saveTo](const BackgroundJob::Context& job) -> BackgroundJob::Finish {
            TestedModel run = trainClassicAndTest(folder, *type, parameters, limit, 0, &job.cancelFlag());
            QString saveProblem;
            try {
                ModelCatalogue::keep(*run.model, saveTo.toStdString());
            } catch (const Error& e) {
                saveProblem = QString::fromUtf8(e.what());
            }
            return [this, run = std::move(run), saveTo, saveProblem] { onTrained(run, saveTo, saveProblem); };
        },
        [this](bool cancelled, const QString& problem) {
            finishJob(cancelled ? tr("Training cancelled; nothing changed.") : tr("Could not train: %1").arg(problem));
        });
}

void ModelsPage::onTrained(const TestedModel& run, const QString& savedTo, const QString& saveProblem) {
    const QString path = saveProblem.isEmpty() ? savedTo : QString();
    const QString name = path.isEmpty() ? QString::fromStdString(run.model->architecture()) : QFileInfo(path).completeBaseName();
    const double accuracy = run.score->accuracy * 100;
    table_->selectRow(addEntry(run.model, name, path, run.score));
    finishJob(saveProblem.isEmpty()
                  ? tr("Trained %1: %2% on the test set. Saved in %3; press Use to recognize with it.")
                        .arg(name).arg(localNumber(accuracy, 2)).arg(QDir::toNativeSeparators(savedModelsFolder()))
                  : tr("Trained %1 (%2%), but it could not be saved: %3").arg(name).arg(localNumber(accuracy, 2)).arg(saveProblem));
}

void ModelsPage::startComparison() {
    if (catalogue_.size() == 0 || isBusy()) return;
    std::vector<NamedModel> copies;
    for (const ModelCatalogue::Entry& entry : catalogue_.entries()) copies.push_back({entry.model->clone(), ""});
    const std::string folder = mnistFolderInUse().toStdString();
    progress_->setRange(0, static_cast<int>(copies.size()) * 100);
    progress_->setValue(0);
    setBusy(true, tr("Comparing %1 models on the MNIST test set…").arg(copies.size()));
    job_->start(
        [this, copies, folder](const BackgroundJob::Context& job) -> BackgroundJob::Finish {
            const Dataset test = loadMnist(folder, MnistSplit::Test);
            ComparisonProgress progress;
            progress.images = [&](std::size_t i, std::size_t done) {
                const int value = static_cast<int>(i * 100 + done * 100 / std::max<std::size_t>(1, test.size()));
                job.post([this, value] { progress_->setValue(value); });
            };
            progress.scored = [&](std::size_t i, const ModelScore& score) {
                job.post([this, i, score] {
                    if (i < catalogue_.size()) catalogue_.setScore(i, score);
                    table_->setScore(static_cast<int>(i), score);
                });
            };
            compareModels(copies, test, progress, &job.cancelFlag());
            return [this] { finishJob(tr("Compared every model on the 10,000 test images.")); };
        },
        [this](bool cancelled, const QString& problem) {
            finishJob(cancelled ? tr("Comparison cancelled.") : tr("Could not compare: %1").arg(problem));
        });
}

void ModelsPage::cancel() {
    job_->cancel();
    status_->setText(tr("Cancelling…"));
}

void ModelsPage::useSelected() {
    const int row = table_->selectedRow();
    if (row < 0 || row >= modelCount()) return;
    const ModelCatalogue::Entry& entry = catalogue_.at(static_cast<std::size_t>(row));
    emit useModel(entry.model, QString::fromStdString(entry.name), QString::fromStdString(entry.path));
}

void ModelsPage::addModelFile() {
    const QString path = askOpenPath(this, tr("Add model"), FileKind::Model, openModelFilter());
    if (path.isEmpty()) return;
    try {
        table_->selectRow(addEntry(loadClassifier(path.toStdString()), QFileInfo(path).completeBaseName(), path));
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Add model"), QString::fromUtf8(e.what()));
    }
}

void ModelsPage::removeSelected() {
    const int row = table_->selectedRow();
    if (row < 0 || isBusy()) return;
    const auto index = static_cast<std::size_t>(row);
    if (catalogue_.at(index).builtIn) {
        QMessageBox::information(this, tr("Remove model"), tr("The bundled model is always kept."));
        return;
    }
    if (catalogue_.activeIndex() == index) {
        QMessageBox::information(this, tr("Remove model"), tr("The canvas is using this model; pick another first."));
        return;
    }
    const QString name = QString::fromStdString(catalogue_.at(index).name);
    if (catalogue_.ownsFile(index) &&
        QMessageBox::question(this, tr("Remove model"), tr("Delete %1 from DigitPad's models folder?").arg(name)) !=
            QMessageBox::Yes)
        return;
    try {
        catalogue_.remove(index);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Remove model"), QString::fromUtf8(e.what()));
        return;
    }
    table_->removeRow(row);
}

} // namespace digitpad
