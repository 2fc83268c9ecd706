#include "onnx/OnnxExport.h"

#include "cnn/CnnClassifier.h"
#include "cnn/LayerList.h"
#include "model/EnsembleClassifier.h"
#include "model/SecondOpinionClassifier.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <onnx/checker.h>
#include <onnx/onnx_pb.h>

#include <cstring>
#include <sstream>

namespace digitpad {

const char* const kPreprocessingRecipe =
    "Input: a 28x28 grey image, row-major, 0.0 = background and 1.0 = full ink, as MNIST's digits. "
    "From pen strokes: draw them anti-aliased with a round pen whose width is a fixed share of the "
    "drawing's size; crop to the ink; scale the ink's bounding box to fit 20x20 keeping its aspect "
    "ratio; place it in the 28x28 field and shift it so that its centre of mass lands on pixel (14, 14). "
    "From a picture: make the ink light on dark, crop, scale and centre the same way.";

namespace {

constexpr int kOpset = 13; // Softmax over one axis, every operator used here; onnxruntime-web reads it

class GraphWriter {
public:
    explicit GraphWriter(onnx::GraphProto& graph) : graph_(graph) {}

    // Adds a node reading `inputs` and writing one new value; returns its name.
    std::string node(const std::string& op, const std::vector<std::string>& inputs) {
        onnx::NodeProto* n = graph_.add_node();
        n->set_op_type(op);
        n->set_name(op + "_" + std::to_string(graph_.node_size()));
        for (const std::string& input : inputs) n->add_input(input);
        const std::string output = "t" + std::to_string(graph_.node_size());
        n->add_output(output);
        return output;
    }

    void ints(const std::string& name, const std::vector<long long>& values) {
        onnx::AttributeProto* a = lastNode().add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::INTS);
        for (long long v : values) a->add_ints(v);
    }
    void integer(const std::string& name, long long value) {
        onnx::AttributeProto* a = lastNode().add_attribute();
        a->set_name(name);
        a->set_type(onnx::AttributeProto::INT);
        a->set_i(value);
    }

    std::string constant(const std::string& name, const std::vector<long long>& dims, const std::vector<float>& values) {
        onnx::TensorProto* t = graph_.add_initializer();
        t->set_name(name);
        t->set_data_type(onnx::TensorProto::FLOAT);
        for (long long d : dims) t->add_dims(d);
        // ONNX keeps raw data little-endian, as every x86-64 and ARM machine DigitPad runs on.
        std::string raw(values.size() * sizeof(float), '\0');
        std::memcpy(raw.data(), values.data(), raw.size());
        t->set_raw_data(raw);
        return name;
    }

    // The last node's output becomes the graph's output `name`.
    void renameLastOutput(const std::string& name) { lastNode().set_output(0, name); }

private:
    onnx::NodeProto& lastNode() { return *graph_.mutable_node(graph_.node_size() - 1); }
    onnx::GraphProto& graph_;
};

void describeTensor(onnx::ValueInfoProto& value, const std::string& name, const std::vector<long long>& dims) {
    value.set_name(name);
    onnx::TypeProto_Tensor* tensor = value.mutable_type()->mutable_tensor_type();
    tensor->set_elem_type(onnx::TensorProto::FLOAT);
    onnx::TensorShapeProto* shape = tensor->mutable_shape();
    shape->add_dim()->set_dim_param("N");
    for (long long d : dims) shape->add_dim()->set_dim_value(d);
}

// Appends one layer's nodes after `value`; returns the value it leaves. The last layer's softmax
// is left to the caller: its scores are what a temperature divides, or an ensemble averages.
std::string addLayer(GraphWriter& g, const LayerSpec& layer, const std::string& id, std::string value, bool& flat) {
    switch (layer.kind) {
    case LayerSpec::Kind::Convolution: {
        const auto w = static_cast<long long>(layer.window);
        const std::string weights = g.constant(id + ".weight", {layer.outChannels, layer.inChannels, w, w}, layer.weights);
        const std::string bias = g.constant(id + ".bias", {layer.outChannels}, layer.bias);
        value = g.node("Conv", {value, weights, bias});
        g.ints("kernel_shape", {w, w});
        g.ints("strides", {1, 1});
        g.ints("pads", {0, 0, 0, 0});
        break;
    }
    case LayerSpec::Kind::MaxPooling: {
        const auto w = static_cast<long long>(layer.window);
        value = g.node("MaxPool", {value});
        g.ints("kernel_shape", {w, w});
        g.ints("strides", {w, w});
        break;
    }
    case LayerSpec::Kind::FullyConnected: {
        if (!flat) {
            // tiny-dnn holds a sample as channels, then rows, then columns: ONNX's NCHW, flattened.
            value = g.node("Flatten", {value});
            g.integer("axis", 1);
            flat = true;
        }
        const std::string weights = g.constant(id + ".weight", {layer.inChannels, layer.outChannels}, layer.weights);
        const std::string bias = g.constant(id + ".bias", {layer.outChannels}, layer.bias);
        value = g.node("Gemm", {value, weights, bias});
        break;
    }
    case LayerSpec::Kind::Dropout: return value; // inverted dropout: nothing to do when reading
    }
    switch (layer.activation) {
    case LayerSpec::Activation::None: return value;
    case LayerSpec::Activation::Relu: return g.node("Relu", {value});
    case LayerSpec::Activation::Softmax: return value;
    }
    return value;
}

// A CNN's layers after `value`, their weights named `prefix`layerN; returns its scores.
std::string addNetwork(GraphWriter& g, const CnnClassifier& cnn, const std::string& prefix, std::string value) {
    bool flat = false;
    const std::vector<LayerSpec> layers = cnn.layers();
    for (std::size_t i = 0; i < layers.size(); ++i)
        value = addLayer(g, layers[i], prefix + "layer" + std::to_string(i + 1), value, flat);
    return value;
}

const CnnClassifier& cnnOf(const Classifier& model) {
    const auto* cnn = dynamic_cast<const CnnClassifier*>(&model);
    if (!cnn)
        throw Error("only CNN models, and ensembles of them, can be exported as ONNX, and this is a " + model.describe() +
                    ": its HOG features and its support vectors or trees have no form among the standard ONNX "
                    "operators that every runtime has");
    return *cnn;
}

// The model's scores: a CNN's own, or, for an ensemble, the mean of its members' log-probabilities
// (their logits averaged, as EnsembleClassifier does). A model with a second opinion gives its
// reader's: the second opinion (HOG and an SVM) has no form among the standard operators, and it
// only tempers the confidence shown on the pad.
std::string addScores(GraphWriter& g, const Classifier& model, const std::string& image) {
    if (const auto* checked = dynamic_cast<const SecondOpinionClassifier*>(&model))
        return addScores(g, checked->reader(), image);
    const auto* ensemble = dynamic_cast<const EnsembleClassifier*>(&model);
    if (!ensemble) return addNetwork(g, cnnOf(model), "", image);
    std::vector<std::string> members;
    for (std::size_t m = 0; m < ensemble->memberCount(); ++m) {
        const std::string scores = addNetwork(g, cnnOf(ensemble->member(m)), "model" + std::to_string(m + 1) + ".", image);
        members.push_back(g.node("LogSoftmax", {scores}));
        g.integer("axis", 1);
    }
    return g.node("Mean", members);
}

std::string docString(const Classifier& model) {
    std::ostringstream doc;
    doc << "DigitPad " << model.describe() << ", temperature " << model.temperature() << ". " << kPreprocessingRecipe
        << " Output: the probabilities of the digits 0-9.";
    return doc.str();
}

} // namespace

std::string toOnnx(const Classifier& model) {
    onnx::ModelProto file;
    file.set_ir_version(onnx::IR_VERSION);
    file.set_producer_name("DigitPad");
    file.set_model_version(1);
    file.set_doc_string(docString(model));
    onnx::OperatorSetIdProto* opset = file.add_opset_import();
    opset->set_domain("");
    opset->set_version(kOpset);
    auto meta = [&file](const std::string& key, const std::string& value) {
        onnx::StringStringEntryProto* entry = file.add_metadata_props();
        entry->set_key(key);
        entry->set_value(value);
    };
    meta("architecture", model.architecture());
    std::ostringstream temperature;
    temperature.precision(9);
    temperature << model.temperature();
    meta("temperature", temperature.str());
    meta("preprocessing", kPreprocessingRecipe);
    for (const auto& [key, value] : model.metadata())
        if (key != "architecture" && key != "temperature") meta(key, value);

    onnx::GraphProto& graph = *file.mutable_graph();
    graph.set_name("digitpad_" + model.architecture());
    describeTensor(*graph.add_input(), "image", {1, 28, 28});
    GraphWriter g(graph);
    const std::string scores = addScores(g, model, "image");
    const std::string t = g.constant("temperature", {}, {static_cast<float>(model.temperature())});
    g.node("Softmax", {g.node("Div", {scores, t})});
    g.integer("axis", 1);
    g.renameLastOutput("probabilities");
    describeTensor(*graph.add_output(), "probabilities", {10});

    try {
        onnx::checker::check_model(file);
    } catch (const std::exception& e) {
        throw Error(std::string("the ONNX graph DigitPad built failed ONNX's checker: ") + e.what());
    }
    std::string bytes;
    if (!file.SerializeToString(&bytes)) throw Error("could not serialise the ONNX model");
    return bytes;
}

void exportOnnx(const Classifier& model, const std::string& path) { writeFileAtomically(path, toOnnx(model)); }

} // namespace digitpad
