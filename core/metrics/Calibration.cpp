#include "metrics/Calibration.h"

#include "model/SecondOpinionClassifier.h"
#include "util/Error.h"

#include <Eigen/Dense>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

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

namespace {

// The parameters: 1 / T first, then the ten offsets. A tiny ridge on the offsets fixes the one
// direction the likelihood does not see (all offsets up by the same amount).
constexpr int kParameters = 1 + kClassCount;
constexpr double kOffsetRidge = 1e-3;
using Vector = Eigen::Matrix<double, kParameters, 1>;
using Matrix = Eigen::Matrix<double, kParameters, kParameters>;

struct LogProbabilities {
    std::vector<std::array<double, kClassCount>> logs;
    std::vector<std::uint8_t> labels;
};

std::array<double, kClassCount> scoresOf(const std::array<double, kClassCount>& logs, const Vector& theta) {
    std::array<double, kClassCount> z{};
    for (int k = 0; k < kClassCount; ++k) z[k] = theta(0) * logs[k] + theta(1 + k);
    return z;
}

double objective(const LogProbabilities& data, const Vector& theta) {
    double sum = kOffsetRidge / 2 * theta.tail<kClassCount>().squaredNorm();
    for (std::size_t i = 0; i < data.labels.size(); ++i) {
        const std::array<double, kClassCount> z = scoresOf(data.logs[i], theta);
        const double top = *std::max_element(z.begin(), z.end());
        double total = 0;
        for (double v : z) total += std::exp(v - top);
        sum += top + std::log(total) - z[data.labels[i]];
    }
    return sum;
}

// The objective's gradient and Hessian at theta.
void derivatives(const LogProbabilities& data, const Vector& theta, Vector& gradient, Matrix& hessian) {
    gradient.setZero();
    hessian.setZero();
    for (int k = 0; k < kClassCount; ++k) {
        gradient(1 + k) = kOffsetRidge * theta(1 + k);
        hessian(1 + k, 1 + k) = kOffsetRidge;
    }
    for (std::size_t i = 0; i < data.labels.size(); ++i) {
        std::array<double, kClassCount> z = scoresOf(data.logs[i], theta);
        const double top = *std::max_element(z.begin(), z.end());
        double total = 0;
        for (double& v : z) total += (v = std::exp(v - top));
        Vector mean = Vector::Zero(); // the expected feature vector under q
        for (int k = 0; k < kClassCount; ++k) {
            const double q = z[k] / total, x = data.logs[i][k];
            const double residual = q - (k == data.labels[i] ? 1.0 : 0.0);
            gradient(0) += residual * x;
            gradient(1 + k) += residual;
            hessian(0, 0) += q * x * x;
            hessian(0, 1 + k) += q * x;
            hessian(1 + k, 0) += q * x;
            hessian(1 + k, 1 + k) += q;
            mean(0) += q * x;
            mean(1 + k) += q;
        }
        hessian -= mean * mean.transpose();
    }
}

} // namespace

TemperatureAndOffsets fitTemperatureAndOffsets(const std::vector<Probabilities>& uncalibrated,
                                               const std::vector<std::uint8_t>& labels) {
    LogProbabilities data;
    data.labels = labels;
    for (const Probabilities& p : uncalibrated) {
        std::array<double, kClassCount> logs{};
        for (int k = 0; k < kClassCount; ++k) logs[k] = logOf(p[k]);
        data.logs.push_back(logs);
    }
    Vector theta = Vector::Zero();
    theta(0) = 1.0 / fitTemperature(uncalibrated, labels); // validates the sizes too
    const double lowest = 1.0 / Classifier::kMaxTemperature, highest = 1.0 / Classifier::kMinTemperature;
    double current = objective(data, theta);
    for (int iteration = 0; iteration < 50; ++iteration) {
        Vector gradient;
        Matrix hessian;
        derivatives(data, theta, gradient, hessian);
        const Vector step = -hessian.ldlt().solve(gradient);
        if (!step.allFinite()) break;
        // Backtracking: the full Newton step, or half of it, ... as long as the objective falls;
        // done when no step lowers it by more than rounding.
        bool moved = false;
        for (double length = 1; length > 1e-9 && !moved; length /= 2) {
            Vector next = theta + length * step;
            next(0) = std::clamp(next(0), lowest, highest);
            const double value = objective(data, next);
            if (value >= current) continue;
            moved = current - value > 1e-10 * std::max(1.0, std::abs(current));
            theta = next;
            current = value;
            break;
        }
        if (!moved) break;
    }
    TemperatureAndOffsets fit;
    fit.temperature = 1.0 / theta(0);
    const double mean = theta.tail<kClassCount>().mean();
    for (int k = 0; k < kClassCount; ++k) fit.offsets[k] = std::clamp(theta(1 + k) - mean, -kMaxDrawingOffset, kMaxDrawingOffset);
    return fit;
}

double fitPoolWeight(const std::vector<Probabilities>& read, const std::vector<Probabilities>& second,
                     const std::vector<std::uint8_t>& labels, double warnBelow, double maxWeight) {
    if (read.size() != labels.size() || second.size() != labels.size())
        throw Error("pooling needs one reading of each model for every label");
    const int steps = static_cast<int>(std::lround(maxWeight * 100));
    double bestWeight = 0, fewest = std::numeric_limits<double>::infinity();
    std::size_t rightAlone = 0;
    std::vector<ScoredAnswer> answers(labels.size());
    for (int step = 0; step <= steps; ++step) {
        const double weight = step / 100.0;
        std::size_t right = 0;
        for (std::size_t i = 0; i < labels.size(); ++i) {
            const Probabilities pool = pooled(read[i], second[i], weight);
            const int digit = argmax(pool);
            answers[i] = {pool[static_cast<std::size_t>(digit)], digit == labels[i]};
            right += answers[i].correct;
        }
        if (step == 0) rightAlone = right;
        // Tempering the reading, not outvoting it: fewer right answers are no better shares.
        if (right < rightAlone) continue;
        const CalibrationSummary summary = summarizeCalibration(answers, warnBelow);
        const double misses = summary.wrongAtNinety + summary.rightFlagged;
        if (misses < fewest) {
            fewest = misses;
            bestWeight = weight;
        }
    }
    return bestWeight;
}

} // namespace digitpad
