#pragma once
#include "data/Image28.h"
#include "model/Inspection.h"

#include <array>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace digitpad {

struct ModelFile;

constexpr int kClassCount = 10;
using Probabilities = std::array<float, kClassCount>;

int argmax(const Probabilities& probabilities);

// A probability's log, kept finite: one that underflowed to 0 stays the least likely, not undefined.
double logOf(float probability);
// exp of each, renormalized (a softmax): probabilities from logits or log-probabilities.
Probabilities softmaxOf(const std::array<double, kClassCount>& logs);

// p^(1/temperature), renormalized: the argmax stays, the confidence moves.
Probabilities applyTemperature(const Probabilities& probabilities, double temperature);

// Free-form facts about how a model was made (epochs, images, accuracy...), saved with it.
using ModelMetadata = std::map<std::string, std::string>;

// A digit recognizer. Every model kind (the CNNs and the classical ones) implements this,
// so the canvas, the CLI and the evaluation code never care which one is active.
//
// Threads. predict(), predictBatch() and inspect() write the model's working buffers (a CNN
// keeps every layer's outputs), so an instance predicts on one thread at a time. The const
// members (clone(), toBytes(), describe(), metadata() const) only read the weights, so other
// threads may call them while that one predicts: a thread that needs to predict gets its own
// clone() (the app's recognizer, evaluation, comparison, adaptation and training each do).
// Changing an instance (setTemperature, metadata(), training) needs it to be used by no other
// thread at all. tst_model's threadsEachPredictOnTheirOwnClone holds this to account, under
// ThreadSanitizer in ./dev.sh test.
class Classifier {
public:
    virtual ~Classifier() = default;

    // Calibrated probabilities: the model's own, softened or sharpened by its temperature.
    Probabilities predict(const Image28& image);
    std::vector<Probabilities> predictBatch(const std::vector<Image28>& images);
    // One calibrated answer per drawing from what the model reads in its views (each drawing's
    // views[0] the drawing itself, the others copies slanted, turned...): the views' logits
    // averaged (test-time augmentation). The first drawing's views[0] is read last, so inspect()
    // of it right after reuses that forward pass. An ensemble shares the views among its members.
    virtual std::vector<Probabilities> predictViews(const std::vector<std::vector<Image28>>& drawings);
    // What a person's digit is read as once the reader has chosen the drawing's digits: `read`,
    // the model's calibrated reading of the digit (`image` and its other views, predictViews),
    // unless the model carries a second opinion (SecondOpinionClassifier) to pool it with.
    virtual Probabilities withSecondOpinion(const Probabilities& read, const Image28& /*image*/) { return read; }
    // What the model looked at to read `image` as `digit` (-1: its own answer), and, for an
    // `against` digit other than that one, why that digit and not `against`. Models whose
    // insides say nothing useful about that (the classical ones) give none.
    virtual std::optional<Inspection> inspect(const Image28& /*image*/, int /*digit*/ = -1, int /*against*/ = -1) {
        return std::nullopt;
    }

    // Temperature scaling (Guo et al., 2017): probabilities p become p^(1/T), renormalized,
    // which is softmax(logits / T). 1 leaves them as the model gives them. Kept in the model
    // file's metadata ("temperature").
    double temperature() const;
    void setTemperature(double temperature);
    // Whether a temperature has been fitted (calibrateOnDrawings): a model fresh from training has none.
    bool isCalibrated() const { return metadata_.count("temperature") > 0; }
    static constexpr double kMinTemperature = 0.05, kMaxTemperature = 20;

    // e.g. kind "cnn", architecture "seed".
    virtual std::string kind() const = 0;
    virtual std::string architecture() const = 0;
    // One line a person can read: what the model is and how big.
    virtual std::string describe() const = 0;

    virtual std::unique_ptr<Classifier> clone() const = 0;
    // Serialized model (see ModelFile.h); save() writes it atomically.
    virtual std::string toBytes() const = 0;
    void save(const std::string& path) const;

    const ModelMetadata& metadata() const { return metadata_; }
    ModelMetadata& metadata() { return metadata_; }

    // How many threads its predictions (and a CNN's training) may use: 0, the default, is one
    // per core the process may use (util/Cores.h). Clones keep it. Not while it predicts.
    virtual void setThreads(std::size_t threads) { threads_ = threads; }
    std::size_t threads() const { return threads_; }
    // The count that is used: the one asked for, or the usable cores.
    std::size_t usedThreads() const;

protected:
    // The model's own probabilities, before calibration.
    virtual Probabilities predictUncalibrated(const Image28& image) = 0;
    virtual std::vector<Probabilities> predictUncalibratedBatch(const std::vector<Image28>& images);

    // A model file holding the metadata plus what every model records: kind, architecture,
    // input shape and classes; the subclass adds its payload.
    ModelFile modelFileWithHeader() const;

private:
    ModelMetadata metadata_;
    std::size_t threads_ = 0;
};

// The average of `answers`' log-probabilities, renormalized: their logits averaged, up to a
// constant per answer that the softmax takes away.
Probabilities averagedInLogits(const std::vector<Probabilities>& answers);

// The temperature a metadata value holds, when the whole text is a number in the allowed range.
std::optional<double> temperatureFromText(const std::string& text);

} // namespace digitpad
