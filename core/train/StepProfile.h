#pragma once
#include "cnn/LayerTimes.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

namespace digitpad {

// Where a run's training steps spent their time (TrainingOptions::profile).
struct StepProfile {
    std::vector<std::string> layerNames; // the layers' types, first to last
    LayerTimes layers;                   // their forward and backward passes
    double lossSeconds = 0;              // the loss gradient
    double optimizerSeconds = 0;         // the weights' update
    double batchSeconds = 0;             // making the batch: augmentation, copies, targets
    double totalSeconds = 0;             // all of it, and what runs between the parts
    std::size_t steps = 0, images = 0;

    // The time in no part above: the serial stretches between the passes.
    double otherSeconds() const {
        double parts = lossSeconds + optimizerSeconds + batchSeconds;
        for (const double s : layers.forward) parts += s;
        for (const double s : layers.backward) parts += s;
        return std::max(0.0, totalSeconds - parts);
    }
};

} // namespace digitpad
