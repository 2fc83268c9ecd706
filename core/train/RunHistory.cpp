#include "train/RunHistory.h"

#include "cnn/CnnClassifier.h"

namespace digitpad {

void RunHistory::start(std::string architecture) {
    architecture_ = std::move(architecture);
    kept_.clear();
    runModel_.reset();
    built_.reset();
    builtEpoch_ = 0;
    calibrated_.clear();
    ++run_;
}

void RunHistory::add(const EpochReport& report) {
    if (report.weights) kept_.push_back(report);
}

void RunHistory::finish(std::shared_ptr<Classifier> model) { runModel_ = std::move(model); }

std::shared_ptr<Classifier> RunHistory::modelAt(int epoch) {
    if (isRunModel(epoch)) return runModel_;
    if (const auto found = calibrated_.find(epoch); found != calibrated_.end()) return found->second;
    if (epoch < 1 || epoch > static_cast<int>(kept_.size())) return nullptr;
    if (builtEpoch_ != epoch) {
        built_ = epochModel(architecture_, kept_[static_cast<std::size_t>(epoch - 1)]);
        builtEpoch_ = epoch;
    }
    return built_;
}

void RunHistory::keepCalibrated(int epoch, std::shared_ptr<Classifier> model) {
    if (!isRunModel(epoch)) calibrated_[epoch] = std::move(model);
    // A run ended meanwhile calibrates its own model; a cancelled run's is taken as calibrated here.
    else if (!runModel_->isCalibrated()) runModel_ = std::move(model);
}

} // namespace digitpad
