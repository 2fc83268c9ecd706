#include "ClassicTrainForm.h"
#include "ModelWords.h"

#include "EnabledWhen.h"
#include "SettingsKeys.h"

#include "util/Error.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

namespace digitpad {

ClassicTrainForm::ClassicTrainForm(QWidget* parent)
    : QGroupBox(tr("Train a classical model"), parent), type_(new QComboBox(this)), images_(new QSpinBox(this)),
      parameters_(new QLineEdit(this)), train_(new QPushButton(tr("&Train model"), this)) {
    for (const ClassicModelType& type : classicModelTypes())
        type_->addItem(QStringLiteral("%1 — %2").arg(QString::fromStdString(type.name), classicSummary(type)),
                       QString::fromStdString(type.name));
    images_->setRange(100, 60000);
    images_->setSingleStep(1000);
    images_->setValue(QSettings().value(settings_key::kClassicImages, 10000).toInt());
    images_->setGroupSeparatorShown(true);
    images_->setToolTip(tr("Training images from MNIST. An RBF SVM on all 60,000 takes several minutes."));
    parameters_->setToolTip(tr("name=value pairs; the defaults come from a grid search (digitpad-cli tune)."));
    auto* form = new QFormLayout;
    form->addRow(tr("Model:"), type_);
    form->addRow(tr("Training images:"), images_);
    form->addRow(tr("Parameters:"), parameters_);
    auto* row = new QHBoxLayout(this);
    row->addLayout(form, 1);
    row->addWidget(train_, 0, Qt::AlignBottom);
    showTypeDefaults();

    connect(train_, &QPushButton::clicked, this, &ClassicTrainForm::trainRequested);
    connect(images_, &QSpinBox::valueChanged, this, [](int images) { QSettings().setValue(settings_key::kClassicImages, images); });
    connect(type_, &QComboBox::currentIndexChanged, this, [this] {
        showTypeDefaults();
        emit typeChanged(typeName());
    });
}

QString ClassicTrainForm::typeName() const { return type_->currentData().toString(); }

void ClassicTrainForm::showTypeDefaults() {
    if (const ClassicModelType* type = findClassicModelType(typeName().toStdString()))
        parameters_->setText(QString::fromStdString(formatParameters(defaultParameters(*type))));
}

std::optional<ClassicTrainForm::Choice> ClassicTrainForm::checkedChoice() {
    const ClassicModelType* type = findClassicModelType(typeName().toStdString());
    if (!type) return std::nullopt;
    try {
        Choice choice{type, defaultParameters(*type, parseParameters(parameters_->text().toStdString(), "parameters")),
                      static_cast<std::size_t>(images_->value())};
        if (const std::string problem = parameterProblem(type->algorithm, choice.parameters); !problem.empty())
            throw Error(problem);
        return choice;
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Train model"), QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

bool ClassicTrainForm::show(const QString& type, const HyperParameters& parameters, int images) {
    const int index = type_->findData(type);
    if (index < 0) return false;
    type_->setCurrentIndex(index);
    parameters_->setText(QString::fromStdString(formatParameters(parameters)));
    images_->setValue(images);
    return true;
}

void ClassicTrainForm::setBusy(bool busy) {
    enableWhen(train_, !busy, tr("Wait for the work going on, or cancel it"));
}

} // namespace digitpad
