#include "Recognizer.h"

#include "model/CnnClassifier.h"

namespace digitpad {
namespace {

Recognition recognizeNow(Classifier* model, const Drawing& drawing, ReadingMode mode) {
    Recognition result;
    if (!model) {
        result.problem = QObject::tr("no model loaded");
        return result;
    }
    DrawingReading reading = readDrawing(*model, drawing, mode);
    if (reading.digits.empty()) {
        result.problem = QString::fromStdString(reading.problem);
        return result;
    }
    result.ok = true;
    const int shown = reading.isNumber() ? reading.leastConfident() : 0;
    const DigitReading& focus = reading.digits[static_cast<std::size_t>(shown)];
    result.image = focus.image;
    result.probabilities = focus.probabilities;
    result.digit = focus.digit;
    if (reading.isNumber()) {
        result.focus = shown;
        result.number = std::move(reading);
    }
    if (auto* cnn = dynamic_cast<CnnClassifier*>(model); cnn && result.digit >= 0)
        result.inspection = cnn->inspect(result.image, result.digit);
    return result;
}

} // namespace

Recognizer::Recognizer(QObject* parent) : QObject(parent), worker_(new QObject) {
    qRegisterMetaType<Recognition>();
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.start();
}

Recognizer::~Recognizer() {
    thread_.quit();
    thread_.wait();
}

void Recognizer::setModel(std::shared_ptr<Classifier> model) {
    model_ = std::move(model);
}

void Recognizer::setMode(ReadingMode mode) { mode_ = mode; }

void Recognizer::recognize(const Drawing& drawing) {
    pending_ = drawing;
    if (!busy_) startNext();
}

void Recognizer::startNext() {
    busy_ = true;
    Drawing drawing = std::move(*pending_);
    pending_.reset();
    // The job keeps its own reference: a model swapped meanwhile stays alive until it is done.
    QMetaObject::invokeMethod(worker_, [this, model = model_, mode = mode_, drawing = std::move(drawing)] {
        const Recognition result = recognizeNow(model.get(), drawing, mode);
        QMetaObject::invokeMethod(this, [this, result] { finish(result); }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void Recognizer::finish(const Recognition& result) {
    busy_ = false;
    if (pending_) {
        startNext(); // a newer drawing is waiting; this result is already stale
        return;
    }
    emit recognized(result);
}

} // namespace digitpad
