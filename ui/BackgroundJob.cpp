#include "BackgroundJob.h"

#include "util/Error.h"

namespace digitpad {

BackgroundJob::BackgroundJob(QObject* parent) : QObject(parent) {}

BackgroundJob::~BackgroundJob() {
    cancel();
    wait();
}

bool BackgroundJob::start(Work work, Failed failed) {
    if (isRunning()) return false;
    wait();
    cancel_ = false;
    finish_ = nullptr;
    thread_.reset(QThread::create([this, work = std::move(work), failed = std::move(failed)] {
        try {
            finish_ = work(Context(*this));
        } catch (const Cancelled&) {
            finish_ = [failed] { failed(true, QString()); };
        } catch (const std::exception& e) {
            finish_ = [failed, problem = QString::fromUtf8(e.what())] { failed(false, problem); };
        }
    }));
    connect(thread_.get(), &QThread::finished, this, &BackgroundJob::deliver);
    thread_->start(QThread::LowPriority);
    return true;
}

void BackgroundJob::deliver() {
    wait(); // `finished` comes just before the thread really ends
    if (Finish finish = std::exchange(finish_, nullptr)) finish();
}

void BackgroundJob::wait() {
    if (thread_) thread_->wait();
}

} // namespace digitpad
