#include "util/WorkerPool.h"

#include "util/Cores.h"

#include <algorithm>
#include <chrono>

namespace digitpad {
namespace {

// How long a helper stays awake after a job: longer than most gaps between the layer passes of
// a training step or a drawing, short enough not to hold a core between drawings. (50 to 200 us
// made no difference to a drawing's latency here; a helper woken late is not waited for.)
constexpr auto kAwake = std::chrono::microseconds(100);

// claim_'s fields: job number (32 bits), part count (16), next part (16).
std::uint64_t claimWord(std::uint64_t job, std::uint64_t count, std::uint64_t next) {
    return (job << 32) | (count << 16) | next;
}
std::uint64_t jobOf(std::uint64_t claim) { return claim >> 32; }
std::uint64_t countOf(std::uint64_t claim) { return (claim >> 16) & 0xffff; }
std::uint64_t nextOf(std::uint64_t claim) { return claim & 0xffff; }

void relax() {
#if defined(__x86_64__) || defined(__i386__)
    __builtin_ia32_pause();
#endif
}

} // namespace

WorkerPool::WorkerPool(std::size_t parts) { startHelpers(parts); }

WorkerPool::~WorkerPool() { stopHelpers(); }

void WorkerPool::resize(std::size_t parts) {
    if (threadsFor(parts) == this->parts()) return;
    const std::lock_guard<std::mutex> busy(busy_);
    stopHelpers();
    startHelpers(parts);
}

void WorkerPool::startHelpers(std::size_t parts) {
    stopping_.store(false, std::memory_order_release);
    for (std::size_t part = 1; part < threadsFor(parts); ++part) helpers_.emplace_back([this] { helperLoop(); });
}

void WorkerPool::stopHelpers() {
    {
        const std::lock_guard<std::mutex> lock(wakeMutex_);
        stopping_.store(true, std::memory_order_release);
    }
    wake_.notify_all();
    for (std::thread& helper : helpers_) helper.join();
    helpers_.clear();
}

void WorkerPool::runErased(std::size_t count, const void* context, Call call) {
    const auto runHere = [&] {
        for (std::size_t part = 0; part < count; ++part) call(context, part);
    };
    // A job of one part holds no lock, so a part may split its own work on the pool.
    if (count <= 1 || helpers_.empty() || count > 0xffff) return runHere();
    std::unique_lock<std::mutex> busy(busy_, std::try_to_lock);
    if (!busy.owns_lock()) return runHere();
    context_ = context;
    call_ = call;
    finished_.store(0, std::memory_order_relaxed);
    const std::uint64_t job = (jobOf(claim_.load(std::memory_order_relaxed)) + 1) & 0xffffffff;
    {
        const std::lock_guard<std::mutex> lock(wakeMutex_);
        claim_.store(claimWord(job, count, 0), std::memory_order_release);
    }
    wake_.notify_all();
    takeParts(job);
    for (unsigned spins = 0; finished_.load(std::memory_order_acquire) != count; ++spins) {
        if (spins < 4096)
            relax();
        else
            std::this_thread::yield(); // a helper lost its core in the middle of a part
    }
}

void WorkerPool::takeParts(std::uint64_t job) {
    std::uint64_t claim = claim_.load(std::memory_order_acquire);
    while (jobOf(claim) == job && nextOf(claim) < countOf(claim)) {
        const std::uint64_t part = nextOf(claim);
        if (!claim_.compare_exchange_weak(claim, claimWord(job, countOf(claim), part + 1), std::memory_order_acq_rel,
                                          std::memory_order_acquire))
            continue; // claim now holds the word another thread left
        call_(context_, static_cast<std::size_t>(part));
        finished_.fetch_add(1, std::memory_order_acq_rel);
        claim = claim_.load(std::memory_order_acquire);
    }
}

bool WorkerPool::waitForJob(std::uint64_t& seenJob) {
    const auto isNew = [&] { return jobOf(claim_.load(std::memory_order_acquire)) != seenJob; };
    const auto awakeUntil = std::chrono::steady_clock::now() + kAwake;
    for (unsigned spins = 0; !isNew(); ++spins) {
        if (stopping_.load(std::memory_order_acquire)) return false;
        if (spins % 64 == 63 && std::chrono::steady_clock::now() > awakeUntil) {
            std::unique_lock<std::mutex> lock(wakeMutex_);
            wake_.wait(lock, [&] { return stopping_.load(std::memory_order_acquire) || isNew(); });
            break;
        }
        relax();
    }
    if (stopping_.load(std::memory_order_acquire)) return false;
    seenJob = jobOf(claim_.load(std::memory_order_acquire));
    return true;
}

void WorkerPool::helperLoop() {
    std::uint64_t seenJob = jobOf(claim_.load(std::memory_order_acquire)); // a resized pool starts mid-count
    while (waitForJob(seenJob)) takeParts(seenJob);
}

} // namespace digitpad
