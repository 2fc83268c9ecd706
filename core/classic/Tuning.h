#pragma once
#include "classic/ClassicModels.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <utility>
#include <vector>

namespace digitpad {

struct TuningOptions {
    enum class Search { Grid, Random };
    Search search = Search::Grid;
    int trials = 10;   // random search only; grid search tries the whole grid
    int folds = 3;     // k of k-fold cross-validation
    std::uint32_t seed = 1;
    std::size_t threads = 0; // folds trained side by side (0: one per usable core)
    // Replace a parameter's grid (grid search) or its low..high range (random search);
    // parameters with no grid stay at their default.
    std::map<std::string, std::vector<double>> grids;
    std::map<std::string, std::pair<double, double>> ranges;
};

struct TrialResult {
    HyperParameters parameters;
    std::vector<double> foldAccuracies;
    double meanAccuracy = 0;
    double stdAccuracy = 0;
    double seconds = 0;
};

struct TuningResult {
    std::vector<TrialResult> trials;
    std::size_t best = 0; // index into trials: highest mean accuracy, first on ties

    // Adds a finished trial, keeping `best` (a search's table grows the same way as it runs).
    void add(const TrialResult& trial);
    // The best trial so far; nullptr before the first.
    const TrialResult* bestTrial() const { return trials.empty() ? nullptr : &trials[best]; }
};

// The values a search tries, as a person writes them: "C=1,10,100" (a grid) or "C=0.1:100" (a
// random search's range), several separated by spaces. Numbers are read the same in every locale.
// Throws Error naming the bad part.
void addSearchValues(const std::string& text, TuningOptions& options);
// The values a search of `type` tries unless told otherwise, written that way: the grids
// ("C=1,10,100 gamma=0.01,0.03") for a grid search, the ranges for a random one.
std::string describeSearchValues(const ClassicModelType& type, TuningOptions::Search search);

// The parameter sets a search will try, in order. Throws Error for bad options.
std::vector<HyperParameters> searchCandidates(const ClassicModelType& type, const TuningOptions& options);

// Scores each candidate by k-fold cross-validation on `data` (folds are a seeded shuffle, the
// same for every trial). `onTrial` hears each finished trial; `cancel` stops between folds
// and throws Cancelled.
TuningResult tuneClassicModel(const ClassicModelType& type, const TuningOptions& options, const Dataset& data,
                              const std::function<void(const TrialResult&, std::size_t index, std::size_t total)>& onTrial = {},
                              const std::atomic<bool>* cancel = nullptr);

} // namespace digitpad
