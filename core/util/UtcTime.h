#pragma once
#include <string>

namespace digitpad {

// The current time as "2026-11-24T21:14:28Z", for model metadata.
std::string utcNowIso8601();

} // namespace digitpad
