#pragma once
#include "cnn/ImageForward.h"
#include "cnn/NetworkRandom.h"
#include "cnn/TinyDnn.h"
#include "util/WorkerPool.h"

namespace digitpad {

// Wraps the tiny-dnn network so public headers can forward-declare it, with the threads its
// layers share and the generator they draw from (both made first, so they outlive the layers),
// and the threads' memory for running whole images through it.
class CnnNetworkHolder {
public:
    WorkerPool workers;
    NetworkRandom random;
    CnnNetwork net;
    std::vector<ImageScratch> scratches; // one per part of a run of whole images (forwardImage)
};

// Copies an image into tiny-dnn's input vector.
inline tiny_dnn::vec_t toInput(const Image28& image) {
    return tiny_dnn::vec_t(image.pixels.begin(), image.pixels.end());
}

} // namespace digitpad
