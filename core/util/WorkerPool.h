#pragma once
// Threads kept alive between the many short jobs of a network: a training step runs a dozen
// layer passes of a millisecond or less each, and a single drawing's convolution is split in
// parts of some 50 us, where starting a thread per pass (~30 us) would cost what it saves.
// A helper that has finished waits a little while awake for the next pass before it sleeps.
//
// The parts are taken one by one, by whichever thread is free first, the caller included: a
// helper that has not got a core (a busy machine) leaves its part to the caller instead of
// making it wait. Made for one caller at a time (a network is used by one thread at a time); a
// second caller that finds the pool busy runs its parts itself.
#include <atomic>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace digitpad {

class WorkerPool {
public:
    // `parts`: how many parts run() runs at once, the caller's included (0: one per core the
    // process may use, util/Cores.h).
    explicit WorkerPool(std::size_t parts = 0);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;

    std::size_t parts() const { return helpers_.size() + 1; }
    // Stops the helpers and starts `parts` - 1 new ones (0: one per usable core), unless it
    // has that many already. The layers that hold this pool keep it; no job may be running.
    void resize(std::size_t parts);

    // Runs work(part) once for every part in [0, count), on whichever of the caller and the
    // helpers takes it first (count may exceed parts()); returns when all are done. Exceptions
    // must not leave `work`.
    template <typename Work>
    void run(std::size_t count, const Work& work) {
        runErased(count, &work, [](const void* context, std::size_t part) { (*static_cast<const Work*>(context))(part); });
    }

private:
    using Call = void (*)(const void*, std::size_t);
    void runErased(std::size_t count, const void* context, Call call);
    void startHelpers(std::size_t parts);
    void stopHelpers();
    void helperLoop();
    bool waitForJob(std::uint64_t& seenJob);
    // Runs parts of job `job` while any are left untaken.
    void takeParts(std::uint64_t job);

    std::mutex busy_; // held by the one caller a job at a time
    std::mutex wakeMutex_;
    std::condition_variable wake_;
    // The job's number, its part count and its next untaken part in one word, so a part is
    // taken (compare-and-swap) only from the job it belongs to. The fields below it are written
    // before the word is published (release) and read only after a part is taken (acquire).
    std::atomic<std::uint64_t> claim_{0};
    const void* context_ = nullptr;
    Call call_ = nullptr;
    std::atomic<std::size_t> finished_{0}; // parts of the current job done
    std::atomic<bool> stopping_{false};
    std::vector<std::thread> helpers_;
};

} // namespace digitpad
