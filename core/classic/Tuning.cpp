#include "classic/Tuning.h"

#include "metrics/Evaluate.h"
#include "util/Error.h"
#include "util/Numbers.h"
#include "util/SplitWork.h"

#include <opencv2/core.hpp>

#include <chrono>
#include <mutex>
#include <cmath>
#include <sstream>
#include <optional>
#include <numeric>
#include <random>

namespace digitpad {
namespace {

const ParameterInfo& infoFor(const ClassicModelType& type, const std::string& name) {
    for (const ParameterInfo& info : parametersOf(type.algorithm))
        if (info.name == name) return info;
    throw Error(type.name + " has no parameter '" + name + "' (its parameters are " + parameterNames(type.algorithm) + ")");
}

std::vector<HyperParameters> gridCandidates(const ClassicModelType& type, const TuningOptions& options) {
    std::vector<HyperParameters> candidates{defaultParameters(type)};
    for (const ParameterInfo& info : parametersOf(type.algorithm)) {
        const auto custom = options.grids.find(info.name);
        const std::vector<double>& values = custom != options.grids.end() ? custom->second : info.grid;
        if (values.empty()) continue;
        std::vector<HyperParameters> expanded;
        for (const HyperParameters& partial : candidates)
            for (const double value : values) {
                HyperParameters next = partial;
                next[info.name] = value;
                expanded.push_back(std::move(next));
            }
        candidates = std::move(expanded);
    }
    return candidates;
}

std::vector<HyperParameters> randomCandidates(const ClassicModelType& type, const TuningOptions& options) {
    std::mt19937 random(options.seed);
    std::vector<HyperParameters> candidates;
    for (int trial = 0; trial < options.trials; ++trial) {
        HyperParameters parameters = defaultParameters(type);
        for (const ParameterInfo& info : parametersOf(type.algorithm)) {
            const auto custom = options.ranges.find(info.name);
            const double low = custom != options.ranges.end() ? custom->second.first : info.low;
            const double high = custom != options.ranges.end() ? custom->second.second : info.high;
            const double unit = std::uniform_real_distribution<double>(0.0, 1.0)(random);
            double value = info.logScale ? std::exp(std::log(low) + unit * (std::log(high) - std::log(low)))
                                         : low + unit * (high - low);
            if (info.integer) value = std::round(value);
            parameters[info.name] = value;
        }
        candidates.push_back(std::move(parameters));
    }
    return candidates;
}

void checkOptions(const ClassicModelType& type, const TuningOptions& options) {
    if (options.folds < 2 || options.folds > 20) throw Error("cross-validation needs 2 to 20 folds");
    if (options.search == TuningOptions::Search::Random && (options.trials < 1 || options.trials > 10000))
        throw Error("random search needs 1 to 10000 trials");
    for (const auto& [name, values] : options.grids) {
        infoFor(type, name);
        if (values.empty()) throw Error("the grid for '" + name + "' is empty");
    }
    for (const auto& [name, range] : options.ranges) {
        infoFor(type, name);
        if (!(range.first > 0 && range.first <= range.second))
            throw Error("the range for '" + name + "' must be low:high with 0 < low <= high");
    }
}

} // namespace

std::vector<HyperParameters> searchCandidates(const ClassicModelType& type, const TuningOptions& options) {
    checkOptions(type, options);
    std::vector<HyperParameters> candidates = options.search == TuningOptions::Search::Grid
                                                  ? gridCandidates(type, options)
                                                  : randomCandidates(type, options);
    for (const HyperParameters& parameters : candidates)
        if (const std::string problem = parameterProblem(type.algorithm, parameters); !problem.empty())
            throw Error(type.name + ": " + problem);
    return candidates;
}

namespace {

double searchNumber(const std::string& text, const std::string& part) {
    const std::optional<double> value = parseNumber(text);
    if (!value) throw Error("'" + part + "': '" + text + "' is not a number");
    return *value;
}

std::vector<std::string> splitOn(const std::string& text, char separator) {
    std::vector<std::string> parts;
    std::string part;
    std::istringstream in(text);
    while (std::getline(in, part, separator)) parts.push_back(part);
    return parts;
}

} // namespace

void addSearchValues(const std::string& text, TuningOptions& options) {
    std::istringstream words(text);
    std::string part;
    while (words >> part) {
        const std::size_t equals = part.find('=');
        if (equals == 0 || equals == std::string::npos || equals + 1 == part.size())
            throw Error("'" + part + "': write name=v1,v2 or name=low:high");
        const std::string name = part.substr(0, equals), values = part.substr(equals + 1);
        if (const std::vector<std::string> range = splitOn(values, ':'); range.size() == 2) {
            options.ranges[name] = {searchNumber(range[0], part), searchNumber(range[1], part)};
            continue;
        }
        std::vector<double> grid;
        for (const std::string& item : splitOn(values, ',')) grid.push_back(searchNumber(item, part));
        options.grids[name] = grid;
    }
}

std::string describeSearchValues(const ClassicModelType& type, TuningOptions::Search search) {
    std::string text;
    for (const ParameterInfo& p : parametersOf(type.algorithm)) {
        std::string values;
        if (search == TuningOptions::Search::Random) {
            values = shortNumber(p.low) + ":" + shortNumber(p.high);
        } else {
            if (p.grid.empty()) continue;
            for (const double v : p.grid) values += (values.empty() ? "" : ",") + shortNumber(v);
        }
        text += (text.empty() ? "" : " ") + p.name + "=" + values;
    }
    return text;
}

void TuningResult::add(const TrialResult& trial) {
    trials.push_back(trial);
    if (trial.meanAccuracy > trials[best].meanAccuracy) best = trials.size() - 1;
}

TuningResult tuneClassicModel(const ClassicModelType& type, const TuningOptions& options, const Dataset& data,
                              const std::function<void(const TrialResult&, std::size_t, std::size_t)>& onTrial,
                              const std::atomic<bool>* cancel) {
    const std::vector<HyperParameters> candidates = searchCandidates(type, options);
    if (data.size() < static_cast<std::size_t>(options.folds) * 2)
        throw Error("cross-validation needs at least two images per fold");
    std::vector<std::size_t> order(data.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::shuffle(order.begin(), order.end(), std::mt19937(options.seed));
    const auto folds = static_cast<std::size_t>(options.folds);

    TuningResult result;
    for (std::size_t c = 0; c < candidates.size(); ++c) {
        TrialResult trial;
        trial.parameters = candidates[c];
        trial.foldAccuracies.assign(folds, 0.0);
        const auto start = std::chrono::steady_clock::now();
        // OpenCV trains one model on one core; the folds are independent, so train them side by side.
        std::string failure;
        std::mutex failureMutex;
        splitWork(folds, workParts(folds, 1, options.threads), [&](std::size_t, std::size_t begin, std::size_t end) {
            for (std::size_t f = begin; f < end; ++f) {
                if (cancel && cancel->load()) return;
                std::vector<std::size_t> train, held;
                for (std::size_t i = 0; i < order.size(); ++i) (i % folds == f ? held : train).push_back(order[i]);
                try {
                    auto model = trainClassicModel(type, trial.parameters, data, train);
                    // The image alone: a search compares candidates, and the views would multiply its time.
                    const Evaluation fold = evaluate(*model, subset(data, held), {}, nullptr, ImagesOf::Mnist,
                                                     ViewsRead::ImageAlone);
                    trial.foldAccuracies[f] = fold.confusion.accuracy();
                } catch (const std::exception& error) {
                    const std::lock_guard<std::mutex> lock(failureMutex);
                    failure = error.what();
                }
            }
        });
        if (cancel && cancel->load()) throw Cancelled();
        if (!failure.empty()) throw Error(failure);
        trial.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        trial.meanAccuracy = std::accumulate(trial.foldAccuracies.begin(), trial.foldAccuracies.end(), 0.0) /
                             static_cast<double>(folds);
        double variance = 0;
        for (const double a : trial.foldAccuracies) variance += (a - trial.meanAccuracy) * (a - trial.meanAccuracy);
        trial.stdAccuracy = std::sqrt(variance / static_cast<double>(folds));
        result.add(trial);
        if (onTrial) onTrial(result.trials.back(), c, candidates.size());
    }
    return result;
}

} // namespace digitpad
