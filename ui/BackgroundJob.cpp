#include "BackgroundJob.h"

namespace digitpad {

BackgroundJob::BackgroundJob(QObject* parent) : QObject(parent) {}

BackgroundJob::~BackgroundJob() {
    cancel();
    wait();
}

bool BackgroundJob::start(Work work) {
    if (isRunning()) return false;
    wait();
    cancel_ = false;
    thread_.reset(QThread::create([this, work = std::move(work)] { work(cancel_); }));
    connect(thread_.get(), &QThread::finished, this, &BackgroundJob::finished);
    thread_->start(QThread::LowPriority);
    return true;
}

void BackgroundJob::wait() {
    if (thread_) thread_->wait();
}

} // namespace digitpad
