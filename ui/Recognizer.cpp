#include "Recognizer.h"

#include "model/CnnClassifier.h"
#include "preprocess/Preprocess.h"

namespace digitpad {
namespace {

Recognition recognizeNow(Classifier* model, const Drawing& drawing) {
    Recognition result;
    const Preprocessed input = preprocessDrawing(drawing);
    if (!input.ok()) {
        result.problem = QString::fromStdString(input.problem);
        return result;
    }
    result.image = *input.image;
    if (!model) {
        result.problem = QObject::tr("no model loaded");
        return result;
    }
    result.ok = true;
    // Live recognition runs this for every few points drawn: segment first, and read the
    // segments only for a number; a single digit is read once, whole.
    const std::vector<DigitSegment> segments = segmentDigits(drawing);
    if (segments.size() >= 2) {
        result.number = readSegments(*model, segments);
        if (result.number.confidence() > 0) {
            result.focus = result.number.leastConfident();
            const DigitReading& focus = result.number.digits[static_cast<std::size_t>(result.focus)];
            result.image = focus.image;
            result.probabilities = focus.probabilities;
            result.digit = focus.digit;
        }
    }
    if (result.focus < 0) {
        result.probabilities = model->predict(result.image);
        result.digit = argmax(result.probabilities);
    }
    if (auto* cnn = dynamic_cast<CnnClassifier*>(model)) result.inspection = cnn->inspect(result.image, result.digit);
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

void Recognizer::recognize(const Drawing& drawing) {
    pending_ = drawing;
    if (!busy_) startNext();
}

void Recognizer::startNext() {
    busy_ = true;
    Drawing drawing = std::move(*pending_);
    pending_.reset();
    // The job keeps its own reference: a model swapped meanwhile stays alive until it is done.
    QMetaObject::invokeMethod(worker_, [this, model = model_, drawing = std::move(drawing)] {
        const Recognition result = recognizeNow(model.get(), drawing);
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
