#include "TrainForm.h"

#include "Colours.h"
#include "ElidedLabel.h"
#include "EnabledWhen.h"
#include "FileDialogs.h"
#include "MnistFolder.h"
#include "TrainingSettings.h"

#include "cnn/Architectures.h"
#include "data/MnistLocation.h"
#include "util/Cores.h"

#include <QEvent>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace digitpad {

TrainForm::TrainForm(QWidget* parent)
    : QGroupBox(tr("Training"), parent), folder_(new ElidedLabel(this, Qt::ElideMiddle)), dataProblem_(new QLabel(this)),
      chooseFolder_(new QPushButton(tr("Choose folder…"), this)), architecture_(new QComboBox(this)),
      epochs_(new QSpinBox(this)), batch_(new QSpinBox(this)), learningRate_(new QDoubleSpinBox(this)),
      subset_(new QSpinBox(this)), validation_(new QSpinBox(this)),
      augment_(new QCheckBox(tr("Shift, rotate and scale images"), this)), threads_(new QSpinBox(this)),
      start_(new QPushButton(tr("&Start training"), this)), cancel_(new QPushButton(tr("Cancel"), this)) {
    auto* form = new QFormLayout(this);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(folder_, 1);
    folderRow->addWidget(chooseFolder_);
    form->addRow(tr("MNIST folder"), folderRow);
    dataProblem_->setWordWrap(true);
    followTheme();
    form->addRow(dataProblem_);
    addSettingRows(form);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(start_);
    buttons->addWidget(cancel_);
    form->addRow(buttons);
    setMaximumWidth(420);
    enableWhen(cancel_, false, tr("Nothing is training"));

    connect(chooseFolder_, &QPushButton::clicked, this, &TrainForm::chooseDataFolder);
    connect(epochs_, &QSpinBox::valueChanged, this, &TrainForm::epochsChanged);
    folder_->setFullText(mnistFolderInUse());
    folder_->setFrameShape(QFrame::StyledPanel);
    const TrainingForm saved = loadTrainingForm();
    setOptions(saved.options, saved.architecture);
    checkDataFolder();
}

void TrainForm::addSettingRows(QFormLayout* form) {
    QString architectures;
    for (const std::string& name : cnnArchitectureNames()) {
        architecture_->addItem(QString::fromStdString(name), QString::fromStdString(name));
        architectures += (architectures.isEmpty() ? "" : "\n") + QString::fromStdString(name + ": " + describeCnnArchitecture(name));
    }
    architecture_->setToolTip(architectures);
    form->addRow(tr("Architecture"), architecture_);
    epochs_->setRange(1, 100);
    form->addRow(tr("Epochs"), epochs_);
    batch_->setRange(1, 1024);
    form->addRow(tr("Batch size"), batch_);
    learningRate_->setDecimals(5);
    learningRate_->setRange(0.00001, 0.5);
    learningRate_->setSingleStep(0.0005);
    form->addRow(tr("Learning rate"), learningRate_);
    subset_->setRange(0, 60000);
    subset_->setSingleStep(1000);
    subset_->setSpecialValueText(tr("all 60,000"));
    form->addRow(tr("Training images"), subset_);
    validation_->setRange(0, 50);
    validation_->setSuffix(" %");
    form->addRow(tr("Validation hold-out"), validation_);
    form->addRow(tr("Augmentation"), augment_);
    threads_->setRange(0, 256);
    threads_->setSpecialValueText(tr("automatic (%1)").arg(usableCores()));
    threads_->setToolTip(tr("Cores to train on. Automatic uses every core DigitPad may use here: %1.").arg(usableCores()));
    form->addRow(tr("Threads"), threads_);
}

QString TrainForm::dataFolder() const { return folder_->fullText(); }

void TrainForm::setDataFolder(const QString& folder) {
    folder_->setFullText(folder);
    chooseMnistFolder(folder);
    checkDataFolder();
}

TrainingOptions TrainForm::options() const {
    TrainingOptions o;
    o.epochs = epochs_->value();
    o.batchSize = batch_->value();
    o.learningRate = static_cast<float>(learningRate_->value());
    o.limit = static_cast<std::size_t>(subset_->value());
    o.validationFraction = validation_->value() / 100.0;
    o.augment = augment_->isChecked();
    o.threads = static_cast<std::size_t>(threads_->value());
    return o;
}

QString TrainForm::architecture() const { return architecture_->currentData().toString(); }

void TrainForm::setOptions(const TrainingOptions& o, const QString& architecture) {
    epochs_->setValue(o.epochs);
    batch_->setValue(o.batchSize);
    learningRate_->setValue(o.learningRate);
    subset_->setValue(static_cast<int>(o.limit));
    validation_->setValue(static_cast<int>(o.validationFraction * 100 + 0.5));
    augment_->setChecked(o.augment);
    threads_->setValue(static_cast<int>(o.threads));
    const int index = architecture_->findData(architecture);
    architecture_->setCurrentIndex(index >= 0 ? index : 0);
}

bool TrainForm::checkDataFolder() {
    const QString problem = QString::fromStdString(describeMnistProblem(dataFolder().toStdString()));
    dataProblem_->setText(problem.isEmpty() ? QString()
                                            : tr("%1\n%2").arg(problem, QString::fromStdString(mnistRemedy())));
    dataProblem_->setVisible(!problem.isEmpty());
    enableWhen(start_, problem.isEmpty() && !running_,
               running_ ? tr("A training run is going on") : tr("No MNIST in this folder: %1").arg(problem), startTip());
    return problem.isEmpty();
}

void TrainForm::chooseDataFolder() {
    const QString folder = askFolder(this, tr("MNIST folder"), FileKind::Mnist, dataFolder());
    if (!folder.isEmpty()) setDataFolder(folder);
}

void TrainForm::setRunning(bool running) {
    running_ = running;
    enableWhen(start_, !running, tr("A training run is going on"), startTip());
    enableWhen(cancel_, running, tr("Nothing is training"), cancelTip());
    for (QWidget* w : std::initializer_list<QWidget*>{folder_, architecture_, epochs_, batch_, learningRate_, subset_,
                                                      validation_, augment_, threads_})
        w->setEnabled(!running);
    enableWhen(chooseFolder_, !running, tr("The folder stays as it is while training"));
    if (!running) checkDataFolder();
}

void TrainForm::saveSettings() const { saveTrainingForm({options(), architecture()}); }

void TrainForm::followTheme() {
    dataProblem_->setStyleSheet("color: " + colours::css(ThemeColours::of(palette()).errorText) + ";");
}

void TrainForm::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) followTheme();
}

// The buttons' tooltips name the keys that do the same from anywhere (Training menu).
QString TrainForm::startTip() { return tr("Train with these settings (Ctrl+T)"); }
QString TrainForm::cancelTip() { return tr("Stop after the batch in flight, keeping the last finished epoch (Ctrl+Shift+T)"); }

} // namespace digitpad
