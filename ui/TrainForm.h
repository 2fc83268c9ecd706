#pragma once
// The Train page's form: where MNIST is (and what is wrong with it), the architecture and the
// training settings, Start and Cancel. Remembered between launches.
#include "train/Trainer.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace digitpad {

class ElidedLabel;

class TrainForm : public QGroupBox {
    Q_OBJECT
public:
    explicit TrainForm(QWidget* parent = nullptr);

    QString dataFolder() const;
    void setDataFolder(const QString& folder);
    TrainingOptions options() const;
    QString architecture() const;
    void setOptions(const TrainingOptions& options, const QString& architecture);
    // While a run goes on nothing can be changed, and Start waits.
    void setRunning(bool running);
    // From Start until the run's result (or failure) has been shown.
    bool isRunning() const { return running_; }
    // Says what is wrong with the MNIST folder, if anything; Start is enabled only when nothing is.
    bool checkDataFolder();
    void saveSettings() const;

    QPushButton* startButton() const { return start_; }
    QPushButton* cancelButton() const { return cancel_; }
    QLabel* dataProblemLabel() const { return dataProblem_; }

signals:
    // The planned run's length, for the charts' epoch axis before it starts.
    void epochsChanged(int epochs);

protected:
    void changeEvent(QEvent* event) override;

private:
    static QString startTip();
    static QString cancelTip();
    void followTheme();
    void addSettingRows(QFormLayout* form);
    void chooseDataFolder();

    ElidedLabel* folder_; // the MNIST folder; Choose folder… changes it
    QLabel* dataProblem_;
    QPushButton* chooseFolder_;
    QComboBox* architecture_;
    QSpinBox* epochs_;
    QSpinBox* batch_;
    QDoubleSpinBox* learningRate_;
    QSpinBox* subset_;
    QSpinBox* validation_;
    QCheckBox* augment_;
    QSpinBox* threads_;
    QPushButton* start_;
    QPushButton* cancel_;
    bool running_ = false;
};

} // namespace digitpad
