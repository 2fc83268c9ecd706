#pragma once
// The one path from "train a model on MNIST" to a tested model that knows its own score: load
// the data, train, test on the held-out test set, record the result in the model. The Train
// page, the Models page and `digitpad-cli train` all go through it.
#include "classic/ClassicModels.h"
#include "metrics/Comparison.h"
#include "metrics/DrawingEvaluation.h"
#include "metrics/Evaluate.h"
#include "cnn/CnnClassifier.h"
#include "train/Trainer.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace digitpad {

struct CnnTrainingPlan {
    std::string architecture = "default";
    TrainingOptions options;
    std::size_t styledDrawings = 0; // added to MNIST from the stroke-style generator (StyleStrokes.h)
    std::size_t tracedDrawings = 0; // MNIST training images traced onto the pad and added (TracedDigits.h)
    std::size_t testLimit = 0;      // test on the first K test images (0: all 10,000)
    // After the test, fit the model's temperature and drawing offsets on this many drawings of
    // each digit of the calibration set (CalibrationSet.h; 0: leave the model uncalibrated), so
    // that it reads people's drawings as the bundled model does: honest about doubt, without
    // MNIST's lean.
    int calibrationDrawingsPerDigit = 0;
    // With the calibration: the model is saved with this second opinion beside it (a copy; the
    // bundled model's, so that it reads doubt as the bundled model does), its weight fitted too.
    std::shared_ptr<const Classifier> secondOpinion;
    std::shared_ptr<const CnnClassifier> startFrom; // train a copy of this model further instead of a fresh one
};

struct TestedModel {
    std::shared_ptr<Classifier> model;    // null when cancelled before anything was learnt
    TrainingResult training;              // CNNs: the epochs; classical models: empty
    std::optional<Evaluation> evaluation; // on the test set; absent when the run was cancelled
    std::optional<ModelScore> score;      // the same, as the model comparison shows it
    std::optional<TemperatureFit> calibration; // when the plan asked for it and the run was not cancelled
    std::shared_ptr<const Dataset> testImages;
};

struct TrainAndTestCallbacks {
    TrainingCallbacks training;
    std::function<void()> onTesting; // training is over; the test set is being read
    std::function<void()> onCalibrating; // tested; the calibration drawings are being read
};

// Cancelling during training keeps the last finished epoch's model, untested; cancelling
// during the test or the calibration throws Cancelled. Errors (no data, a diverging run) throw Error.
TestedModel trainCnnAndTest(const std::string& mnistFolder, const CnnTrainingPlan& plan,
                            const TrainAndTestCallbacks& callbacks = {}, const std::atomic<bool>* cancel = nullptr);

// Classical models train in one go (OpenCV reports no progress): a cancel takes effect after
// it, by throwing Cancelled.
TestedModel trainClassicAndTest(const std::string& mnistFolder, const ClassicModelType& type,
                                const HyperParameters& parameters, std::size_t trainLimit, std::size_t testLimit = 0,
                                const std::atomic<bool>* cancel = nullptr);

} // namespace digitpad
