#pragma once
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

namespace digitpad {

// One long piece of work on its own thread, with a cancel flag; every page's background work
// goes through it. The work reports progress with post() (run later on the GUI thread) and
// returns what to do on the GUI thread once it is over; that runs after the thread has ended,
// so it may start the next job. If the work throws, `failed` runs instead, told whether it was
// cancelled (core's Cancelled) or why it failed. Destroying the job cancels it and waits, and
// drops whatever it had not delivered yet, so nothing outlives the page that started it.
class BackgroundJob : public QObject {
    Q_OBJECT
public:
    class Context {
    public:
        explicit Context(BackgroundJob& job) : job_(job) {}
        const std::atomic<bool>& cancelFlag() const { return job_.cancel_; }
        // Runs `f` on the GUI thread, in order with everything else posted.
        template <class F>
        void post(F f) const { job_.enqueue(std::function<void()>(std::move(f))); }

    private:
        BackgroundJob& job_;
    };
    using Finish = std::function<void()>;
    using Work = std::function<Finish(const Context&)>;
    using Failed = std::function<void(bool cancelled, const QString& problem)>;

    explicit BackgroundJob(QObject* parent = nullptr);
    ~BackgroundJob() override;

    bool isRunning() const { return thread_ && thread_->isRunning(); }
    // Returns false (and does nothing) if a previous run is still going.
    bool start(Work work, Failed failed);
    void cancel() { cancel_ = true; }
    void wait();

private:
    void deliver();
    // What the work posts waits in a mailbox behind a std::mutex, and the GUI thread is only
    // told to look: Qt's event queue hands over through locks ThreadSanitizer cannot see, so
    // what a closure carried across it would look like a race (and, to the reader, be one).
    void enqueue(std::function<void()> f);
    Q_INVOKABLE void drain();

    std::unique_ptr<QThread> thread_;
    std::atomic<bool> cancel_{false};
    Finish finish_; // the thread's last act, under mailboxMutex_; run on the GUI thread after
    std::mutex mailboxMutex_;
    std::vector<std::function<void()>> mailbox_;
};

} // namespace digitpad
