#pragma once
// Numbers as text in files and metadata, the same in every locale. The GUI runs in the
// person's locale (Qt sets it for the C library), where printf and strtod may write and expect
// "0,75": a model saved in Berlin must load in Boston.
#include <optional>
#include <string>

namespace digitpad {

// "0.7500" for (0.75, 4).
std::string formatFixed(double value, int decimals);
// The shortest text that reads back as the same double: "0.03", "1e-05".
std::string shortNumber(double value);
// The whole text as a finite number ("12", "0.5", "1e-3"), or nothing.
std::optional<double> parseNumber(const std::string& text);

} // namespace digitpad
