#pragma once
#include "data/Dataset.h"
#include "metrics/Metrics.h"
#include "model/Classifier.h"
#include "model/DrawingOffsets.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

namespace digitpad {

struct Evaluation {
    ConfusionMatrix confusion;
    std::vector<std::uint8_t> predicted; // per sample, same order as the dataset
};

// How many views of each image an evaluation reads: every one, as the pad reads an image
// (ImageViews.h), or the image alone, for a parameter search's folds and for a like-for-like
// figure beside a peer that reads one view.
enum class ViewsRead { Every, ImageAlone };

// Runs the model over a dataset in batches, its images read as `images` says (DrawingOffsets.h): a
// person's with the drawing offsets and the model's second opinion, as the pad reads them.
// `progress` gets the number of images done.
// Throws Cancelled when `cancel` is set.
Evaluation evaluate(Classifier& model, const Dataset& data,
                    const std::function<void(std::size_t done)>& progress = {},
                    const std::atomic<bool>* cancel = nullptr, ImagesOf images = ImagesOf::Mnist,
                    ViewsRead views = ViewsRead::Every);

// Records a test-set result in the model's metadata: test_accuracy (4 decimals), test_images.
void recordEvaluation(Classifier& model, const ConfusionMatrix& confusion);

// What recordEvaluation wrote, if it did and it reads back: the accuracy (0-1) and on how many images.
struct RecordedTest {
    double accuracy = 0;
    std::size_t images = 0;
};
std::optional<RecordedTest> recordedTest(const Classifier& model);

} // namespace digitpad
