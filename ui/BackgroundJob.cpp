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
        Finish finish;
        try {
            finish = work(Context(*this));
        } catch (const Cancelled&) {
            finish = [failed] { failed(true, QString()); };
        } catch (const std::exception& e) {
            finish = [failed, problem = QString::fromUtf8(e.what())] { failed(false, problem); };
        }
        const std::lock_guard<std::mutex> lock(mailboxMutex_);
        finish_ = std::move(finish);
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
    Finish finish;
    {
        const std::lock_guard<std::mutex> lock(mailboxMutex_);
        finish = std::exchange(finish_, nullptr);
    }
    if (finish) finish();
}

void BackgroundJob::wait() {
    if (!thread_) return;
    thread_->wait();
    // QThread::wait syncs through a lock ThreadSanitizer cannot see, and not at all when the
    // thread had already ended; the thread's last act is under this mutex, so taking it here
    // orders all it did before what the GUI thread does next (destroying its closure included).
    const std::lock_guard<std::mutex> lock(mailboxMutex_);
}

} // namespace digitpad
