#pragma once
// A network as a plain list of layers: what each one does, its shapes and its weights, in
// tiny-dnn's order. What a model looks like to the world outside tiny-dnn (ONNX export).
#include "cnn/TinyDnn.h"

#include <string>
#include <vector>

namespace digitpad {

struct LayerSpec {
    enum class Kind { Convolution, MaxPooling, FullyConnected, Dropout };
    enum class Activation { None, Relu, Softmax };

    Kind kind = Kind::Convolution;
    Activation activation = Activation::None;
    // Channels, height and width in and out; a fully connected layer is inputs x 1 x 1.
    int inChannels = 0, inHeight = 1, inWidth = 1;
    int outChannels = 0, outHeight = 1, outWidth = 1;
    int window = 1; // the convolution's kernel side, the pooling's window (its stride too)
    // Convolution [out][in][window][window]; fully connected [in][out]; bias [out].
    std::vector<float> weights, bias;
};

std::string layerKindName(LayerSpec::Kind kind);

// Throws Error for a layer that is none of the above (a network built by another program).
std::vector<LayerSpec> describeLayers(const CnnNetwork& net);

} // namespace digitpad
