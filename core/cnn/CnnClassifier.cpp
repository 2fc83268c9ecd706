#include "cnn/CnnClassifier.h"

#include "cnn/Architectures.h"
#include "cnn/BuildNetwork.h"
#include "cnn/CnnNetworkHolder.h"
#include "cnn/LayerList.h"
#include "model/ModelFile.h"
#include "cnn/NetworkPasses.h"
#include "util/Error.h"
#include "util/SplitWork.h"

#include <algorithm>
#include <cmath>

namespace digitpad {
namespace {

Probabilities toProbabilities(const tiny_dnn::vec_t& output) {
    Probabilities p{};
    std::copy_n(output.begin(), std::min<std::size_t>(output.size(), p.size()), p.begin());
    return p;
}

} // namespace

CnnClassifier::CnnClassifier(const std::string& architecture, std::uint32_t seed)
    : architecture_(architecture), network_(std::make_unique<CnnNetworkHolder>()) {
    // Connecting the layers already draws their weights, and init_weight() draws them again:
    // both from the network's generator, in the order tiny-dnn's global one was drawn, so a
    // seed gives the weights it gave before the network had a generator of its own.
    network_->random.seed(seed);
    buildCnnNetwork(architecture, network_->net, network_->workers, network_->random);
    network_->net.init_weight();
    network_->net.set_netphase(tiny_dnn::net_phase::test);
}

CnnClassifier::~CnnClassifier() = default;

CnnNetworkHolder& CnnClassifier::network() {
    inPlace_.reset();
    return *network_;
}

Probabilities CnnClassifier::predictUncalibrated(const Image28& image) {
    ++forwardPasses_;
    inPlaceProbabilities_ = toProbabilities(forwardPass(network_->net, tiny_dnn::tensor_t{toInput(image)})[0]);
    inPlace_ = image;
    return inPlaceProbabilities_;
}

std::vector<Probabilities> CnnClassifier::predictUncalibratedBatch(const std::vector<Image28>& images) {
    // tiny-dnn keeps every layer's outputs and gradients for every sample of a call: 500 images
    // cost ~300 MB in the seed network. Small slices keep that bounded at no cost in speed.
    constexpr std::size_t kSlice = 64;
    // A batch too small to be cut into oneDNN's parts per core (the five extra views of a drawing)
    // runs each image whole on one core: cut layer by layer, its barriers and small parts cost
    // more than they share (a drawing's reading 0.66 -> 0.55 ms on 2 cores, `bench --model`).
    // One image alone is the drawing itself: cut among the cores, and kept in place for inspect().
    constexpr std::size_t kSharedFrom = 16;
    if (images.size() == 1) return {predictUncalibrated(images.front())};
    if (images.size() < kSharedFrom) return predictEachWhole(images);
    inPlace_.reset();
    forwardPasses_ += images.size();
    std::vector<Probabilities> result;
    result.reserve(images.size());
    for (std::size_t begin = 0; begin < images.size(); begin += kSlice) {
        const std::size_t end = std::min(images.size(), begin + kSlice);
        tiny_dnn::tensor_t batch;
        batch.reserve(end - begin);
        for (std::size_t i = begin; i < end; ++i) batch.push_back(toInput(images[i]));
        for (const tiny_dnn::vec_t& output : forwardPass(network_->net, std::move(batch)))
            result.push_back(toProbabilities(output));
    }
    return result;
}

std::vector<Probabilities> CnnClassifier::predictEachWhole(const std::vector<Image28>& images) {
    std::vector<const ImageForward*> layers;
    for (std::size_t i = 0; i < network_->net.layer_size(); ++i)
        layers.push_back(&dynamic_cast<const ImageForward&>(*network_->net[i]));
    const std::size_t parts = std::min(images.size(), network_->workers.parts());
    network_->scratches.resize(std::max(network_->scratches.size(), parts));
    std::vector<Probabilities> result(images.size());
    network_->workers.run(parts, [&](std::size_t part) {
        ImageScratch& scratch = network_->scratches[part];
        for (std::size_t i = sliceStart(images.size(), parts, part); i < sliceStart(images.size(), parts, part + 1); ++i) {
            scratch.in = toInput(images[i]);
            for (const ImageForward* layer : layers) {
                layer->forwardImage(scratch.in, scratch.out, scratch);
                std::swap(scratch.in, scratch.out);
            }
            result[i] = toProbabilities(scratch.in);
        }
    });
    forwardPasses_ += images.size();
    return result;
}

namespace {

// Scaled so the largest magnitude is 1 (all zero stays all zero).
template <typename Pixels> Pixels scaledToOne(Pixels values) {
    float largest = 0;
    for (const float v : values) largest = std::max(largest, std::abs(v));
    if (largest > 0)
        for (float& v : values) v /= largest;
    return values;
}

template <typename Pixels> Pixels magnitudes(Pixels values) {
    for (float& v : values) v = std::abs(v);
    return values;
}

// The ink that raises a score: input times gradient, where positive.
template <typename Pixels> Pixels evidence(const Image28& image, Pixels gradient) {
    for (std::size_t i = 0; i < gradient.size(); ++i) gradient[i] = std::max(0.0f, gradient[i] * image.pixels[i]);
    return scaledToOne(gradient);
}

Probabilities oneHot(int digit) {
    Probabilities weight{};
    weight[static_cast<std::size_t>(digit)] = 1;
    return weight;
}

} // namespace

std::optional<Inspection> CnnClassifier::inspect(const Image28& image, int digit, int against) {
    if (!inPlace_ || inPlace_->pixels != image.pixels) predictUncalibrated(image); // leaves every layer's output in place
    Inspection result;
    result.digit = digit >= 0 && digit < kClassCount ? digit : argmax(inPlaceProbabilities_);
    result.layers = convolutionOutputs();
    // Saliency of the digit's score before the softmax (Simonyan et al. 2014): the probability
    // itself saturates at 1.0 for a clear drawing and its gradient vanishes.
    const PixelValues forDigit = scoreGradient(oneHot(result.digit));
    result.saliency = scaledToOne(magnitudes(forDigit));
    if (against >= 0 && against < kClassCount && against != result.digit) {
        Contrast contrast;
        contrast.against = against;
        Probabilities difference = oneHot(result.digit);
        difference[static_cast<std::size_t>(against)] = -1;
        contrast.separation = scaledToOne(scoreGradient(difference));
        contrast.evidenceFor = evidence(image, forDigit);
        contrast.evidenceAgainst = evidence(image, scoreGradient(oneHot(against)));
        result.contrast = contrast;
    }
    // Backward also left weight gradients behind; a later training step must not see them.
    CnnNetwork& net = network_->net;
    for (std::size_t i = 0; i < net.layer_size(); ++i) net[i]->clear_grads();
    return result;
}

std::vector<FeatureMaps> CnnClassifier::convolutionOutputs() const {
    CnnNetwork& net = network_->net;
    std::vector<FeatureMaps> layers;
    for (std::size_t i = 0; i < net.layer_size(); ++i) {
        tiny_dnn::layer* layer = net[i];
        if (layer->layer_type() != "conv") continue;
        const tiny_dnn::shape3d shape = layer->out_shape()[0];
        FeatureMaps maps{"conv " + std::to_string(layers.size() + 1), static_cast<int>(shape.width_),
                         static_cast<int>(shape.height_), {}};
        const tiny_dnn::vec_t& out = (*layer->outputs()[0]->get_data())[0];
        const std::size_t area = shape.width_ * shape.height_;
        for (std::size_t c = 0; c < shape.depth_; ++c)
            maps.maps.emplace_back(out.begin() + static_cast<std::ptrdiff_t>(c * area),
                                   out.begin() + static_cast<std::ptrdiff_t>((c + 1) * area));
        layers.push_back(std::move(maps));
    }
    return layers;
}

CnnClassifier::PixelValues CnnClassifier::scoreGradient(const Probabilities& weight) {
    // The last layer is fully connected, so d score / d its input is a combination of the
    // digits' columns of weights; from there the gradient goes back through every other layer.
    CnnNetwork& net = network_->net;
    // No gradient to clear first: every layer writes the gradient it passes back (NetworkPasses.h).
    const std::size_t last = net.layer_size() - 1;
    const tiny_dnn::vec_t& weights = *net[last]->weights()[0];
    const std::size_t fanIn = weights.size() / kClassCount;
    tiny_dnn::vec_t column(fanIn, 0.0f);
    for (std::size_t i = 0; i < fanIn; ++i)
        for (std::size_t c = 0; c < static_cast<std::size_t>(kClassCount); ++c)
            if (weight[c] != 0) column[i] += weight[c] * weights[i * kClassCount + c];
    *net[last - 1]->outputs()[0]->get_gradient() = tiny_dnn::tensor_t{column};
    tiny_dnn::tensor_t& inputGradient = *net[0]->inputs()[0]->get_gradient();
    inputGradient.assign(1, tiny_dnn::vec_t(Image28::kPixels, 0.0f));
    for (std::size_t i = last; i-- > 0;) net[i]->backward();
    PixelValues gradient{};
    std::copy_n(inputGradient[0].begin(), gradient.size(), gradient.begin());
    return gradient;
}

std::vector<LayerSpec> CnnClassifier::layers() const { return describeLayers(network_->net); }

std::size_t CnnClassifier::parameterCount() const {
    std::size_t count = 0;
    for (auto* layer : network_->net)
        for (const tiny_dnn::vec_t* w : layer->weights()) count += w->size();
    return count;
}

std::string CnnClassifier::describe() const {
    return "CNN '" + architecture_ + "' (" + describeCnnArchitecture(architecture_) + ", " +
           std::to_string(parameterCount()) + " parameters)";
}

std::string CnnClassifier::weights() const {
    ByteWriter out;
    for (auto* layer : network_->net)
        for (const tiny_dnn::vec_t* w : layer->weights()) {
            out.u32(static_cast<std::uint32_t>(w->size()));
            out.floats(w->data(), w->size());
        }
    return out.data();
}

void CnnClassifier::setWeights(const std::vector<LayerSpec>& layers, const std::string& name) {
    ByteWriter out; // as weights() writes them: each layer's weights, then its bias
    for (const LayerSpec& l : layers) {
        if (l.weights.empty()) continue;
        out.u32(static_cast<std::uint32_t>(l.weights.size()));
        out.floats(l.weights.data(), l.weights.size());
        out.u32(static_cast<std::uint32_t>(l.bias.size()));
        out.floats(l.bias.data(), l.bias.size());
    }
    setWeights(out.data(), name);
}

void CnnClassifier::setWeights(const std::string& blob, const std::string& name) {
    // Validate everything before touching the network, so a bad file changes nothing.
    ByteReader in(blob, name);
    std::vector<std::vector<float>> values;
    for (auto* layer : network_->net)
        for (const tiny_dnn::vec_t* w : layer->weights()) {
            const std::uint32_t size = in.u32();
            if (size != w->size())
                throw Error(name + ": weights do not match architecture '" + architecture_ + "' (a " +
                            layer->layer_type() + " layer has " + std::to_string(w->size()) +
                            " weights, the file " + std::to_string(size) + ")");
            values.emplace_back(size);
            in.floats(values.back().data(), size);
        }
    if (!in.atEnd()) throw Error(name + ": " + std::to_string(in.remaining()) + " unexpected bytes after the weights");
    for (const auto& v : values)
        for (float x : v)
            if (!std::isfinite(x)) throw Error(name + ": weights contain NaN or infinity");
    inPlace_.reset();
    auto next = values.begin();
    for (auto* layer : network_->net)
        for (tiny_dnn::vec_t* w : layer->weights()) {
            std::copy(next->begin(), next->end(), w->begin());
            ++next;
        }
}

std::unique_ptr<Classifier> CnnClassifier::clone() const { return cloneCnn(); }

std::unique_ptr<CnnClassifier> CnnClassifier::cloneCnn() const {
    auto copy = std::make_unique<CnnClassifier>(architecture_);
    copy->setWeights(weights(), "clone");
    copy->metadata() = metadata();
    if (threads() > 0) copy->setThreads(threads());
    return copy;
}

void CnnClassifier::setThreads(std::size_t threads) {
    Classifier::setThreads(threads);
    network_->workers.resize(threads);
}

std::string CnnClassifier::toBytes() const {
    ModelFile file = modelFileWithHeader();
    file.payload = weights();
    return encodeModelFile(file);
}

std::unique_ptr<CnnClassifier> CnnClassifier::fromModelPayload(const std::string& architecture,
                                                               const std::string& payload,
                                                               const std::string& name) {
    if (!isCnnArchitecture(architecture))
        throw Error(name + ": unknown CNN architecture '" + architecture + "'");
    auto model = std::make_unique<CnnClassifier>(architecture);
    model->setWeights(payload, name);
    return model;
}

} // namespace digitpad
