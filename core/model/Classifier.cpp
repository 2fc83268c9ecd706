#include "model/Classifier.h"

#include "model/ModelFile.h"
#include "util/Error.h"
#include "util/Cores.h"
#include "util/FileIo.h"
#include "util/Numbers.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>

namespace digitpad {

std::optional<double> temperatureFromText(const std::string& text) {
    const std::optional<double> value = parseNumber(text);
    if (!value || *value < Classifier::kMinTemperature || *value > Classifier::kMaxTemperature) return std::nullopt;
    return value;
}

int argmax(const Probabilities& probabilities) {
    return static_cast<int>(std::max_element(probabilities.begin(), probabilities.end()) - probabilities.begin());
}

double logOf(float probability) { return std::log(std::max(static_cast<double>(probability), 1e-38)); }

Probabilities softmaxOf(const std::array<double, kClassCount>& logs) {
    const double top = *std::max_element(logs.begin(), logs.end());
    std::array<double, kClassCount> shares{};
    double sum = 0;
    for (std::size_t i = 0; i < logs.size(); ++i) sum += (shares[i] = std::exp(logs[i] - top));
    Probabilities probabilities{};
    for (std::size_t i = 0; i < shares.size(); ++i) probabilities[i] = static_cast<float>(shares[i] / sum);
    return probabilities;
}

Probabilities applyTemperature(const Probabilities& probabilities, double temperature) {
    if (temperature == 1.0) return probabilities;
    std::array<double, kClassCount> logs{};
    for (std::size_t i = 0; i < logs.size(); ++i) logs[i] = logOf(probabilities[i]) / temperature;
    return softmaxOf(logs);
}

Probabilities Classifier::predict(const Image28& image) {
    return applyTemperature(predictUncalibrated(image), temperature());
}

std::vector<Probabilities> Classifier::predictBatch(const std::vector<Image28>& images) {
    std::vector<Probabilities> result = predictUncalibratedBatch(images);
    const double t = temperature();
    if (t != 1.0)
        for (Probabilities& p : result) p = applyTemperature(p, t);
    return result;
}

Probabilities averagedInLogits(const std::vector<Probabilities>& answers) {
    std::array<double, kClassCount> meanLog{};
    for (const Probabilities& answer : answers)
        for (std::size_t c = 0; c < meanLog.size(); ++c) meanLog[c] += logOf(answer[c]) / static_cast<double>(answers.size());
    return softmaxOf(meanLog);
}

std::vector<Probabilities> Classifier::predictViews(const std::vector<std::vector<Image28>>& drawings) {
    // Every view but the first drawing itself, in one batch; that one last and alone.
    const bool firstAlone = !drawings.empty() && !drawings.front().empty();
    std::vector<Image28> images;
    for (std::size_t d = 0; d < drawings.size(); ++d)
        images.insert(images.end(), drawings[d].begin() + (d == 0 && firstAlone ? 1 : 0), drawings[d].end());
    std::vector<Probabilities> read = predictBatch(images);
    if (firstAlone) read.insert(read.begin(), predict(drawings.front().front()));
    std::vector<Probabilities> result;
    result.reserve(drawings.size());
    std::size_t next = 0;
    for (const std::vector<Image28>& views : drawings) {
        result.push_back(views.empty() ? Probabilities{} : averagedInLogits({read.begin() + static_cast<std::ptrdiff_t>(next),
                                                                            read.begin() + static_cast<std::ptrdiff_t>(next + views.size())}));
        next += views.size();
    }
    return result;
}

std::vector<Probabilities> Classifier::predictUncalibratedBatch(const std::vector<Image28>& images) {
    std::vector<Probabilities> result;
    result.reserve(images.size());
    for (const Image28& image : images) result.push_back(predictUncalibrated(image));
    return result;
}

std::size_t Classifier::usedThreads() const { return threadsFor(threads_); }

double Classifier::temperature() const {
    const auto found = metadata_.find("temperature");
    if (found == metadata_.end()) return 1.0;
    return temperatureFromText(found->second).value_or(1.0);
}

void Classifier::setTemperature(double temperature) {
    if (!std::isfinite(temperature) || temperature < kMinTemperature || temperature > kMaxTemperature)
        throw Error("temperature " + formatFixed(temperature, 4) + " is outside [0.05, 20]");
    metadata_["temperature"] = formatFixed(temperature, 4);
}

ModelFile Classifier::modelFileWithHeader() const {
    ModelFile file;
    file.header = metadata();
    file.header["kind"] = kind();
    file.header["architecture"] = architecture();
    file.header["input"] = "28x28x1";
    file.header["classes"] = std::to_string(kClassCount);
    return file;
}

void Classifier::save(const std::string& path) const {
    writeFileAtomically(path, toBytes());
}

} // namespace digitpad
