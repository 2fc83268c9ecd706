#pragma once
// Where a training run stands, from its latest batch: for a progress bar and "time left", and
// how often to report it.
#include "train/Trainer.h"

#include <chrono>
#include <optional>

namespace digitpad {

struct RunProgress {
    long long batchesDone = 0;
    long long batchesTotal = 0;
    double secondsLeft = 0; // at the speed so far; infinite before there is one
};

RunProgress runProgress(const BatchProgress& batch, int epochs, int batchSize);

// At most one report every `interval`, and always an epoch's last batch: a window redraws ten
// times a second, not at every batch.
class ReportThrottle {
public:
    explicit ReportThrottle(std::chrono::milliseconds interval = std::chrono::milliseconds(100)) : interval_(interval) {}
    bool due(const BatchProgress& batch);

private:
    std::chrono::milliseconds interval_;
    // None yet: the first report is due. (A default time point is the steady clock's zero, often
    // the machine's boot: within an interval of it, a fresh machine held the first report back.)
    std::optional<std::chrono::steady_clock::time_point> last_;
};

} // namespace digitpad
