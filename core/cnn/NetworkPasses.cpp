#include "cnn/NetworkPasses.h"

#include <chrono>
#include <vector>

namespace digitpad {
namespace {

using Clock = std::chrono::steady_clock;

// Adds the seconds since `start` to slot `layer` of `slots` (sized to `layers` first).
void addTime(std::vector<double>& slots, std::size_t layers, std::size_t layer, Clock::time_point start) {
    slots.resize(layers, 0.0);
    slots[layer] += std::chrono::duration<double>(Clock::now() - start).count();
}

std::vector<tiny_dnn::tensor_t*> dataOf(const std::vector<tiny_dnn::edgeptr_t>& edges) {
    std::vector<tiny_dnn::tensor_t*> tensors;
    for (const auto& edge : edges) tensors.push_back(edge->get_data());
    return tensors;
}

std::vector<tiny_dnn::tensor_t*> gradientsOf(const std::vector<tiny_dnn::edgeptr_t>& edges) {
    std::vector<tiny_dnn::tensor_t*> tensors;
    for (const auto& edge : edges) tensors.push_back(edge->get_gradient());
    return tensors;
}

} // namespace

const tiny_dnn::tensor_t& forwardPass(CnnNetwork& net, tiny_dnn::tensor_t samples, LayerTimes* times) {
    const auto count = static_cast<tiny_dnn::serial_size_t>(samples.size());
    *net[0]->inputs()[0]->get_data() = std::move(samples);
    for (std::size_t i = 0; i < net.layer_size(); ++i) {
        const Clock::time_point start = times ? Clock::now() : Clock::time_point{};
        tiny_dnn::layer* layer = net[i];
        layer->set_sample_count(count);
        const std::vector<tiny_dnn::tensor_t*> in = dataOf(layer->inputs());
        std::vector<tiny_dnn::tensor_t*> out = dataOf(layer->outputs());
        layer->forward_propagation(in, out);
        if (times) addTime(times->forward, net.layer_size(), i, start);
    }
    return *net[net.layer_size() - 1]->outputs()[0]->get_data();
}

void backwardPass(CnnNetwork& net, tiny_dnn::tensor_t outputGradient, LayerTimes* times) {
    for (tiny_dnn::layer* layer : net)
        for (tiny_dnn::tensor_t* gradient : layer->weights_grads())
            for (tiny_dnn::vec_t& sample : *gradient) std::fill(sample.begin(), sample.end(), 0.0f);
    *net[net.layer_size() - 1]->outputs()[0]->get_gradient() = std::move(outputGradient);
    for (std::size_t i = net.layer_size(); i-- > 0;) {
        const Clock::time_point start = times ? Clock::now() : Clock::time_point{};
        tiny_dnn::layer& layer = *net[i];
        const auto inputs = layer.inputs();
        const auto outputs = layer.outputs();
        std::vector<tiny_dnn::tensor_t*> outGradient = gradientsOf(outputs), inGradient = gradientsOf(inputs);
        layer.back_propagation(dataOf(inputs), dataOf(outputs), outGradient, inGradient);
        if (times) addTime(times->backward, net.layer_size(), i, start);
    }
}

} // namespace digitpad
