#pragma once
#include "data/Image28.h"
#include "model/Classifier.h"
#include "model/Inspection.h"
#include "model/DrawingReader.h"
#include "preprocess/Drawing.h"

#include <QMetaType>
#include <QObject>
#include <QString>
#include <QThread>

#include <memory>
#include <optional>

namespace digitpad {

struct Recognition {
    bool ok = false;
    QString problem; // why there is no prediction (empty drawing...)
    int digit = -1;
    Probabilities probabilities{};
    Image28 image;   // what the model saw
    DrawingReading number; // the drawing read as a number, when it has two digits or more
    // With two digits or more, digit, probabilities, image and inspection are those of the
    // number's least confident digit, this one; otherwise -1 and they are the whole drawing's.
    int focus = -1;
    std::optional<Inspection> inspection; // CNNs only: feature maps and saliency
};

// Recognizes drawings off the GUI thread. Requests arriving while one is running are
// coalesced: only the newest drawing is recognized next, so live recognition never queues up.
class Recognizer : public QObject {
    Q_OBJECT
public:
    explicit Recognizer(QObject* parent = nullptr);
    ~Recognizer() override;

    void setModel(std::shared_ptr<Classifier> model);
    std::shared_ptr<Classifier> model() const { return model_; }
    // How drawings are read from the next recognition on (Auto unless the person chooses).
    void setMode(ReadingMode mode);
    ReadingMode mode() const { return mode_; }
    void recognize(const Drawing& drawing);
    bool isBusy() const { return busy_; }

signals:
    void recognized(const digitpad::Recognition& result);

private:
    void startNext();
    void finish(const Recognition& result);

    QThread thread_;
    QObject* worker_;
    std::shared_ptr<Classifier> model_;
    std::optional<Drawing> pending_;
    ReadingMode mode_ = ReadingMode::Auto;
    bool busy_ = false;
};

} // namespace digitpad

Q_DECLARE_METATYPE(digitpad::Recognition)
