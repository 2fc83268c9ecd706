#pragma once
// A model that reads a drawing and a second model that sees it differently. Networks trained
// apart still share their sure mistakes on people's look-alikes (a curled 9 read as 3 by every
// CNN tried), because they learn the same kind of features from the same digits. A linear SVM on
// gradient histograms (HOG) errs elsewhere: where it reads another digit surely, the drawing is
// one worth doubting. Once the reader has chosen a drawing's digits, each digit's probabilities
// become a linear opinion pool, (1 - w) * the reader's + w * the second model's, with the weight w
// fitted on drawings like people's (calibrateOnDrawings). When both agree the pool stays sure;
// when the second reads another digit surely, the pool drops below the warning.
//
// Everything else is the reader's: the views it reads, its inspection, its fine-tuning. The
// temperature and drawing offsets live in this model's metadata, as for an ensemble.
#include "model/Classifier.h"

#include <functional>
#include <memory>
#include <string>

namespace digitpad {

class SecondOpinionClassifier final : public Classifier {
public:
    // `reader` keeps its metadata's history, but its temperature and drawing offsets become this
    // model's. Throws Error for a missing model, a second opinion that has one of its own, or a
    // weight outside [0, kMaxWeight].
    SecondOpinionClassifier(std::unique_ptr<Classifier> reader, std::unique_ptr<Classifier> second, double weight);

    static constexpr const char* kKind = "second-opinion";
    // The second opinion may temper the reading, never outvote a sure one.
    static constexpr double kMaxWeight = 0.5;

    std::string kind() const override { return kKind; }
    std::string architecture() const override { return reader_->architecture(); }
    std::string describe() const override;

    const Classifier& reader() const { return *reader_; }
    const Classifier& second() const { return *second_; }
    double weight() const { return weight_; }
    void setWeight(double weight);
    // This model with its reader replaced (by a fine-tuned copy, say): the same second opinion,
    // weight and metadata.
    std::unique_ptr<SecondOpinionClassifier> withReader(std::unique_ptr<Classifier> reader) const;

    // The second model reads the drawing itself only: its other views (slanted, turned...) made
    // it no better a judge (style set A: 10.5 against 11.1 % of right readings warned) and cost
    // 0.2 ms a drawing.
    Probabilities withSecondOpinion(const Probabilities& read, const Image28& image) override;
    std::optional<Inspection> inspect(const Image28& image, int digit = -1, int against = -1) override;
    std::vector<Probabilities> predictViews(const std::vector<std::vector<Image28>>& drawings) override;

    std::unique_ptr<Classifier> clone() const override;
    std::string toBytes() const override;
    void setThreads(std::size_t threads) override;

    using ModelReader = std::function<std::unique_ptr<Classifier>(const std::string& bytes, const std::string& name)>;
    // Reads a file of this kind's payload (the weight and both models); `readModel` turns each model's
    // bytes into a model (the catalogue's reader of every known kind).
    static std::unique_ptr<SecondOpinionClassifier> fromModelPayload(const std::string& payload, const std::string& name,
                                                                     const ModelReader& readModel);

protected:
    Probabilities predictUncalibrated(const Image28& image) override;
    std::vector<Probabilities> predictUncalibratedBatch(const std::vector<Image28>& images) override;

private:
    std::unique_ptr<Classifier> reader_;
    std::unique_ptr<Classifier> second_;
    double weight_;
};

// The model that reads the drawings: `model` itself, or the reader of one with a second opinion.
const Classifier& readerOf(const Classifier& model);
// A copy of `model`'s second opinion; null when it has none.
std::unique_ptr<Classifier> secondOpinionOf(const Classifier& model);

// `model` with `second` as its second opinion, at weight 0 until calibrateOnDrawings fits one; a
// second opinion `model` already has is replaced, and its metadata (calibration, history) kept.
std::unique_ptr<SecondOpinionClassifier> withSecondOpinion(std::unique_ptr<Classifier> model,
                                                           std::unique_ptr<Classifier> second);

// (1 - weight) * read + weight * second, class by class.
Probabilities pooled(const Probabilities& read, const Probabilities& second, double weight);

} // namespace digitpad
