#include "model/DrawingOffsets.h"

#include "util/Numbers.h"

#include <cmath>

namespace digitpad {
namespace {

constexpr const char* kKey = "drawing_offsets";

} // namespace

std::optional<DrawingOffsets> drawingOffsetsFromText(const std::string& text) {
    DrawingOffsets offsets{};
    std::size_t start = 0;
    for (std::size_t digit = 0; digit < offsets.size(); ++digit) {
        const std::size_t comma = text.find(',', start);
        const bool last = digit + 1 == offsets.size();
        if (last != (comma == std::string::npos)) return std::nullopt; // too few or too many
        const std::optional<double> value = parseNumber(text.substr(start, last ? std::string::npos : comma - start));
        if (!value || std::abs(*value) > kMaxDrawingOffset) return std::nullopt;
        offsets[digit] = *value;
        start = comma + 1;
    }
    return offsets;
}

std::optional<DrawingOffsets> drawingOffsetsOf(const ModelMetadata& metadata) {
    const auto found = metadata.find(kKey);
    if (found == metadata.end()) return std::nullopt;
    return drawingOffsetsFromText(found->second);
}

void setDrawingOffsets(ModelMetadata& metadata, const DrawingOffsets& offsets) {
    std::string text;
    for (double offset : offsets) text += (text.empty() ? "" : ",") + formatFixed(offset, 4);
    metadata[kKey] = text;
}

void clearDrawingOffsets(ModelMetadata& metadata) { metadata.erase(kKey); }

Probabilities withDrawingOffsets(const Probabilities& probabilities, const DrawingOffsets& offsets) {
    std::array<double, kClassCount> logs{};
    for (std::size_t i = 0; i < logs.size(); ++i) logs[i] = logOf(probabilities[i]) + offsets[i];
    return softmaxOf(logs);
}

DrawingLean::DrawingLean(const Classifier& model, ImagesOf kind)
    : offsets_(kind == ImagesOf::People ? drawingOffsetsOf(model.metadata()) : std::nullopt) {}

Probabilities DrawingLean::takenOut(const Probabilities& probabilities) const {
    return offsets_ ? withDrawingOffsets(probabilities, *offsets_) : probabilities;
}

} // namespace digitpad
