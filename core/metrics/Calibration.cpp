#include "metrics/Calibration.h"

#include "util/Error.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace digitpad {
namespace {

constexpr int kBins = 15;

double negativeLogLikelihood(const std::vector<Probabilities>& uncalibrated, const std::vector<std::uint8_t>& labels,
                             double temperature) {
    double sum = 0;
    for (std::size_t i = 0; i < labels.size(); ++i) {
        const Probabilities p = applyTemperature(uncalibrated[i], temperature);
        sum -= std::log(std::max(static_cast<double>(p[labels[i]]), 1e-12));
    }
    return sum;
}

} // namespace

CalibrationSummary summarizeCalibration(const std::vector<ScoredAnswer>& answers, double warnBelow) {
    CalibrationSummary summary;
    summary.answers = answers.size();
    summary.warnBelow = warnBelow;
    std::array<double, kBins> confidence{}, correct{};
    std::array<std::size_t, kBins> count{};
    std::size_t wrongHigh = 0, wrongFlagged = 0, rightFlagged = 0;
    for (const ScoredAnswer& a : answers) {
        const int bin = std::clamp(static_cast<int>(a.confidence * kBins), 0, kBins - 1);
        confidence[bin] += a.confidence;
        correct[bin] += a.correct ? 1 : 0;
        ++count[bin];
        const bool flagged = a.confidence < warnBelow;
        if (a.correct) {
            rightFlagged += flagged;
        } else {
            ++summary.wrong;
            wrongFlagged += flagged;
            wrongHigh += a.confidence >= 0.9;
        }
    }
    if (answers.empty()) return summary;
    for (int b = 0; b < kBins; ++b)
        if (count[b] > 0)
            summary.expectedCalibrationError += std::abs(correct[b] - confidence[b]) / static_cast<double>(answers.size());
    const std::size_t right = answers.size() - summary.wrong;
    if (summary.wrong > 0) {
        summary.wrongAtNinety = static_cast<double>(wrongHigh) / static_cast<double>(summary.wrong);
        summary.wrongFlagged = static_cast<double>(wrongFlagged) / static_cast<double>(summary.wrong);
    }
    if (right > 0) summary.rightFlagged = static_cast<double>(rightFlagged) / static_cast<double>(right);
    return summary;
}

double fitTemperature(const std::vector<Probabilities>& uncalibrated, const std::vector<std::uint8_t>& labels) {
    if (uncalibrated.size() != labels.size() || labels.empty())
        throw Error("calibration needs as many predictions as labels, and at least one");
    // The likelihood is unimodal in log T: golden-section search on log T.
    double low = std::log(Classifier::kMinTemperature), high = std::log(Classifier::kMaxTemperature);
    const double ratio = (std::sqrt(5.0) - 1) / 2;
    double a = high - ratio * (high - low), b = low + ratio * (high - low);
    double fa = negativeLogLikelihood(uncalibrated, labels, std::exp(a));
    double fb = negativeLogLikelihood(uncalibrated, labels, std::exp(b));
    for (int step = 0; step < 60; ++step) {
        if (fa < fb) {
            high = b;
            b = a;
            fb = fa;
            a = high - ratio * (high - low);
            fa = negativeLogLikelihood(uncalibrated, labels, std::exp(a));
        } else {
            low = a;
            a = b;
            fa = fb;
            b = low + ratio * (high - low);
            fb = negativeLogLikelihood(uncalibrated, labels, std::exp(b));
        }
    }
    return std::exp((low + high) / 2);
}

} // namespace digitpad
