#include "reading/InkEvidence.h"

#include "reading/DrawingReader.h"

#include <array>
#include <utility>
#include <vector>

namespace digitpad {

InkEvidence inkEvidence(const Image28& input) {
    constexpr int side = Image28::kSide;
    std::array<bool, Image28::kPixels> ink{};
    int inked = 0;
    for (std::size_t i = 0; i < ink.size(); ++i) inked += (ink[i] = input.pixels[i] >= 0.5f);
    InkEvidence evidence;
    evidence.coverage = static_cast<double>(inked) / static_cast<double>(Image28::kPixels);
    std::array<bool, Image28::kPixels> seen{};
    std::vector<int> stack;
    for (int start = 0; start < side * side; ++start) {
        if (!ink[static_cast<std::size_t>(start)] || seen[static_cast<std::size_t>(start)]) continue;
        int size = 0;
        stack.assign(1, start);
        seen[static_cast<std::size_t>(start)] = true;
        while (!stack.empty()) {
            const int at = stack.back();
            stack.pop_back();
            ++size;
            // 4-connected: a digit's strokes are 2-3 pixels thick at 28x28, while noise and a
            // checkerboard, all one piece through their corners, fall apart.
            for (const auto& [dx, dy] : {std::pair{1, 0}, std::pair{-1, 0}, std::pair{0, 1}, std::pair{0, -1}}) {
                const int x = at % side + dx, y = at / side + dy;
                if (x < 0 || y < 0 || x >= side || y >= side) continue;
                const auto next = static_cast<std::size_t>(y * side + x);
                if (ink[next] && !seen[next]) {
                    seen[next] = true;
                    stack.push_back(static_cast<int>(next));
                }
            }
        }
        evidence.parts += size >= 3; // a pixel or two is anti-aliasing, not a part
    }
    return evidence;
}

bool looksLikeNoDigit(const InkEvidence& evidence, float confidence) {
    const int against = (evidence.coverage > kMostInkOfADigit) + (evidence.parts > kMostPartsOfADigit) +
                        (confidence < kDoubtfulBelow);
    return against >= 2;
}

} // namespace digitpad
