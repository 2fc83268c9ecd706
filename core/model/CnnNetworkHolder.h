#pragma once
#include "model/TinyDnn.h"
#include "util/WorkerPool.h"

namespace digitpad {

// Wraps the tiny-dnn network so public headers can forward-declare it, with the threads its
// layers share (made first, so they outlive the layers).
class CnnNetworkHolder {
public:
    WorkerPool workers;
    CnnNetwork net;
};

// Copies an image into tiny-dnn's input vector.
inline tiny_dnn::vec_t toInput(const Image28& image) {
    return tiny_dnn::vec_t(image.pixels.begin(), image.pixels.end());
}

} // namespace digitpad
