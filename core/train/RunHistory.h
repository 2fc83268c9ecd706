#pragma once
// A training run's finished epochs, kept so the run can be replayed: the model as it was after
// any epoch, built from that epoch's weights when first asked for. The run's own model (the
// one that was tested) stands for its last epoch. An epoch's model calibrated later (before it
// is used or saved) stands for that epoch from then on.
#include "train/Trainer.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace digitpad {

class Classifier;

class RunHistory {
public:
    // Forgets the last run; the next one trains `architecture`.
    void start(std::string architecture);
    // An epoch finished; one without weights (the run keeps none) is not kept.
    void add(const EpochReport& report);
    // The run ended with `model` (null: no epoch finished, or no model came back).
    void finish(std::shared_ptr<Classifier> model);

    // Counts the runs started, so that what was begun for one run is not kept for the next.
    int run() const { return run_; }
    bool empty() const { return kept_.empty(); }
    std::size_t size() const { return kept_.size(); }
    int lastEpoch() const { return kept_.empty() ? 0 : kept_.back().epoch; }
    const std::shared_ptr<Classifier>& runModel() const { return runModel_; }
    // Whether `epoch` is the run's own model rather than one rebuilt from kept weights.
    bool isRunModel(int epoch) const { return runModel_ && (kept_.empty() || epoch == lastEpoch()); }
    // The model after `epoch` (1-based), or null when there is none. The last one asked for is
    // kept, so asking again (the pad, Use, Save, Evaluate) builds nothing.
    std::shared_ptr<Classifier> modelAt(int epoch);
    // `model` is epoch `epoch`'s model with its temperature and drawing offsets fitted. The run's
    // own model, once calibrated, is not replaced.
    void keepCalibrated(int epoch, std::shared_ptr<Classifier> model);

private:
    std::string architecture_;
    std::vector<EpochReport> kept_;
    std::shared_ptr<Classifier> runModel_;
    std::shared_ptr<Classifier> built_;
    int builtEpoch_ = 0;
    std::map<int, std::shared_ptr<Classifier>> calibrated_;
    int run_ = 0;
};

} // namespace digitpad
