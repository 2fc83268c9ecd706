#include "util/Numbers.h"

#include <charconv>
#include <cmath>

namespace digitpad {

std::string formatFixed(double value, int decimals) {
    char text[64];
    const auto [end, error] = std::to_chars(text, text + sizeof text, value, std::chars_format::fixed, decimals);
    return error == std::errc() ? std::string(text, end) : std::string("nan");
}

std::string shortNumber(double value) {
    char text[32];
    const auto [end, error] = std::to_chars(text, text + sizeof text, value);
    return error == std::errc() ? std::string(text, end) : std::string("nan");
}

std::optional<double> parseNumber(const std::string& text) {
    // from_chars takes no leading '+' and no spaces; neither appears in what DigitPad writes.
    double value = 0;
    const char* end = text.data() + text.size();
    const auto [stop, error] = std::from_chars(text.data(), end, value);
    if (error != std::errc() || stop != end || text.empty() || !std::isfinite(value)) return std::nullopt;
    return value;
}

} // namespace digitpad
