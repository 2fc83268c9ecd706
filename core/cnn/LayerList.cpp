#include "cnn/LayerList.h"

#include "util/Error.h"

#include <cmath>

namespace digitpad {
namespace {

template <typename Activation>
bool activatesWith(const tiny_dnn::layer& layer) {
    return dynamic_cast<const tiny_dnn::feedforward_layer<Activation>*>(&layer) != nullptr;
}

LayerSpec::Activation activationOf(const tiny_dnn::layer& layer) {
    if (activatesWith<tiny_dnn::activation::relu>(layer)) return LayerSpec::Activation::Relu;
    if (activatesWith<tiny_dnn::activation::softmax>(layer)) return LayerSpec::Activation::Softmax;
    if (activatesWith<tiny_dnn::activation::identity>(layer) || layer.layer_type() == "dropout")
        return LayerSpec::Activation::None;
    throw Error("layer '" + layer.layer_type() + "' has an activation DigitPad cannot describe");
}

LayerSpec::Kind kindOf(const tiny_dnn::layer& layer) {
    const std::string type = layer.layer_type();
    if (type == "conv") return LayerSpec::Kind::Convolution;
    if (type == "max-pool") return LayerSpec::Kind::MaxPooling;
    if (type == "fully-connected") return LayerSpec::Kind::FullyConnected;
    if (type == "dropout") return LayerSpec::Kind::Dropout;
    throw Error("layer '" + type + "' is not one DigitPad can describe");
}

LayerSpec describe(tiny_dnn::layer& layer) {
    LayerSpec spec;
    spec.kind = kindOf(layer);
    spec.activation = activationOf(layer);
    const tiny_dnn::shape3d in = layer.in_shape()[0], out = layer.out_shape()[0];
    spec.inChannels = static_cast<int>(in.depth_);
    spec.inHeight = static_cast<int>(in.height_);
    spec.inWidth = static_cast<int>(in.width_);
    spec.outChannels = static_cast<int>(out.depth_);
    spec.outHeight = static_cast<int>(out.height_);
    spec.outWidth = static_cast<int>(out.width_);
    if (spec.kind == LayerSpec::Kind::FullyConnected) {
        spec.inChannels = static_cast<int>(in.size());
        spec.inHeight = spec.inWidth = 1;
        spec.outChannels = static_cast<int>(out.size());
        spec.outHeight = spec.outWidth = 1;
    }
    const std::vector<tiny_dnn::vec_t*> weights = layer.weights();
    if (!weights.empty()) spec.weights.assign(weights[0]->begin(), weights[0]->end());
    if (weights.size() > 1) spec.bias.assign(weights[1]->begin(), weights[1]->end());
    if (spec.kind == LayerSpec::Kind::Convolution)
        spec.window = static_cast<int>(std::lround(
            std::sqrt(static_cast<double>(spec.weights.size()) / (spec.inChannels * spec.outChannels))));
    if (spec.kind == LayerSpec::Kind::MaxPooling) {
        const auto* pooling = dynamic_cast<const tiny_dnn::max_pooling_layer<tiny_dnn::activation::identity>*>(&layer);
        if (!pooling) throw Error("a max-pooling layer with an activation is not one DigitPad can describe");
        spec.window = static_cast<int>(pooling->pool_size().first);
    }
    return spec;
}

} // namespace

std::string layerKindName(LayerSpec::Kind kind) {
    switch (kind) {
    case LayerSpec::Kind::Convolution: return "convolution";
    case LayerSpec::Kind::MaxPooling: return "max-pooling";
    case LayerSpec::Kind::FullyConnected: return "fully connected";
    case LayerSpec::Kind::Dropout: return "dropout";
    }
    return "?";
}

std::vector<LayerSpec> describeLayers(const CnnNetwork& net) {
    std::vector<LayerSpec> layers;
    // tiny-dnn's network hands out its layers only through non-const access; nothing is changed.
    auto& layersOf = const_cast<CnnNetwork&>(net);
    for (std::size_t i = 0; i < layersOf.layer_size(); ++i) layers.push_back(describe(*layersOf[i]));
    return layers;
}

} // namespace digitpad
