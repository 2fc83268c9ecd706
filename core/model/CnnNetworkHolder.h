#pragma once
#include "model/TinyDnn.h"

namespace digitpad {

// Wraps the tiny-dnn network so public headers can forward-declare it.
class CnnNetworkHolder {
public:
    CnnNetwork net;
};

// Copies an image into tiny-dnn's input vector.
inline tiny_dnn::vec_t toInput(const Image28& image) {
    return tiny_dnn::vec_t(image.pixels.begin(), image.pixels.end());
}

} // namespace digitpad
