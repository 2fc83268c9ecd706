#pragma once
// One image's forward pass through a layer on the calling thread, reading only the layer's
// weights. A layer's forward_propagation writes the buffers the layer keeps (for the backward
// pass, for inspecting the drawing) and cuts its work among the network's threads, so one image
// at a time goes through it; through forwardImage, each thread can run a whole image through the
// network at once. A drawing's extra views go that way: with no barrier between layers, they
// run about as fast on each core as one image does alone.
#include "cnn/DnnlImageConvolution.h"
#include "cnn/TinyDnn.h"
#include "linalg/EigenOperand.h"

#include <algorithm>
#include <cstdint>
#include <type_traits>
#include <utility>
#include <vector>

namespace digitpad {

// A thread's working memory for forwardImage, kept from image to image.
struct ImageScratch {
    RowMajorMatrix patches, result;  // a convolution's unrolled input and product; a layer's row
    std::vector<std::uint32_t> winners; // where each pooled value came from
    tiny_dnn::vec_t in, out;         // the image's values before and after the layer being run
    // Each convolution's oneDNN kernel on this thread, by layer: a kernel may run on one thread
    // at a time, and keeps its layer's weights in its own layout.
    std::vector<std::pair<const void*, DnnlImageConvolution>> convolutions;

    DnnlImageConvolution& convolution(const void* layer, const ConvolutionShape& shape) {
        for (auto& [owner, kernel] : convolutions)
            if (owner == layer && kernel.shape() == shape) return kernel;
        return convolutions.emplace_back(layer, DnnlImageConvolution(shape)).second;
    }
};

class ImageForward {
public:
    virtual ~ImageForward() = default;
    // The layer's output for one image from the previous layer's output, into `output`; what
    // the test phase computes (dropout passes its input on).
    virtual void forwardImage(const tiny_dnn::vec_t& input, tiny_dnn::vec_t& output, ImageScratch& scratch) const = 0;
};

// The activation of a whole output in place, with a local activation object: the layer's own
// may not be shared between threads.
template <typename Activation> void activateInPlace(tiny_dnn::vec_t& values) {
    if constexpr (std::is_same_v<Activation, tiny_dnn::activation::relu>) {
        for (float& v : values) v = std::max(0.0f, v);
    } else if constexpr (!std::is_same_v<Activation, tiny_dnn::activation::identity>) {
        const tiny_dnn::vec_t x = values;
        Activation{}.itef(values, x, static_cast<tiny_dnn::serial_size_t>(x.size()));
    }
}

} // namespace digitpad
