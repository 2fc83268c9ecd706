#include "onnx/OnnxImport.h"

#include "cnn/Architectures.h"
#include "cnn/LayerList.h"
#include "util/Error.h"

#include <onnx/checker.h>
#include <onnx/onnx_pb.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <map>
#include <optional>

namespace digitpad {
namespace {

constexpr long long kMaxTensorValues = 16'000'000;

struct Tensor {
    std::vector<long long> dims;
    std::vector<float> values;
};

class GraphReader {
public:
    GraphReader(const onnx::GraphProto& graph, std::string name) : graph_(graph), name_(std::move(name)) {
        for (const onnx::TensorProto& t : graph.initializer()) initializers_[t.name()] = &t;
    }

    std::vector<LayerSpec> read() {
        const std::string input = firstRealInput();
        current_ = input;
        for (int i = 0; i < graph_.node_size(); ++i) readNode(graph_.node(i), i);
        if (graph_.output_size() != 1 || graph_.output(0).name() != current_)
            fail("the graph's output is not its last node's");
        finish();
        return layers_;
    }

    double temperature() const { return temperature_; }

private:
    [[noreturn]] void fail(const std::string& what) const { throw Error(name_ + ": " + what); }
    [[noreturn]] void failAt(const onnx::NodeProto& node, int index, const std::string& what) const {
        fail("node " + std::to_string(index + 1) + " (" + node.op_type() +
             (node.name().empty() ? std::string() : " '" + node.name() + "'") + ") " + what);
    }

    // The image: the one graph input that is not a weight. It must be [N, 1, 28, 28].
    std::string firstRealInput() {
        const onnx::ValueInfoProto* image = nullptr;
        for (const onnx::ValueInfoProto& in : graph_.input())
            if (!initializers_.count(in.name())) {
                if (image) fail("the graph has more than one input; DigitPad's networks read one image");
                image = &in;
            }
        if (!image) fail("the graph has no input");
        const auto& shape = image->type().tensor_type().shape();
        const bool fits = shape.dim_size() == 4 && dimIs(shape.dim(1), 1) && dimIs(shape.dim(2), 28) && dimIs(shape.dim(3), 28);
        if (!fits) fail("the input '" + image->name() + "' is not an image of [N, 1, 28, 28]");
        channels_ = 1;
        height_ = width_ = 28;
        return image->name();
    }

    static bool dimIs(const onnx::TensorShapeProto_Dimension& d, long long value) {
        return d.has_dim_value() && d.dim_value() == value;
    }

    void readNode(const onnx::NodeProto& node, int index) {
        const std::string& op = node.op_type();
        if (!node.domain().empty() && node.domain() != "ai.onnx") failAt(node, index, "is from the operator set '" + node.domain() + "'");
        if (op == "Constant") {
            if (node.output_size() != 1 || node.attribute_size() != 1 || !node.attribute(0).has_t())
                failAt(node, index, "is a constant DigitPad cannot read");
            constants_[node.output(0)] = tensorOf(node.attribute(0).t(), node, index);
            return;
        }
        if (node.input_size() < 1 || node.input(0) != current_)
            failAt(node, index, "does not read the previous layer's output: DigitPad reads a plain stack of layers");
        if (op == "Conv") readConvolution(node, index);
        else if (op == "Relu") activate(node, index, LayerSpec::Activation::Relu);
        else if (op == "Softmax") readSoftmax(node, index);
        else if (op == "MaxPool") readPooling(node, index);
        else if (op == "Flatten" || op == "Reshape") readFlatten(node, index);
        else if (op == "Gemm") readGemm(node, index);
        else if (op == "MatMul") readMatMul(node, index);
        else if (op == "Add") readBias(node, index);
        else if (op == "Div" || op == "Mul") readTemperature(node, index, op == "Div");
        else if (op == "LogSoftmax" || op == "Mean")
            failAt(node, index, "starts averaging several networks (an ensemble's file): DigitPad imports one network; "
                                "open the ensemble's DigitPad model file instead");
        else if (op != "Dropout" && op != "Identity")
            failAt(node, index, "is an operator DigitPad cannot read (it reads Conv, Relu, MaxPool, Flatten, Reshape, "
                                "Gemm, MatMul, Add, Div, Mul, Softmax, Dropout and Identity)");
        if (node.output_size() < 1) failAt(node, index, "has no output");
        current_ = node.output(0);
    }

    const onnx::AttributeProto* attribute(const onnx::NodeProto& node, const std::string& name) const {
        for (const onnx::AttributeProto& a : node.attribute())
            if (a.name() == name) return &a;
        return nullptr;
    }
    std::vector<long long> ints(const onnx::NodeProto& node, const std::string& name, std::vector<long long> fallback) const {
        const onnx::AttributeProto* a = attribute(node, name);
        return a ? std::vector<long long>(a->ints().begin(), a->ints().end()) : fallback;
    }
    long long integer(const onnx::NodeProto& node, const std::string& name, long long fallback) const {
        const onnx::AttributeProto* a = attribute(node, name);
        return a ? a->i() : fallback;
    }
    float real(const onnx::NodeProto& node, const std::string& name, float fallback) const {
        const onnx::AttributeProto* a = attribute(node, name);
        return a ? a->f() : fallback;
    }

    Tensor tensorOf(const onnx::TensorProto& t, const onnx::NodeProto& node, int index) const {
        if (t.data_type() != onnx::TensorProto::FLOAT) failAt(node, index, "has weights that are not 32-bit floats");
        if (t.data_location() == onnx::TensorProto::EXTERNAL) failAt(node, index, "keeps its weights in another file");
        Tensor tensor;
        long long count = 1;
        for (long long d : t.dims()) {
            if (d < 0 || d > kMaxTensorValues || count * std::max(d, 1LL) > kMaxTensorValues)
                failAt(node, index, "has a weight tensor of an impossible size");
            count *= d;
            tensor.dims.push_back(d);
        }
        if (t.has_raw_data()) {
            if (t.raw_data().size() != static_cast<std::size_t>(count) * sizeof(float))
                failAt(node, index, "has a weight tensor whose data does not match its shape");
            tensor.values.resize(static_cast<std::size_t>(count));
            std::memcpy(tensor.values.data(), t.raw_data().data(), t.raw_data().size());
        } else {
            if (t.float_data_size() != count) failAt(node, index, "has a weight tensor whose data does not match its shape");
            tensor.values.assign(t.float_data().begin(), t.float_data().end());
        }
        for (float v : tensor.values)
            if (!std::isfinite(v)) failAt(node, index, "has weights that are NaN or infinite");
        return tensor;
    }

    // A node's input `which` as a constant: an initializer or a Constant node's output.
    Tensor weight(const onnx::NodeProto& node, int index, int which) const {
        if (node.input_size() <= which) failAt(node, index, "lacks an input");
        const std::string& name = node.input(which);
        if (const auto it = constants_.find(name); it != constants_.end()) return it->second;
        const auto it = initializers_.find(name);
        if (it == initializers_.end()) failAt(node, index, "takes '" + name + "', which is not a constant");
        return tensorOf(*it->second, node, index);
    }

    void readConvolution(const onnx::NodeProto& node, int index) {
        if (flat_) failAt(node, index, "comes after the flattening");
        const Tensor w = weight(node, index, 1);
        if (w.dims.size() != 4 || w.dims[1] != channels_ || w.dims[2] != w.dims[3])
            failAt(node, index, "has weights that are not [out, " + std::to_string(channels_) + ", k, k]");
        const auto k = static_cast<int>(w.dims[2]);
        const bool plain = ints(node, "strides", {1, 1}) == std::vector<long long>{1, 1} &&
                           ints(node, "dilations", {1, 1}) == std::vector<long long>{1, 1} &&
                           integer(node, "group", 1) == 1 &&
                           ints(node, "pads", {0, 0, 0, 0}) == std::vector<long long>{0, 0, 0, 0} &&
                           (!attribute(node, "auto_pad") || attribute(node, "auto_pad")->s() == "NOTSET" ||
                            attribute(node, "auto_pad")->s() == "VALID");
        if (!plain) failAt(node, index, "is not a plain convolution (stride 1, no padding, no dilation, one group)");
        if (k < 1 || k > height_ || k > width_) failAt(node, index, "has a kernel larger than its input");
        LayerSpec spec;
        spec.kind = LayerSpec::Kind::Convolution;
        spec.inChannels = channels_, spec.inHeight = height_, spec.inWidth = width_;
        spec.outChannels = static_cast<int>(w.dims[0]), spec.outHeight = height_ - k + 1, spec.outWidth = width_ - k + 1;
        spec.window = k;
        spec.weights = w.values;
        spec.bias = node.input_size() > 2 ? weight(node, index, 2).values : std::vector<float>(static_cast<std::size_t>(spec.outChannels), 0.0f);
        if (spec.bias.size() != static_cast<std::size_t>(spec.outChannels)) failAt(node, index, "has a bias of the wrong size");
        push(spec);
    }

    void readPooling(const onnx::NodeProto& node, int index) {
        if (flat_) failAt(node, index, "comes after the flattening");
        const std::vector<long long> kernel = ints(node, "kernel_shape", {});
        if (kernel.size() != 2 || kernel[0] != kernel[1] || kernel[0] < 1) failAt(node, index, "is not a square pooling");
        const bool plain = ints(node, "strides", {1, 1}) == kernel && ints(node, "pads", {0, 0, 0, 0}) == std::vector<long long>{0, 0, 0, 0} &&
                           integer(node, "ceil_mode", 0) == 0 && ints(node, "dilations", {1, 1}) == std::vector<long long>{1, 1} &&
                           node.output_size() == 1;
        if (!plain) failAt(node, index, "is not a plain pooling (stride the window, no padding)");
        LayerSpec spec;
        spec.kind = LayerSpec::Kind::MaxPooling;
        spec.window = static_cast<int>(kernel[0]);
        spec.inChannels = spec.outChannels = channels_;
        spec.inHeight = height_, spec.inWidth = width_;
        spec.outHeight = height_ / spec.window, spec.outWidth = width_ / spec.window;
        if (spec.outHeight < 1) failAt(node, index, "pools more than its input");
        push(spec);
    }

    void readFlatten(const onnx::NodeProto& node, int index) {
        if (node.op_type() == "Flatten" && integer(node, "axis", 1) != 1) failAt(node, index, "does not flatten after the batch axis");
        if (node.op_type() == "Reshape") {
            const Tensor shape = weight(node, index, 1);
            const long long size = static_cast<long long>(channels_) * height_ * width_;
            const bool toRows = shape.values.size() == 2 && (shape.values[1] == -1 || shape.values[1] == static_cast<float>(size));
            if (!toRows) failAt(node, index, "reshapes into something other than one row per image");
        }
        channels_ *= height_ * width_;
        height_ = width_ = 1;
        flat_ = true;
    }

    void readGemm(const onnx::NodeProto& node, int index) {
        if (real(node, "alpha", 1) != 1 || real(node, "beta", 1) != 1 || integer(node, "transA", 0) != 0)
            failAt(node, index, "is not a plain product (alpha and beta 1, the input not transposed)");
        const Tensor w = weight(node, index, 1);
        const bool transposed = integer(node, "transB", 0) != 0;
        pushFullyConnected(node, index, w, transposed);
        if (node.input_size() > 2) addBias(node, index, weight(node, index, 2));
    }

    void readMatMul(const onnx::NodeProto& node, int index) { pushFullyConnected(node, index, weight(node, index, 1), false); }

    void readBias(const onnx::NodeProto& node, int index) {
        if (layers_.empty() || layers_.back().kind != LayerSpec::Kind::FullyConnected || layers_.back().activation != LayerSpec::Activation::None)
            failAt(node, index, "adds to something other than a product's result");
        addBias(node, index, weight(node, index, 1));
    }

    void addBias(const onnx::NodeProto& node, int index, const Tensor& bias) {
        LayerSpec& fc = layers_.back();
        if (bias.values.size() != fc.bias.size()) failAt(node, index, "has a bias of the wrong size");
        for (std::size_t i = 0; i < bias.values.size(); ++i) fc.bias[i] += bias.values[i];
    }

    void pushFullyConnected(const onnx::NodeProto& node, int index, const Tensor& w, bool transposed) {
        if (!flat_) {
            if (height_ != 1 || width_ != 1) failAt(node, index, "multiplies an image that was not flattened");
            flat_ = true;
        }
        if (w.dims.size() != 2) failAt(node, index, "has weights that are not a matrix");
        const long long in = transposed ? w.dims[1] : w.dims[0], out = transposed ? w.dims[0] : w.dims[1];
        if (in != channels_) failAt(node, index, "takes " + std::to_string(in) + " inputs where the layer before gives " + std::to_string(channels_));
        LayerSpec spec;
        spec.kind = LayerSpec::Kind::FullyConnected;
        spec.inChannels = channels_;
        spec.outChannels = static_cast<int>(out);
        spec.weights.resize(w.values.size());
        // tiny-dnn keeps W[in][out]; PyTorch's Linear exports W[out][in] with transB = 1.
        for (long long i = 0; i < in; ++i)
            for (long long o = 0; o < out; ++o)
                spec.weights[static_cast<std::size_t>(i * out + o)] =
                    w.values[static_cast<std::size_t>(transposed ? o * in + i : i * out + o)];
        spec.bias.assign(static_cast<std::size_t>(out), 0.0f);
        push(spec);
    }

    void activate(const onnx::NodeProto& node, int index, LayerSpec::Activation activation) {
        if (layers_.empty() || layers_.back().activation != LayerSpec::Activation::None ||
            layers_.back().kind == LayerSpec::Kind::MaxPooling || temperatureSet_)
            failAt(node, index, "activates something other than a convolution's or a product's result");
        layers_.back().activation = activation;
    }

    void readSoftmax(const onnx::NodeProto& node, int index) {
        const long long axis = integer(node, "axis", -1);
        if (!flat_ || (axis != 1 && axis != -1)) failAt(node, index, "is not a softmax over the digits");
        temperatureSet_ = false; // a Softmax may follow the temperature
        activate(node, index, LayerSpec::Activation::Softmax);
    }

    void readTemperature(const onnx::NodeProto& node, int index, bool divides) {
        const Tensor t = weight(node, index, 1);
        if (t.values.size() != 1 || !(t.values[0] > 0) || layers_.empty() ||
            layers_.back().kind != LayerSpec::Kind::FullyConnected || layers_.back().activation != LayerSpec::Activation::None)
            failAt(node, index, "is not a division of the last scores by a positive number (a temperature)");
        temperature_ *= divides ? t.values[0] : 1.0 / t.values[0];
        temperatureSet_ = true;
    }

    void push(LayerSpec spec) {
        if (temperatureSet_) fail("layers follow the temperature");
        channels_ = spec.outChannels;
        height_ = spec.outHeight;
        width_ = spec.outWidth;
        layers_.push_back(std::move(spec));
    }

    void finish() {
        if (layers_.empty() || layers_.back().kind != LayerSpec::Kind::FullyConnected || layers_.back().outChannels != 10)
            fail("the network does not end in 10 scores, one per digit");
        // Scores (logits), as PyTorch exports a network trained with cross-entropy, read as DigitPad's
        // probabilities once through a softmax: the digit and its order stay.
        if (layers_.back().activation == LayerSpec::Activation::None) layers_.back().activation = LayerSpec::Activation::Softmax;
        if (layers_.back().activation != LayerSpec::Activation::Softmax) fail("the network's last layer is not its scores");
    }

    const onnx::GraphProto& graph_;
    std::string name_;
    std::map<std::string, const onnx::TensorProto*> initializers_;
    std::map<std::string, Tensor> constants_;
    std::string current_;
    std::vector<LayerSpec> layers_;
    int channels_ = 1, height_ = 28, width_ = 28;
    bool flat_ = false, temperatureSet_ = false;
    double temperature_ = 1.0;
};

std::string describe(const std::vector<LayerSpec>& layers) {
    std::string text;
    for (const LayerSpec& l : layers) {
        if (!text.empty()) text += '-';
        switch (l.kind) {
        case LayerSpec::Kind::Convolution:
            text += "conv" + std::to_string(l.window) + "x" + std::to_string(l.window) + "x" + std::to_string(l.outChannels);
            break;
        case LayerSpec::Kind::MaxPooling: text += "pool"; break;
        case LayerSpec::Kind::FullyConnected: text += "fc" + std::to_string(l.outChannels); break;
        case LayerSpec::Kind::Dropout: text += "dropout"; break;
        }
    }
    return text;
}

std::vector<LayerSpec> withoutDropout(std::vector<LayerSpec> layers) {
    layers.erase(std::remove_if(layers.begin(), layers.end(), [](const LayerSpec& l) { return l.kind == LayerSpec::Kind::Dropout; }),
                 layers.end());
    return layers;
}

bool sameStack(const std::vector<LayerSpec>& a, const std::vector<LayerSpec>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const LayerSpec &x = a[i], &y = b[i];
        if (x.kind != y.kind || x.activation != y.activation || x.window != y.window || x.inChannels != y.inChannels ||
            x.inHeight != y.inHeight || x.inWidth != y.inWidth || x.outChannels != y.outChannels ||
            x.outHeight != y.outHeight || x.outWidth != y.outWidth)
            return false;
    }
    return true;
}

// The graph holds the temperature as a 32-bit float; DigitPad's own export also writes it whole in
// the metadata, and that is the one to keep when the two agree, so a model comes back exactly.
double temperatureOf(const onnx::ModelProto& file, double inGraph) {
    for (const onnx::StringStringEntryProto& entry : file.metadata_props())
        if (entry.key() == "temperature")
            if (const std::optional<double> written = temperatureFromText(entry.value());
                written && static_cast<float>(*written) == static_cast<float>(inGraph))
                return *written;
    return inGraph;
}

} // namespace

bool isOnnxFileName(const std::string& name) {
    return name.size() > 5 && name.compare(name.size() - 5, 5, ".onnx") == 0;
}

std::unique_ptr<CnnClassifier> cnnFromOnnx(const std::string& bytes, const std::string& name) {
    if (bytes.size() > kMaxOnnxBytes)
        throw Error(name + ": " + std::to_string(bytes.size() >> 20) + " MB is far larger than any network DigitPad reads");
    onnx::ModelProto file;
    if (bytes.empty() || !file.ParseFromString(bytes)) throw Error(name + ": not an ONNX model (damaged or another kind of file)");
    try {
        onnx::checker::check_model(file);
    } catch (const std::exception& e) {
        throw Error(name + ": ONNX's checker refuses it: " + e.what());
    }
    GraphReader reader(file.graph(), name);
    const std::vector<LayerSpec> layers = withoutDropout(reader.read());
    for (const std::string& architecture : cnnArchitectureNames()) {
        auto model = std::make_unique<CnnClassifier>(architecture);
        if (!sameStack(withoutDropout(model->layers()), layers)) continue;
        model->setWeights(layers, name);
        for (const onnx::StringStringEntryProto& entry : file.metadata_props())
            if (entry.key() != "architecture" && entry.key() != "temperature" && entry.key() != "preprocessing")
                model->metadata()[entry.key()] = entry.value();
        model->metadata()["imported_from"] = "ONNX, written by " + (file.producer_name().empty() ? std::string("an unnamed program") : file.producer_name() + " " + file.producer_version());
        model->setTemperature(std::clamp(temperatureOf(file, reader.temperature()), Classifier::kMinTemperature,
                                         Classifier::kMaxTemperature));
        return model;
    }
    throw Error(name + ": its layers (" + describe(layers) + ") are none of DigitPad's architectures (default, seed, deep)");
}

} // namespace digitpad
