#include "metrics/Evaluate.h"

#include "model/DrawingOffsets.h"
#include "preprocess/ImageViews.h"
#include "util/Numbers.h"

#include "util/Error.h"

#include <algorithm>
#include <cstdio>

namespace digitpad {
namespace {

std::vector<std::vector<Image28>> viewsOf(const std::vector<Image28>& images) {
    std::vector<std::vector<Image28>> views;
    views.reserve(images.size());
    for (const Image28& image : images) views.push_back(imageViews(image));
    return views;
}

} // namespace

Evaluation evaluate(Classifier& model, const Dataset& data, const std::function<void(std::size_t)>& progress,
                    const std::atomic<bool>* cancel, ImagesOf kind, ViewsRead views) {
    const DrawingLean lean(model, kind);
    constexpr std::size_t kChunk = 500;
    Evaluation evaluation;
    evaluation.predicted.reserve(data.size());
    for (std::size_t begin = 0; begin < data.size(); begin += kChunk) {
        if (cancel && cancel->load()) throw Cancelled();
        const std::size_t end = std::min(begin + kChunk, data.size());
        std::vector<Image28> images;
        images.reserve(end - begin);
        for (std::size_t i = begin; i < end; ++i) images.push_back(data.image(i));
        const auto probabilities = views == ViewsRead::Every ? model.predictViews(viewsOf(images))
                                                          : model.predictBatch(images);
        for (std::size_t i = 0; i < probabilities.size(); ++i) {
            Probabilities shown = lean.takenOut(probabilities[i]);
            // A person's digit is read as the pad reads it: with the model's second opinion.
            if (kind == ImagesOf::People) shown = model.withSecondOpinion(shown, images[i]);
            const int predicted = argmax(shown);
            evaluation.predicted.push_back(static_cast<std::uint8_t>(predicted));
            evaluation.confusion.add(data.labels[begin + i], predicted);
        }
        if (progress) progress(end);
    }
    return evaluation;
}

void recordEvaluation(Classifier& model, const ConfusionMatrix& confusion) {
    model.metadata()["test_accuracy"] = formatFixed(confusion.accuracy(), 4);
    model.metadata()["test_images"] = std::to_string(confusion.total());
}

std::optional<RecordedTest> recordedTest(const Classifier& model) {
    const auto accuracy = model.metadata().find("test_accuracy");
    if (accuracy == model.metadata().end()) return std::nullopt;
    const std::optional<double> value = parseNumber(accuracy->second);
    if (!value || !(*value >= 0 && *value <= 1)) return std::nullopt;
    RecordedTest test{*value, 0};
    const auto images = model.metadata().find("test_images");
    if (images != model.metadata().end())
        if (const std::optional<double> count = parseNumber(images->second); count && *count >= 0 && *count < 1e9)
            test.images = static_cast<std::size_t>(*count);
    return test;
}

} // namespace digitpad
