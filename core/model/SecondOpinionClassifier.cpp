#include "model/SecondOpinionClassifier.h"

#include "model/DrawingOffsets.h"
#include "model/ModelFile.h"
#include "util/Error.h"
#include "util/Numbers.h"

#include <cmath>

namespace digitpad {
namespace {

// `where`: the file's name and ": ", or nothing.
void checkWeight(double weight, const std::string& where = {}) {
    if (!std::isfinite(weight) || weight < 0 || weight > SecondOpinionClassifier::kMaxWeight)
        throw Error(where + "a second opinion's weight of " + formatFixed(weight, 4) + " is outside [0, 0.5]");
}

std::string readModelBytes(ByteReader& reader, const std::string& name, const char* which) {
    std::optional<std::string> bytes = readNestedModel(reader);
    if (!bytes) throw Error(name + ": its " + which + " is cut short");
    return std::move(*bytes);
}

} // namespace

Probabilities pooled(const Probabilities& read, const Probabilities& second, double weight) {
    Probabilities pool{};
    for (std::size_t c = 0; c < pool.size(); ++c)
        pool[c] = static_cast<float>((1 - weight) * read[c] + weight * second[c]);
    return pool;
}

const Classifier& readerOf(const Classifier& model) {
    const auto* checked = dynamic_cast<const SecondOpinionClassifier*>(&model);
    return checked ? checked->reader() : model;
}

std::unique_ptr<Classifier> secondOpinionOf(const Classifier& model) {
    const auto* checked = dynamic_cast<const SecondOpinionClassifier*>(&model);
    return checked ? checked->second().clone() : nullptr;
}

std::unique_ptr<SecondOpinionClassifier> withSecondOpinion(std::unique_ptr<Classifier> model,
                                                           std::unique_ptr<Classifier> second) {
    if (const auto* checked = dynamic_cast<const SecondOpinionClassifier*>(model.get())) {
        std::unique_ptr<Classifier> reader = checked->reader().clone();
        reader->metadata() = checked->metadata();
        model = std::move(reader);
    }
    return std::make_unique<SecondOpinionClassifier>(std::move(model), std::move(second), 0.0);
}

SecondOpinionClassifier::SecondOpinionClassifier(std::unique_ptr<Classifier> reader, std::unique_ptr<Classifier> second,
                                                 double weight)
    : reader_(std::move(reader)), second_(std::move(second)), weight_(weight) {
    if (!reader_ || !second_) throw Error("a model with a second opinion needs both models");
    if (reader_->kind() == kKind || second_->kind() == kKind)
        throw Error("a model with a second opinion cannot hold another such model");
    checkWeight(weight_);
    metadata() = reader_->metadata();
    reader_->metadata().erase("temperature");
    clearDrawingOffsets(reader_->metadata());
    // The second opinion is read as it was trained: as it is, with no lean taken out.
    second_->metadata().erase("temperature");
    clearDrawingOffsets(second_->metadata());
}

std::string SecondOpinionClassifier::describe() const {
    return reader_->describe() + ", with a second opinion from " + second_->kind() + " '" + second_->architecture() +
           "' (weight " + formatFixed(weight_, 2) + ")";
}

void SecondOpinionClassifier::setWeight(double weight) {
    checkWeight(weight);
    weight_ = weight;
}

std::unique_ptr<SecondOpinionClassifier> SecondOpinionClassifier::withReader(std::unique_ptr<Classifier> reader) const {
    auto copy = std::make_unique<SecondOpinionClassifier>(std::move(reader), second_->clone(), weight_);
    copy->metadata() = metadata();
    copy->setThreads(threads());
    return copy;
}

Probabilities SecondOpinionClassifier::withSecondOpinion(const Probabilities& read, const Image28& image) {
    if (weight_ == 0) return read;
    return pooled(read, second_->predict(image), weight_);
}

std::optional<Inspection> SecondOpinionClassifier::inspect(const Image28& image, int digit, int against) {
    return reader_->inspect(image, digit, against);
}

Probabilities SecondOpinionClassifier::predictUncalibrated(const Image28& image) { return reader_->predict(image); }

std::vector<Probabilities> SecondOpinionClassifier::predictUncalibratedBatch(const std::vector<Image28>& images) {
    return reader_->predictBatch(images);
}

std::vector<Probabilities> SecondOpinionClassifier::predictViews(const std::vector<std::vector<Image28>>& drawings) {
    std::vector<Probabilities> read = reader_->predictViews(drawings);
    const double t = temperature();
    if (t != 1.0)
        for (Probabilities& p : read) p = applyTemperature(p, t);
    return read;
}

std::unique_ptr<Classifier> SecondOpinionClassifier::clone() const { return withReader(reader_->clone()); }

void SecondOpinionClassifier::setThreads(std::size_t threads) {
    Classifier::setThreads(threads);
    reader_->setThreads(threads);
    second_->setThreads(threads);
}

std::string SecondOpinionClassifier::toBytes() const {
    ByteWriter payload;
    payload.f64(weight_);
    writeNestedModel(payload, reader_->toBytes());
    writeNestedModel(payload, second_->toBytes());
    ModelFile file = modelFileWithHeader();
    file.payload = payload.data();
    return encodeModelFile(file);
}

std::unique_ptr<SecondOpinionClassifier> SecondOpinionClassifier::fromModelPayload(const std::string& payload,
                                                                                   const std::string& name,
                                                                                   const ModelReader& readModel) {
    ByteReader reader(payload, name);
    const double weight = reader.f64();
    checkWeight(weight, name + ": ");
    std::unique_ptr<Classifier> first = readModel(readModelBytes(reader, name, "reading model"), name + " (reading model)");
    std::unique_ptr<Classifier> second = readModel(readModelBytes(reader, name, "second opinion"), name + " (second opinion)");
    if (!reader.atEnd()) throw Error(name + ": unexpected bytes after its second opinion");
    if (first->kind() == kKind || second->kind() == kKind)
        throw Error(name + ": a model with a second opinion cannot hold another such model");
    return std::make_unique<SecondOpinionClassifier>(std::move(first), std::move(second), weight);
}

} // namespace digitpad
