#include "train/RunProgress.h"

#include <limits>

namespace digitpad {

RunProgress runProgress(const BatchProgress& batch, int epochs, int batchSize) {
    RunProgress p;
    p.batchesTotal = static_cast<long long>(batch.batchesPerEpoch) * epochs;
    p.batchesDone = static_cast<long long>(batch.epoch - 1) * static_cast<long long>(batch.batchesPerEpoch) +
                    static_cast<long long>(batch.batch);
    const double imagesLeft = static_cast<double>(p.batchesTotal - p.batchesDone) * batchSize;
    p.secondsLeft = batch.imagesPerSecond > 0 ? imagesLeft / batch.imagesPerSecond
                                              : std::numeric_limits<double>::infinity();
    return p;
}

bool ReportThrottle::due(const BatchProgress& batch) {
    const auto now = std::chrono::steady_clock::now();
    if (batch.batch != batch.batchesPerEpoch && last_ && now - *last_ < interval_) return false;
    last_ = now;
    return true;
}

} // namespace digitpad
