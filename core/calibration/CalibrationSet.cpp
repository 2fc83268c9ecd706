#include "calibration/CalibrationSet.h"

#include "calibration/StyleDigits.h"

namespace digitpad {
namespace {

// Set A's seed and haste, as make-style-set --hasty writes it.
constexpr std::uint32_t kSeed = 1;
constexpr double kHaste = 1.3;

} // namespace

std::vector<LabelledDrawing> calibrationSet(int perDigit) {
    std::vector<LabelledDrawing> drawings;
    for (StyledDrawing& styled : styleSet(perDigit, kSeed, kHaste))
        drawings.push_back({std::move(styled.drawing), std::move(styled.label), {}});
    return drawings;
}

} // namespace digitpad
