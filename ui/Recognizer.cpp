#include "Recognizer.h"

namespace digitpad {
Recognizer::Recognizer(QObject* parent) : QObject(parent), worker_(new QObject) {
    qRegisterMetaType<DrawingReading>();
    worker_->moveToThread(&thread_);
    connect(&thread_, &QThread::finished, worker_, &QObject::deleteLater);
    thread_.start();
}

Recognizer::~Recognizer() {
    thread_.quit();
    thread_.wait();
    // QThread::wait syncs through a lock ThreadSanitizer cannot see (and not at all if the thread
    // had already ended): taking the mutex the thread last wrote under orders that write before
    // delivered_ is destroyed here.
    const std::lock_guard<std::mutex> lock(deliveredMutex_);
    delivered_.reset();
}

void Recognizer::setModel(std::shared_ptr<Classifier> model) {
    // Predicting writes a model's working buffers, so the reading thread gets a copy of its own
    // (Classifier.h): the GUI thread may clone or save `model` meanwhile.
    reader_ = model ? std::shared_ptr<Classifier>(model->clone()) : nullptr;
    model_ = std::move(model);
}

void Recognizer::setMode(ReadingMode mode) { mode_ = mode; }

void Recognizer::setContrast(int digit) { against_ = digit; }

void Recognizer::recognize(const Drawing& drawing) {
    pending_ = drawing;
    if (!busy_) startNext();
}

void Recognizer::recognizeImage(const Image28& image, ImagesOf kind) {
    pending_ = OpenedImage{image, kind};
    if (!busy_) startNext();
}

void Recognizer::startNext() {
    busy_ = true;
    std::variant<Drawing, OpenedImage> input = std::move(*pending_);
    pending_.reset();
    // The job keeps its own reference: a model swapped meanwhile stays alive until it is done.
    QMetaObject::invokeMethod(worker_, [this, model = reader_, mode = mode_, against = against_, input = std::move(input)] {
        DrawingReading result;
        if (!model)
            result.problem = tr("no model loaded").toStdString();
        else if (const auto* drawing = std::get_if<Drawing>(&input))
            result = readDrawing(*model, *drawing, mode, ReadingDetail::WithInspection, against);
        else if (const auto* opened = std::get_if<OpenedImage>(&input))
            result = readImage(*model, opened->image, ReadingDetail::WithInspection, against, opened->kind);
        {
            const std::lock_guard<std::mutex> lock(deliveredMutex_);
            delivered_ = std::move(result);
        }
        QMetaObject::invokeMethod(this, "collect", Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void Recognizer::collect() {
    std::optional<DrawingReading> result;
    {
        const std::lock_guard<std::mutex> lock(deliveredMutex_);
        result.swap(delivered_);
    }
    if (result) finish(*result);
}

void Recognizer::finish(const DrawingReading& result) {
    busy_ = false;
    if (pending_) {
        startNext(); // a newer drawing is waiting; this result is already stale
        return;
    }
    emit recognized(result);
}

} // namespace digitpad
