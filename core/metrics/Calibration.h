#pragma once
// How far a model's confidence can be trusted, and temperature scaling to make it so.
#include "data/Dataset.h"
#include "model/Classifier.h"
#include "model/DrawingOffsets.h"

#include <cstdint>
#include <vector>

namespace digitpad {

// One answer: how sure the model said it was, and whether it was right.
struct ScoredAnswer {
    double confidence = 0;
    bool correct = false;
};

struct CalibrationSummary {
    std::size_t answers = 0, wrong = 0;
    // Expected calibration error over 15 equal-width confidence bins (Guo et al., 2017).
    double expectedCalibrationError = 0;
    // Share of wrong answers shown at 90 % or more: errors the user is told to trust.
    double wrongAtNinety = 0;
    // Below `warnBelow`, the warning is shown: the share of wrong answers it flags, and of right ones.
    double warnBelow = 0;
    double wrongFlagged = 0, rightFlagged = 0;
};

CalibrationSummary summarizeCalibration(const std::vector<ScoredAnswer>& answers, double warnBelow);

// The temperature that minimizes the negative log-likelihood of `labels` under
// applyTemperature(uncalibrated, T), searched in [kMinTemperature, kMaxTemperature].
double fitTemperature(const std::vector<Probabilities>& uncalibrated, const std::vector<std::uint8_t>& labels);

// The temperature and the offsets (DrawingOffsets.h) that together minimize the negative
// log-likelihood of `labels` under withDrawingOffsets(applyTemperature(uncalibrated, T), offsets):
// vector scaling with one shared scale. The likelihood is convex in 1/T and the offsets, so
// Newton's method finds its minimum; the offsets sum to zero (adding the same number to every
// digit changes nothing) and T stays within [kMinTemperature, kMaxTemperature].
struct TemperatureAndOffsets {
    double temperature = 1;
    DrawingOffsets offsets{};
};
TemperatureAndOffsets fitTemperatureAndOffsets(const std::vector<Probabilities>& uncalibrated,
                                               const std::vector<std::uint8_t>& labels);

// The weight w, 0 to maxWeight in steps of 0.01, at which the pooled answers
// (1 - w) * read + w * second (SecondOpinionClassifier.h) show the smallest sum of the two shares
// the warning is judged by: wrong answers at warnBelow or more among the wrong ones, and right ones
// below it among the right ones. Of equal sums, the smallest weight; no weight that leaves fewer
// answers right than `read` alone.
double fitPoolWeight(const std::vector<Probabilities>& read, const std::vector<Probabilities>& second,
                     const std::vector<std::uint8_t>& labels, double warnBelow, double maxWeight);

} // namespace digitpad
