#pragma once
#include "model/TinyDnn.h"

#include <string>

namespace digitpad {

// Appends the layers of the named architecture to an empty network.
void buildCnnNetwork(const std::string& name, CnnNetwork& net);

} // namespace digitpad
