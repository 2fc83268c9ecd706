#pragma once
#include "cnn/NetworkRandom.h"
#include "cnn/TinyDnn.h"
#include "util/WorkerPool.h"

#include <string>

namespace digitpad {

// Appends the layers of the named architecture to an empty network; its layers run their
// passes on `workers` and draw their weights and dropout masks from `random`, which must both
// outlive the network.
void buildCnnNetwork(const std::string& name, CnnNetwork& net, WorkerPool& workers, NetworkRandom& random);

} // namespace digitpad
