#pragma once
#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace digitpad {

// One long piece of work on its own thread, with a cancel flag. The work reports back by
// posting to a QObject on the GUI thread (QMetaObject::invokeMethod, queued). Destroying the
// job cancels it and waits, so nothing outlives the window that started it.
class BackgroundJob : public QObject {
    Q_OBJECT
public:
    using Work = std::function<void(const std::atomic<bool>& cancel)>;

    explicit BackgroundJob(QObject* parent = nullptr);
    ~BackgroundJob() override;

    bool isRunning() const { return thread_ && thread_->isRunning(); }
    // Returns false (and does nothing) if a previous run is still going.
    bool start(Work work);
    void cancel() { cancel_ = true; }
    void wait();

signals:
    void finished();

private:
    std::unique_ptr<QThread> thread_;
    std::atomic<bool> cancel_{false};
};

} // namespace digitpad
