#pragma once
#include "model/Classifier.h"
#include "reading/DrawingReader.h"
#include "preprocess/Drawing.h"

#include <QMetaType>
#include <QObject>
#include <QThread>

#include <memory>
#include <mutex>
#include <optional>
#include <variant>

namespace digitpad {

// Reads drawings (readDrawing, with the inspection of the digit worth a closer look) off the
// GUI thread. Requests arriving while one is running are coalesced: only the newest drawing is recognized next, so live recognition never queues up.
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
    // From the next recognition on, also why the digit in focus and not `digit` (-1: not asked).
    void setContrast(int digit);
    int contrast() const { return against_; }
    void recognize(const Drawing& drawing);
    // An image that already is the model's input (a test image, a saved sample), read as one digit.
    void recognizeImage(const Image28& image, ImagesOf kind);
    bool isBusy() const { return busy_; }

signals:
    void recognized(const digitpad::DrawingReading& result);

private:
    void startNext();
    // Takes the reading the thread left in delivered_: it hands over through a std::mutex, not
    // inside a queued closure, since Qt's event queue syncs through locks ThreadSanitizer cannot see.
    Q_INVOKABLE void collect();
    void finish(const DrawingReading& result);

    QThread thread_;
    QObject* worker_;
    std::shared_ptr<Classifier> model_;  // the one in use, as given; the GUI thread's
    std::shared_ptr<Classifier> reader_; // its copy that only the reading thread touches
    struct OpenedImage {
        Image28 image;
        ImagesOf kind;
    };
    std::optional<std::variant<Drawing, OpenedImage>> pending_;
    ReadingMode mode_ = ReadingMode::Auto;
    int against_ = -1;
    bool busy_ = false;
    std::mutex deliveredMutex_;
    std::optional<DrawingReading> delivered_;
};

} // namespace digitpad

Q_DECLARE_METATYPE(digitpad::DrawingReading)
