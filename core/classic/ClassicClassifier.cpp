#include "classic/ClassicClassifier.h"

#include "util/Error.h"

#include <algorithm>

namespace digitpad {
namespace {

// Feature rows take memory (an RBF kernel row per support vector, too): score in chunks.
constexpr std::size_t kChunk = 256;

} // namespace

ClassicClassifier::ClassicClassifier(const ClassicModelType& type, FeatureSpec features, HyperParameters parameters)
    : typeName_(type.name), summary_(type.summary), features_(features), parameters_(std::move(parameters)) {}

Probabilities ClassicClassifier::predictUncalibrated(const Image28& image) {
    return predictUncalibratedBatch({image}).front();
}

std::vector<Probabilities> ClassicClassifier::predictUncalibratedBatch(const std::vector<Image28>& images) {
    std::vector<Probabilities> result;
    result.reserve(images.size());
    for (std::size_t start = 0; start < images.size(); start += kChunk) {
        const std::size_t end = std::min(images.size(), start + kChunk);
        std::vector<std::size_t> chunk(end - start);
        for (std::size_t i = 0; i < chunk.size(); ++i) chunk[i] = start + i;
        const std::vector<float> rows = extractFeatures(features_, images, &chunk, threads());
        const std::vector<Probabilities> scores = scoreFeatures(rows.data(), chunk.size());
        result.insert(result.end(), scores.begin(), scores.end());
    }
    return result;
}

std::string ClassicClassifier::describe() const {
    return summary_ + " (" + features_.toText() + "; " + formatParameters(parameters_) + "; " + sizeSummary() + ")";
}

std::string ClassicClassifier::toBytes() const {
    ModelFile file = modelFileWithHeader();
    file.header["features"] = features_.toText();
    file.header["parameters"] = formatParameters(parameters_);
    file.payload = payload();
    return encodeModelFile(file);
}

ClassicClassifier::Header ClassicClassifier::readHeader(const ModelFile& file, const std::string& name) {
    const ClassicModelType* type = findClassicModelType(file.value("architecture"));
    if (!type || classicKind(type->algorithm) != file.value("kind"))
        throw Error(name + ": unknown " + file.value("kind") + " model type '" + file.value("architecture") + "'");
    const FeatureSpec features = FeatureSpec::fromText(file.value("features"), name);
    if (features.kind != type->features.kind)
        throw Error(name + ": model type '" + type->name + "' cannot use features '" + file.value("features") + "'");
    HyperParameters parameters = parseParameters(file.value("parameters"), name);
    if (const std::string problem = parameterProblem(type->algorithm, parameters); !problem.empty())
        throw Error(name + ": " + problem);
    return {type, features, std::move(parameters)};
}

} // namespace digitpad
