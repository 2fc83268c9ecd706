#pragma once
#include <string>
#include <vector>

namespace digitpad {

// The CNN architectures DigitPad can build, by name (describeCnnArchitecture() gives each one's
// layers): "default", the bundled model's; "seed", the seed project's Keras CNN; "deep", default's
// field of view in two 3x3 convolutions where it has one 5x5. Architectures.cpp builds them.
std::vector<std::string> cnnArchitectureNames();
bool isCnnArchitecture(const std::string& name);
std::string describeCnnArchitecture(const std::string& name);

} // namespace digitpad
