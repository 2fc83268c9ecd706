#pragma once
#include "model/TinyDnn.h"
#include "util/WorkerPool.h"

#include <string>

namespace digitpad {

// Appends the layers of the named architecture to an empty network; its layers run their
// passes on `workers`, which must outlive the network.
void buildCnnNetwork(const std::string& name, CnnNetwork& net, WorkerPool& workers);

} // namespace digitpad
