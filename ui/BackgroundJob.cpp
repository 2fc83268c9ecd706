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

void BackgroundJob::enqueue(std::function<void()> f) {
    bool first = false;
    {
        const std::lock_guard<std::mutex> lock(mailboxMutex_);
        mailbox_.push_back(std::move(f));
        first = mailbox_.size() == 1;
    }
    if (first) QMetaObject::invokeMethod(this, "drain", Qt::QueuedConnection);
}

void BackgroundJob::drain() {
    std::vector<std::function<void()>> posted;
    {
        const std::lock_guard<std::mutex> lock(mailboxMutex_);
        posted.swap(mailbox_);
    }
    for (const std::function<void()>& f : posted) f();
}

void BackgroundJob::deliver() {
    wait(); // `finished` comes just before the thread really ends
    drain(); // everything the work posted comes before what it left to do at the end
    if (Finish finish = std::exchange(finish_, nullptr)) finish();
}

void BackgroundJob::wait() {
    if (thread_) thread_->wait();
}

} // namespace digitpad
