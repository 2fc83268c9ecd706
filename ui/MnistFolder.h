#pragma once
#include <QString>

namespace digitpad {

// The MNIST folder core's lookup finds for this program (a checkout's data/mnist or the
// installer's copy), or an empty string when there is none.
QString foundMnistFolder();

} // namespace digitpad
