#pragma once
#include <vector>

namespace digitpad {

// Seconds spent in each layer's passes, added up over the passes that were given it (a
// training profile: `digitpad-cli bench --profile`).
struct LayerTimes {
    std::vector<double> forward, backward; // one per layer, first to last
};

} // namespace digitpad
