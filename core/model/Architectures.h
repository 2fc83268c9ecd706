#pragma once
#include <string>
#include <vector>

namespace digitpad {

// The CNN architectures DigitPad can build, by name:
//   "seed"    - the seed project's Keras CNN: conv3x3x32, maxpool2, conv3x3x64, maxpool2,
//               conv3x3x64, dense 64, dense 10 softmax.
//   "default" - wider and deeper in its dense part, with dropout; the bundled model's.
std::vector<std::string> cnnArchitectureNames();
bool isCnnArchitecture(const std::string& name);
std::string describeCnnArchitecture(const std::string& name);

} // namespace digitpad
