#include "train/TrainAndTest.h"

#include "calibration/CalibrationSet.h"
#include "model/SecondOpinionClassifier.h"
#include "train/StyleStrokes.h"
#include "train/TracedDigits.h"
#include "util/Error.h"


namespace digitpad {
namespace {

// Tests the run's model and records the result in it; the comparison names it by its architecture.
void testAndRecord(TestedModel& run, const std::string& mnistFolder, std::size_t testLimit,
                   const std::atomic<bool>* cancel) {
    run.testImages = std::make_shared<const Dataset>(loadMnist(mnistFolder, MnistSplit::Test, testLimit));
    ScoredEvaluation scored = evaluateAndScore(*run.model, run.model->architecture(), *run.testImages, {}, cancel);
    recordEvaluation(*run.model, scored.evaluation.confusion);
    run.evaluation = std::move(scored.evaluation);
    run.score = std::move(scored.score);
}

} // namespace

TestedModel trainCnnAndTest(const std::string& mnistFolder, const CnnTrainingPlan& plan,
                            const TrainAndTestCallbacks& callbacks, const std::atomic<bool>* cancel) {
    TrainingOptions options = plan.options;
    Dataset train = loadMnist(mnistFolder, MnistSplit::Train, options.limit);
    const std::size_t mnistImages = train.size();
    if (plan.tracedDrawings > 0) train.append(tracedDataset(train, plan.tracedDrawings, options.seed + 104729));
    if (plan.styledDrawings > 0) train.append(strokeStyleDataset(plan.styledDrawings, options.seed + 7919));
    // MNIST was limited when loaded; the drawings come on top
    if (train.size() > mnistImages) options.limit = 0;
    std::shared_ptr<CnnClassifier> model;
    if (plan.startFrom)
        model = plan.startFrom->cloneCnn();
    else
        model = std::make_shared<CnnClassifier>(plan.architecture, options.seed);

    TestedModel run;
    run.training = trainCnn(*model, train, options, callbacks.training, cancel);
    if (run.training.cancelled) {
        if (!run.training.epochs.empty()) run.model = model; // the last finished epoch's weights
        return run;
    }
    run.model = model;
    if (callbacks.onTesting) callbacks.onTesting();
    testAndRecord(run, mnistFolder, plan.testLimit, cancel);
    if (plan.calibrationDrawingsPerDigit > 0) {
        if (callbacks.onCalibrating) callbacks.onCalibrating();
        if (plan.secondOpinion) run.model = withSecondOpinion(model->clone(), plan.secondOpinion->clone());
        run.calibration = calibrateOnDrawings(*run.model, calibrationSet(plan.calibrationDrawingsPerDigit), true, cancel);
    }
    return run;
}

TestedModel trainClassicAndTest(const std::string& mnistFolder, const ClassicModelType& type,
                                const HyperParameters& parameters, std::size_t trainLimit, std::size_t testLimit,
                                const std::atomic<bool>* cancel) {
    const Dataset train = loadMnist(mnistFolder, MnistSplit::Train, trainLimit);
    TestedModel run;
    run.model = trainClassicModel(type, parameters, train);
    run.training.trainImages = train.size();
    if (cancel && *cancel) throw Cancelled();
    testAndRecord(run, mnistFolder, testLimit, cancel);
    return run;
}

} // namespace digitpad
