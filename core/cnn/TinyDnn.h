#pragma once
// The one place core includes tiny-dnn; keep it out of public headers so the GUI and the CLI
// compile without it.
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wsign-compare"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#endif
#include <tiny_dnn/tiny_dnn.h>
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

namespace digitpad {
using CnnNetwork = tiny_dnn::network<tiny_dnn::sequential>;
} // namespace digitpad
