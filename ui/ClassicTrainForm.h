#pragma once
// The form that trains a classical model: which type, on how many MNIST images, with which
// parameters (the type's defaults until the person types others or a search fills them in).
#include "classic/ClassicModels.h"

#include <QGroupBox>

#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace digitpad {

class ClassicTrainForm : public QGroupBox {
    Q_OBJECT
public:
    struct Choice {
        const ClassicModelType* type = nullptr;
        HyperParameters parameters;
        std::size_t images = 0;
    };

    explicit ClassicTrainForm(QWidget* parent = nullptr);

    QString typeName() const;
    // What the form says, checked; nothing, after telling the person what is wrong.
    std::optional<Choice> checkedChoice();
    // Fills the form with a choice made elsewhere (a search's best trial). False: unknown type.
    bool show(const QString& type, const HyperParameters& parameters, int images);
    void setBusy(bool busy);
    using QGroupBox::show;

    QComboBox* typeBox() const { return type_; }
    QSpinBox* imagesBox() const { return images_; }
    QLineEdit* parametersEdit() const { return parameters_; }
    QPushButton* trainButton() const { return train_; }

signals:
    void trainRequested();
    void typeChanged(const QString& type);

private:
    void showTypeDefaults();

    QComboBox* type_;
    QSpinBox* images_;
    QLineEdit* parameters_;
    QPushButton* train_;
};

} // namespace digitpad
