// DigitPad's fast layers against tiny-dnn's own: the same weights and random inputs must give
// the same outputs, input gradients and weight and bias gradients.
#include "cnn/FastMaxPooling.h"
#include "cnn/GemmConvolution.h"
#include "cnn/GemmFullyConnected.h"
#include "cnn/CnnClassifier.h"
#include "cnn/Dropout.h"
#include "cnn/CnnNetworkHolder.h"
#include "support/SyntheticDigits.h"
#include "train/Trainer.h"
#include "train/TrainingStep.h"

#include "linalg/MatrixProduct.h"

#include <QtTest>

#include <array>
#include <cstdlib>
#include <cstring>

#include <random>

using namespace digitpad;
using tiny_dnn::tensor_t;
using tiny_dnn::vec_t;

namespace {

tensor_t randomTensor(std::size_t samples, std::size_t size, std::mt19937& random) {
    std::uniform_real_distribution<float> value(-1.0f, 1.0f);
    tensor_t tensor(samples, vec_t(size));
    for (vec_t& v : tensor)
        for (float& x : v) x = value(random);
    return tensor;
}

vec_t sumOverSamples(const tensor_t& tensor) {
    vec_t sum(tensor[0].size(), 0.0f);
    for (const vec_t& v : tensor)
        for (std::size_t i = 0; i < v.size(); ++i) sum[i] += v[i];
    return sum;
}

// Largest difference relative to the largest magnitude, so the tolerance does not depend on scale.
double relativeError(const vec_t& a, const vec_t& b) {
    double difference = 0, magnitude = 1e-6;
    for (std::size_t i = 0; i < a.size(); ++i) {
        difference = std::max(difference, static_cast<double>(std::abs(a[i] - b[i])));
        magnitude = std::max(magnitude, static_cast<double>(std::abs(b[i])));
    }
    return difference / magnitude;
}

struct Pass {
    tensor_t output, preActivation, inputGradient, weightGradient, biasGradient;
};

// `weights` and `bias` empty: a layer without them (pooling).
template <typename Layer>
Pass run(Layer& layer, const tensor_t& input, const tensor_t& weights, const tensor_t& bias, const tensor_t& upstream) {
    const std::size_t samples = input.size();
    const std::size_t outSize = layer.out_shape()[0].size();
    const bool weighted = !weights.empty();
    Pass pass;
    pass.output.assign(samples, vec_t(outSize, 0.0f));
    pass.preActivation.assign(samples, vec_t(outSize, 0.0f));
    tensor_t x = input, w = weights, b = bias;
    std::vector<tensor_t*> in{&x};
    if (weighted) in = {&x, &w, &b};
    std::vector<tensor_t*> out{&pass.output, &pass.preActivation};
    layer.set_sample_count(static_cast<tiny_dnn::serial_size_t>(samples));
    layer.forward_propagation(in, out);

    tensor_t outGrad0 = upstream;
    tensor_t outGrad1(samples, vec_t(outSize, 0.0f));
    pass.inputGradient.assign(samples, vec_t(input[0].size(), 0.0f));
    pass.weightGradient.assign(samples, vec_t(weighted ? weights[0].size() : 1, 0.0f));
    pass.biasGradient.assign(samples, vec_t(weighted ? bias[0].size() : 1, 0.0f));
    std::vector<tensor_t*> outGrad{&outGrad0, &outGrad1};
    std::vector<tensor_t*> inGrad{&pass.inputGradient};
    if (weighted) inGrad = {&pass.inputGradient, &pass.weightGradient, &pass.biasGradient};
    layer.back_propagation(in, out, outGrad, inGrad);
    return pass;
}

} // namespace

class TestLayers : public QObject {
    Q_OBJECT
private slots:
    void initialWeightsAreTinyDnnsForTheSameSeed_data();
    void initialWeightsAreTinyDnnsForTheSameSeed();
    void gemmConvolutionMatchesTinyDnn_data();
    void gemmConvolutionMatchesTinyDnn();
    void imageKernelFollowsWeightsChangedInPlace();
    void gemmFullyConnectedMatchesTinyDnn_data();
    void gemmFullyConnectedMatchesTinyDnn();
    void fastMaxPoolingMatchesTinyDnn_data();
    void fastMaxPoolingMatchesTinyDnn();
    void dropoutDropsAtItsRateAndPassesEveryGradient();
    void everyHiddenUnitLearns();
    void trainingSkipsOnlyTheImagesGradient();
    void trainingStepIsTinyDnnsFit_data();
    void trainingStepIsTinyDnnsFit();
    void predictionIsTinyDnnsOwnPass_data();
    void predictionIsTinyDnnsOwnPass();
    void fewImagesRunWholeAsTinyDnnRunsThem_data();
    void fewImagesRunWholeAsTinyDnnRunsThem();
    void inspectionShowsFeatureMapsAndTrueSaliency_data();
    void inspectionShowsFeatureMapsAndTrueSaliency();
    void inspectionReusesThePredictionsForwardPass();
    void contrastIsTheGradientOfTheLogRatio_data();
    void contrastIsTheGradientOfTheLogRatio();
    void matrixProductMatchesPlainLoops_data();
    void matrixProductMatchesPlainLoops();
    void matrixKernelFollowsTheCpu();
};

namespace {

constexpr double kTolerance = 1e-5;

// The data rows of a test that runs on the seed and the default architecture.
void addArchitectureRows() {
    QTest::addColumn<QString>("architecture");
    QTest::newRow("seed") << "seed";
    QTest::newRow("default (with dropout)") << "default";
}

constexpr auto kReferenceBackend = tiny_dnn::core::backend_t::internal;

void compare(const Pass& actual, const Pass& expected) {
    for (std::size_t s = 0; s < expected.output.size(); ++s) {
        QVERIFY2(relativeError(actual.preActivation[s], expected.preActivation[s]) < kTolerance, "pre-activation");
        QVERIFY2(relativeError(actual.output[s], expected.output[s]) < kTolerance, "output");
        QVERIFY2(relativeError(actual.inputGradient[s], expected.inputGradient[s]) < kTolerance, "input gradient");
    }
    QVERIFY2(relativeError(sumOverSamples(actual.weightGradient), sumOverSamples(expected.weightGradient)) < kTolerance,
             "weight gradient");
    QVERIFY2(relativeError(sumOverSamples(actual.biasGradient), sumOverSamples(expected.biasGradient)) < kTolerance,
             "bias gradient");
}

} // namespace

void TestLayers::gemmConvolutionMatchesTinyDnn_data() {
    QTest::addColumn<int>("side");
    QTest::addColumn<int>("window");
    QTest::addColumn<int>("inChannels");
    QTest::addColumn<int>("outChannels");
    QTest::addColumn<int>("samples");
    QTest::newRow("seed conv1") << 28 << 3 << 1 << 32 << 5;
    QTest::newRow("seed conv2") << 13 << 3 << 32 << 64 << 3;
    QTest::newRow("seed conv3") << 5 << 3 << 64 << 64 << 4;
    QTest::newRow("default conv2") << 12 << 5 << 32 << 64 << 2;
    QTest::newRow("default conv2, one drawing (cut by rows)") << 12 << 5 << 32 << 64 << 1;
    QTest::newRow("default conv1, one drawing (too small to cut)") << 28 << 5 << 1 << 32 << 1;
    QTest::newRow("seed conv2, two drawings (11 rows, cut unevenly)") << 13 << 3 << 32 << 64 << 2;
    QTest::newRow("a training batch (cut by samples)") << 12 << 5 << 32 << 64 << 32;
    QTest::newRow("default conv1, a training batch (image by image)") << 28 << 5 << 1 << 32 << 32;
    QTest::newRow("more samples than a chunk") << 9 << 3 << 2 << 3 << 150;
    // A lone image through a 3x3 window over channels runs oneDNN's Winograd kernel.
    QTest::newRow("deep conv2, one drawing (Winograd)") << 26 << 3 << 32 << 32 << 1;
    QTest::newRow("deep conv4, one drawing (Winograd)") << 10 << 3 << 64 << 64 << 1;
}

void TestLayers::gemmConvolutionMatchesTinyDnn() {
    QFETCH(int, side);
    QFETCH(int, window);
    QFETCH(int, inChannels);
    QFETCH(int, outChannels);
    QFETCH(int, samples);
    using tiny_dnn::activation::relu;
    // The plain reference kernels: tiny-dnn's AVX 5x5 backward kernel reads 32 bytes past its
    // buffer (AddressSanitizer found it), and DigitPad no longer runs it.
    tiny_dnn::convolutional_layer<relu> reference(side, side, window, inChannels, outChannels, tiny_dnn::padding::valid,
                                                  true, 1, 1, kReferenceBackend);
    WorkerPool workers;
    NetworkRandom layerWeights(1); // the layers' own weights, overwritten below
    GemmConvolution<relu> gemm(workers, layerWeights, side, side, window, inChannels, outChannels);
    std::mt19937 random(static_cast<unsigned>(side * 131 + inChannels));
    const std::size_t inSize = static_cast<std::size_t>(side * side * inChannels);
    const std::size_t outSide = static_cast<std::size_t>(side - window + 1);
    const std::size_t outSize = outSide * outSide * static_cast<std::size_t>(outChannels);
    const tensor_t input = randomTensor(static_cast<std::size_t>(samples), inSize, random);
    const tensor_t weights = randomTensor(1, static_cast<std::size_t>(window * window * inChannels * outChannels), random);
    const tensor_t bias = randomTensor(1, static_cast<std::size_t>(outChannels), random);
    const tensor_t upstream = randomTensor(static_cast<std::size_t>(samples), outSize, random);

    const Pass expected = run(reference, input, weights, bias, upstream);
    const Pass actual = run(gemm, input, weights, bias, upstream);
    compare(actual, expected);
    // The outputs are not trivially equal: ReLU leaves a good share of them non-zero.
    const auto positive = std::count_if(actual.output[0].begin(), actual.output[0].end(), [](float v) { return v > 0; });
    QVERIFY(positive > static_cast<long>(outSize / 5));
}

// The Winograd kernel keeps a layer's weights in its own layout between images: weights written
// in place (a training step, an adaptation) must be read, both by a view run whole and by the
// drawing in place.
void TestLayers::imageKernelFollowsWeightsChangedInPlace() {
    using tiny_dnn::activation::relu;
    constexpr int side = 12, window = 3, inChannels = 32, outChannels = 64;
    tiny_dnn::convolutional_layer<relu> reference(side, side, window, inChannels, outChannels, tiny_dnn::padding::valid,
                                                  true, 1, 1, kReferenceBackend);
    WorkerPool workers;
    NetworkRandom layerWeights(1);
    GemmConvolution<relu> layer(workers, layerWeights, side, side, window, inChannels, outChannels);
    std::mt19937 random(77);
    const tensor_t input = randomTensor(1, static_cast<std::size_t>(side * side * inChannels), random);
    const tensor_t bias = randomTensor(1, static_cast<std::size_t>(outChannels), random);
    ImageScratch scratch;
    vec_t previous;
    for (int round = 0; round < 3; ++round) {
        const tensor_t weights = randomTensor(1, static_cast<std::size_t>(window * window * inChannels * outChannels), random);
        std::copy(weights[0].begin(), weights[0].end(), layer.weights()[0]->begin()); // in place, as Adam writes them
        std::copy(bias[0].begin(), bias[0].end(), layer.weights()[1]->begin());
        const tensor_t upstream = randomTensor(1, reference.out_shape()[0].size(), random);
        const Pass expected = run(reference, input, weights, bias, upstream);
        vec_t whole;
        layer.forwardImage(input[0], whole, scratch);
        QVERIFY2(relativeError(whole, expected.output[0]) < kTolerance, qPrintable(QString("whole, round %1").arg(round)));
        QVERIFY(whole != previous);
        previous = whole;
        const Pass inPlace = run(layer, input, weights, bias, upstream);
        QVERIFY2(relativeError(inPlace.output[0], expected.output[0]) < kTolerance, qPrintable(QString("in place, round %1").arg(round)));
    }
}

void TestLayers::gemmFullyConnectedMatchesTinyDnn_data() {
    QTest::addColumn<int>("inSize");
    QTest::addColumn<int>("outSize");
    QTest::addColumn<bool>("softmax");
    QTest::addColumn<int>("samples");
    QTest::newRow("seed hidden") << 576 << 64 << false << 7;
    QTest::newRow("seed output") << 64 << 10 << true << 32;
    QTest::newRow("default hidden") << 1024 << 256 << false << 3;
    // One or two drawings: the product is cut by output columns among the cores.
    QTest::newRow("default hidden, one drawing") << 1024 << 256 << false << 1;
    QTest::newRow("default hidden, two drawings") << 1024 << 256 << false << 2;
    QTest::newRow("uneven cut, one drawing") << 320 << 333 << false << 1;
}

void TestLayers::gemmFullyConnectedMatchesTinyDnn() {
    QFETCH(int, inSize);
    QFETCH(int, outSize);
    QFETCH(bool, softmax);
    QFETCH(int, samples);
    std::mt19937 random(static_cast<unsigned>(inSize + outSize));
    const tensor_t input = randomTensor(static_cast<std::size_t>(samples), static_cast<std::size_t>(inSize), random);
    const tensor_t weights = randomTensor(1, static_cast<std::size_t>(inSize * outSize), random);
    const tensor_t bias = randomTensor(1, static_cast<std::size_t>(outSize), random);
    const tensor_t upstream = randomTensor(static_cast<std::size_t>(samples), static_cast<std::size_t>(outSize), random);
    using namespace tiny_dnn::activation;
    WorkerPool workers;
    NetworkRandom layerWeights(1); // the layers' own weights, overwritten below
    if (softmax) {
        tiny_dnn::fully_connected_layer<tiny_dnn::activation::softmax> reference(inSize, outSize, true, kReferenceBackend);
        GemmFullyConnected<tiny_dnn::activation::softmax> gemm(workers, layerWeights, inSize, outSize);
        compare(run(gemm, input, weights, bias, upstream), run(reference, input, weights, bias, upstream));
    } else {
        tiny_dnn::fully_connected_layer<relu> reference(inSize, outSize, true, kReferenceBackend);
        GemmFullyConnected<relu> gemm(workers, layerWeights, inSize, outSize);
        compare(run(gemm, input, weights, bias, upstream), run(reference, input, weights, bias, upstream));
    }
}


void TestLayers::initialWeightsAreTinyDnnsForTheSameSeed_data() {
    addArchitectureRows();
}

// The network's own generator draws a seed's initial weights exactly as tiny-dnn's global one
// did for the same layers (connecting them draws once, init_weight() again): a seed gives the
// weights it gave before networks had generators of their own. The reference is built the old
// way, on tiny-dnn's generator, here alone.
void TestLayers::initialWeightsAreTinyDnnsForTheSameSeed() {
    QFETCH(QString, architecture);
    using namespace tiny_dnn;
    using namespace tiny_dnn::activation;
    constexpr unsigned kSeed = 7;
    set_random_seed(kSeed);
    CnnNetwork reference;
    if (architecture == "seed")
        reference << convolutional_layer<relu>(28, 28, 3, 1, 32) << max_pooling_layer<identity>(26, 26, 32, 2)
                  << convolutional_layer<relu>(13, 13, 3, 32, 64) << max_pooling_layer<identity>(11, 11, 64, 2)
                  << convolutional_layer<relu>(5, 5, 3, 64, 64) << fully_connected_layer<relu>(576, 64)
                  << fully_connected_layer<softmax>(64, 10);
    else
        reference << convolutional_layer<relu>(28, 28, 5, 1, 32) << max_pooling_layer<identity>(24, 24, 32, 2)
                  << convolutional_layer<relu>(12, 12, 5, 32, 64) << max_pooling_layer<identity>(8, 8, 64, 2)
                  << fully_connected_layer<relu>(1024, 256) << dropout_layer(256, 0.4f)
                  << fully_connected_layer<softmax>(256, 10);
    reference.init_weight();
    CnnClassifier model(architecture.toStdString(), kSeed);
    CnnNetwork& ours = model.network().net;
    QCOMPARE(ours.layer_size(), reference.layer_size());
    std::size_t compared = 0;
    for (std::size_t i = 0; i < ours.layer_size(); ++i) {
        const auto ourWeights = ours[i]->weights();
        const auto theirWeights = reference[i]->weights();
        QCOMPARE(ourWeights.size(), theirWeights.size());
        for (std::size_t k = 0; k < ourWeights.size(); ++k, ++compared)
            QVERIFY2(*ourWeights[k] == *theirWeights[k], qPrintable(QString("layer %1, weights %2").arg(i).arg(k)));
    }
    QVERIFY(compared >= 8); // weights and biases of every convolution and fully connected layer
}

void TestLayers::fastMaxPoolingMatchesTinyDnn_data() {
    QTest::addColumn<int>("side");
    QTest::addColumn<int>("channels");
    QTest::addColumn<int>("samples");
    QTest::newRow("seed pool1") << 26 << 32 << 5;
    QTest::newRow("seed pool2 (odd side)") << 11 << 64 << 40;
    QTest::newRow("default pool2") << 8 << 64 << 2;
}

void TestLayers::fastMaxPoolingMatchesTinyDnn() {
    QFETCH(int, side);
    QFETCH(int, channels);
    QFETCH(int, samples);
    std::mt19937 random(static_cast<unsigned>(side * channels));
    tensor_t input = randomTensor(static_cast<std::size_t>(samples), static_cast<std::size_t>(side * side * channels), random);
    input[0][0] = input[0][1] = 5.0f; // a tie: both take the first maximum
    const std::size_t outSize = static_cast<std::size_t>((side / 2) * (side / 2) * channels);
    const tensor_t upstream = randomTensor(static_cast<std::size_t>(samples), outSize, random);
    tiny_dnn::max_pooling_layer<tiny_dnn::activation::identity> reference(side, side, channels, 2, kReferenceBackend);
    WorkerPool workers;
    FastMaxPooling<tiny_dnn::activation::identity> fast(workers, side, side, channels, 2);
    const Pass expected = run(reference, input, {}, {}, upstream);
    const Pass actual = run(fast, input, {}, {}, upstream);
    compare(actual, expected);
    QCOMPARE(actual.output[0][0], 5.0f);
}

// tiny-dnn 1.0.0a3's own dropout kept units at the drop rate and passed gradients back to only
// as many units as the batch had samples (Dropout.h).
void TestLayers::dropoutDropsAtItsRateAndPassesEveryGradient() {
    constexpr std::size_t kSamples = 8, kUnits = 256;
    constexpr float kRate = 0.4f;
    NetworkRandom masks(5);
    Dropout layer(masks, kUnits, kRate);
    std::mt19937 random(5);
    const tensor_t input = randomTensor(kSamples, kUnits, random);
    tensor_t output(kSamples, vec_t(kUnits, 0.0f));
    tensor_t x = input;
    std::vector<tensor_t*> in{&x}, out{&output};
    layer.set_context(tiny_dnn::net_phase::train);
    layer.set_sample_count(kSamples);
    layer.forward_propagation(in, out);

    const tensor_t upstream = randomTensor(kSamples, kUnits, random);
    tensor_t outGrad0 = upstream, inputGradient(kSamples, vec_t(kUnits, 0.0f));
    std::vector<tensor_t*> outGrad{&outGrad0}, inGrad{&inputGradient};
    layer.back_propagation(in, out, outGrad, inGrad);

    std::size_t kept = 0, keptBeyondTheBatch = 0;
    for (std::size_t s = 0; s < kSamples; ++s)
        for (std::size_t i = 0; i < kUnits; ++i) {
            const bool wasKept = output[s][i] != 0.0f;
            if (wasKept) {
                ++kept;
                if (i >= kSamples) ++keptBeyondTheBatch;
                QCOMPARE(output[s][i], input[s][i] / (1 - kRate));
                QCOMPARE(inputGradient[s][i], upstream[s][i] / (1 - kRate));
            } else {
                QCOMPARE(inputGradient[s][i], 0.0f);
            }
        }
    const double keptShare = static_cast<double>(kept) / (kSamples * kUnits);
    QVERIFY2(keptShare > 0.55 && keptShare < 0.65, qPrintable(QString("kept %1").arg(keptShare)));
    QVERIFY(keptBeyondTheBatch > kUnits * kSamples / 2);
    // Every sample gets its own mask, and every step new ones.
    const auto dropped = [&output](std::size_t s) {
        std::vector<bool> zero;
        for (float v : output[s]) zero.push_back(v == 0.0f);
        return zero;
    };
    QVERIFY(dropped(0) != dropped(1));
    const std::vector<bool> firstStep = dropped(0);
    layer.forward_propagation(in, out);
    QVERIFY(dropped(0) != firstStep);

    layer.set_context(tiny_dnn::net_phase::test); // predicting: everything passes, both ways
    layer.forward_propagation(in, out);
    layer.back_propagation(in, out, outGrad, inGrad);
    QCOMPARE(output, input);
    QCOMPARE(inputGradient, upstream);
}

// The default network's hidden layer feeds dropout: with tiny-dnn 1.0.0a3's own dropout only the
// first batch-size units of it ever learned.
void TestLayers::everyHiddenUnitLearns() {
    CnnClassifier model("default", 3);
    CnnNetwork& net = model.network().net;
    std::size_t hidden = 0;
    while (net[hidden + 1]->layer_type() != "dropout") ++hidden;
    const vec_t before = *net[hidden]->weights()[1]; // its biases
    TrainingOptions options;
    options.epochs = 1;
    options.batchSize = 16;
    trainCnn(model, testing::syntheticDataset(8, 4), options);
    const vec_t& after = *net[hidden]->weights()[1];
    std::size_t changed = 0;
    for (std::size_t i = 0; i < after.size(); ++i) changed += after[i] != before[i];
    QVERIFY2(changed > after.size() / 2, // some units stay dead: their ReLU never opens on these few images
             qPrintable(QString("%1 of %2 hidden units learned").arg(changed).arg(after.size())));
}

// Training never reads the gradient with respect to the image, so the first convolution skips
// it there; every other layer's input gradient, and the image's when predicting (saliency),
// must still come.
void TestLayers::trainingSkipsOnlyTheImagesGradient() {
    CnnClassifier model("seed", 3);
    CnnNetwork& net = model.network().net;
    std::mt19937 random(9);
    const tensor_t images = randomTensor(2, Image28::kPixels, random);
    const tensor_t upstream = randomTensor(2, kClassCount, random);
    const auto largest = [](const tensor_t& tensor) {
        float m = 0;
        for (const vec_t& v : tensor)
            for (float x : v) m = std::max(m, std::abs(x));
        return m;
    };
    for (const auto phase : {tiny_dnn::net_phase::train, tiny_dnn::net_phase::test}) {
        net.set_netphase(phase);
        net.predict(images);
        for (std::size_t i = 0; i < net.layer_size(); ++i) net[i]->clear_grads();
        *net[net.layer_size() - 1]->outputs()[0]->get_gradient() = upstream;
        for (std::size_t i = net.layer_size(); i-- > 0;) net[i]->backward();
        const float image = largest(*net[0]->inputs()[0]->get_gradient());
        const float secondConvolution = largest(*net[2]->inputs()[0]->get_gradient());
        QVERIFY(secondConvolution > 0);
        if (phase == tiny_dnn::net_phase::train)
            QCOMPARE(image, 0.0f);
        else
            QVERIFY(image > 0);
    }
}

void TestLayers::trainingStepIsTinyDnnsFit_data() {
    addArchitectureRows();
}

// The trainer's own step (forward, loss gradient, backward, Adam) moves the weights as tiny-dnn's
// fit() does on the same batches, dropout masks included, though it zeroes no gradient but the
// weights'.
void TestLayers::trainingStepIsTinyDnnsFit() {
    QFETCH(QString, architecture);
    struct KeptAdam : tiny_dnn::adam {
        void reset() override {} // fit() resets its optimizer on every call; one call per batch here
    };
    CnnClassifier ours(architecture.toStdString(), 3), theirs(architecture.toStdString(), 3);
    CnnNetwork& ourNet = ours.network().net;
    CnnNetwork& theirNet = theirs.network().net;
    Adam ourAdam;
    KeptAdam theirAdam;
    const Dataset data = testing::syntheticDataset(4, 6);
    constexpr std::size_t kBatch = 16;
    for (std::size_t begin = 0; begin < data.size(); begin += kBatch) {
        tensor_t inputs;
        std::vector<tiny_dnn::label_t> labels;
        for (std::size_t i = begin; i < std::min(data.size(), begin + kBatch); ++i) {
            inputs.push_back(toInput(data.image(i)));
            labels.push_back(data.labels[i]);
        }
        const std::vector<vec_t> targets = oneHotTargets(labels, kClassCount);
        ours.network().random.seed(static_cast<unsigned>(11 + begin));
        ourNet.set_netphase(tiny_dnn::net_phase::train);
        trainOnBatch(ourNet, ours.network().workers, ourAdam, inputs, targets);
        theirs.network().random.seed(static_cast<unsigned>(11 + begin));
        theirNet.fit<StableCrossEntropy>(theirAdam, inputs, targets, inputs.size(), 1);
    }
    std::size_t compared = 0;
    for (std::size_t i = 0; i < ourNet.layer_size(); ++i) {
        const auto ourWeights = ourNet[i]->weights();
        const auto theirWeights = theirNet[i]->weights();
        for (std::size_t k = 0; k < ourWeights.size(); ++k, ++compared)
            QVERIFY2(relativeError(*ourWeights[k], *theirWeights[k]) < 1e-5,
                     qPrintable(QString("layer %1 (%2), weights %3").arg(i).arg(QString::fromStdString(ourNet[i]->layer_type())).arg(k)));
    }
    QVERIFY(compared >= 8);
    QVERIFY(ours.weights() != CnnClassifier(architecture.toStdString(), 3).weights()); // it did train
}

void TestLayers::predictionIsTinyDnnsOwnPass_data() {
    addArchitectureRows();
    QTest::newRow("deep (Winograd for one image)") << "deep";
}

// Prediction runs the layers itself, not through tiny-dnn's network::predict: the probabilities
// must be tiny-dnn's bit for bit, for one image and for a batch of more than one slice, in any order.
void TestLayers::predictionIsTinyDnnsOwnPass() {
    QFETCH(QString, architecture);
    CnnClassifier model(architecture.toStdString(), 5);
    std::mt19937 random(9);
    std::vector<Image28> images(70);
    for (Image28& image : images)
        for (float& pixel : image.pixels) pixel = std::uniform_real_distribution<float>(0, 1)(random);
    const auto batch = model.predictBatch(images);
    // tiny-dnn's own batches, cut as predictBatch cuts them (a product's rounding depends on its size).
    std::vector<tiny_dnn::vec_t> ownBatch;
    for (std::size_t begin = 0; begin < images.size(); begin += 64) {
        std::vector<tiny_dnn::tensor_t> slice;
        for (std::size_t i = begin; i < std::min(images.size(), begin + 64); ++i) slice.push_back({toInput(images[i])});
        for (const tiny_dnn::tensor_t& output : model.network().net.predict(slice)) ownBatch.push_back(output[0]);
    }
    QCOMPARE(ownBatch.size(), images.size());
    for (std::size_t i = 0; i < images.size(); ++i)
        for (std::size_t c = 0; c < static_cast<std::size_t>(kClassCount); ++c)
            QVERIFY2(batch[i][c] == ownBatch[i][c], qPrintable(QString("batch, image %1, digit %2").arg(i).arg(c)));
    for (std::size_t i = 0; i < images.size(); i += 9) {
        const Probabilities single = model.predict(images[i]);
        const tiny_dnn::vec_t own = model.network().net.predict(toInput(images[i]));
        for (std::size_t c = 0; c < static_cast<std::size_t>(kClassCount); ++c)
            QVERIFY2(single[c] == own[c], qPrintable(QString("image %1, digit %2").arg(i).arg(c)));
    }
}

void TestLayers::fewImagesRunWholeAsTinyDnnRunsThem_data() {
    addArchitectureRows();
    QTest::newRow("deep (Winograd for one image)") << "deep";
}

// Fewer images than make a batch worth cutting by layers (a drawing's views) run each through the
// whole network on one thread (ImageForward): tiny-dnn's probabilities, on any thread count, and
// the image in place for inspection stays where it was.
void TestLayers::fewImagesRunWholeAsTinyDnnRunsThem() {
    using namespace digitpad::testing;
    QFETCH(QString, architecture);
    CnnClassifier model(architecture.toStdString(), 4);
    TrainingOptions options; // a fresh network's biases are zero: trained, a pass without them shows
    options.epochs = 1;
    options.batchSize = 16;
    trainCnn(model, syntheticDataset(20, 1), options);
    std::vector<Image28> images = floatImages(syntheticDataset(1, 9));
    images.resize(7);
    const Image28 inPlace = syntheticDataset(1, 3).image(4);
    for (const std::size_t threads : {std::size_t(1), std::size_t(2), std::size_t(4)}) {
        model.setThreads(threads);
        model.predict(inPlace);
        const std::size_t passes = model.forwardPasses();
        const auto few = model.predictBatch(images);
        for (std::size_t i = 0; i < images.size(); ++i) {
            const tiny_dnn::vec_t own = model.network().net.predict(toInput(images[i]));
            for (std::size_t c = 0; c < static_cast<std::size_t>(kClassCount); ++c)
                QVERIFY2(std::abs(few[i][c] - own[c]) <= 1e-6f,
                         qPrintable(QString("%1 threads, image %2, digit %3").arg(threads).arg(i).arg(c)));
        }
        model.predict(inPlace);
        model.predictBatch(images);
        model.inspect(inPlace);
        QCOMPARE(model.forwardPasses(), passes + 1 + 2 * images.size()); // inspect ran nothing again
    }
}

void TestLayers::inspectionShowsFeatureMapsAndTrueSaliency_data() {
    addArchitectureRows();
}

void TestLayers::inspectionShowsFeatureMapsAndTrueSaliency() {
    using namespace digitpad::testing;
    QFETCH(QString, architecture);
    CnnClassifier model(architecture.toStdString(), 3);
    const bool seed = architecture == "seed";
    TrainingOptions options;
    options.epochs = 2;
    options.batchSize = 16;
    trainCnn(model, syntheticDataset(20, 1), options);
    const Image28 image = syntheticDataset(1, 9).image(7);
    const Probabilities before = model.predict(image);
    const Inspection inspection = *model.inspect(image);
    QCOMPARE(inspection.digit, argmax(before));
    QCOMPARE(inspection.layers.size(), std::size_t(seed ? 3 : 2));
    QCOMPARE(inspection.layers[0].maps.size(), std::size_t(32));
    QCOMPARE(inspection.layers[0].width, seed ? 26 : 24);
    QCOMPARE(inspection.layers[1].maps.size(), std::size_t(64));
    QCOMPARE(inspection.layers[1].width, seed ? 11 : 8);
    QCOMPARE(*std::max_element(inspection.saliency.begin(), inspection.saliency.end()), 1.0f);
    // Inspecting changes nothing: same prediction, and no gradient left for a later training step.
    QCOMPARE(model.predict(image), before);
    for (std::size_t i = 0; i < model.network().net.layer_size(); ++i)
        for (const tensor_t* gradient : model.network().net[i]->weights_grads())
            for (const vec_t& slot : *gradient)
                QVERIFY(std::all_of(slot.begin(), slot.end(), [](float g) { return g == 0.0f; }));

    // The saliency is the gradient of the digit's score (the log-probability up to a constant
    // shared by all digits): nudging the most salient pixel moves the digit's log-odds against
    // the others far more than nudging pixels the saliency calls unimportant.
    const auto score = [&](const Probabilities& p) {
        const auto d = static_cast<std::size_t>(inspection.digit);
        double others = 0;
        for (std::size_t c = 0; c < p.size(); ++c)
            if (c != d) others += std::log(std::max(p[c], 1e-30f));
        return std::log(std::max(p[d], 1e-30f)) - others / 9.0;
    };
    const auto nudge = [&](std::size_t pixel) {
        Image28 changed = image;
        changed.pixels[pixel] += 0.01f;
        return std::abs(score(model.predict(changed)) - score(before));
    };
    const auto top = static_cast<std::size_t>(std::max_element(inspection.saliency.begin(), inspection.saliency.end()) -
                                              inspection.saliency.begin());
    const double topEffect = nudge(top);
    int checked = 0;
    for (std::size_t pixel = 0; pixel < Image28::kPixels && checked < 10; pixel += 37)
        if (inspection.saliency[pixel] < 0.02f) {
            QVERIFY2(nudge(pixel) < topEffect, qPrintable(QString("pixel %1").arg(pixel)));
            ++checked;
        }
    QVERIFY(checked > 3);
    QVERIFY(topEffect > 0);
}

void TestLayers::inspectionReusesThePredictionsForwardPass() {
    using namespace digitpad::testing;
    CnnClassifier model("seed", 3);
    const Dataset images = syntheticDataset(1, 9);
    const Image28& first = images.image(7);
    const Image28& second = images.image(3);
    auto untouched = model.clone(); // the same weights, and no prediction in place
    auto& fresh = dynamic_cast<CnnClassifier&>(*untouched);
    const auto sameInspection = [](const Inspection& a, const Inspection& b) {
        return a.digit == b.digit && a.saliency == b.saliency && a.layers.size() == b.layers.size() &&
               a.layers.back().maps == b.layers.back().maps;
    };

    model.predict(first);
    const std::size_t passes = model.forwardPasses();
    const Inspection reused = *model.inspect(first);
    QCOMPARE(model.forwardPasses(), passes); // no second pass right after predicting that image
    const Inspection direct = *fresh.inspect(first);
    QCOMPARE(fresh.forwardPasses(), std::size_t(1)); // nothing in place: it runs the network itself
    QVERIFY(sameInspection(reused, direct));

    // Another image, single or in a batch, replaces what is in place: inspecting runs again and is still right.
    model.predict(second);
    QVERIFY(sameInspection(*model.inspect(first), direct));
    QCOMPARE(model.forwardPasses(), passes + 2);
    model.predict(first);
    model.predictBatch({second});
    QVERIFY(sameInspection(*model.inspect(first), direct));
    QCOMPARE(model.forwardPasses(), passes + 5);
}

void TestLayers::contrastIsTheGradientOfTheLogRatio_data() {
    addArchitectureRows();
}

// "Why 4 and not 9": the separation map is the gradient of log(p_digit / p_against), checked
// pixel by pixel against central finite differences of the network's own probabilities.
void TestLayers::contrastIsTheGradientOfTheLogRatio() {
    using namespace digitpad::testing;
    QFETCH(QString, architecture);
    CnnClassifier model(architecture.toStdString(), 5);
    TrainingOptions options;
    options.epochs = 2;
    options.batchSize = 16;
    trainCnn(model, syntheticDataset(20, 1), options);
    // Ink of varied strength: where it is flat (a run of full pixels) windows of the same ink
    // tie in pooling, and there the network has no gradient for differences to agree with.
    Image28 image = syntheticDataset(1, 9).image(4);
    for (std::size_t i = 0; i < Image28::kPixels; ++i) image.pixels[i] *= 0.75f + 0.25f * std::fmod(float(i) * 0.618034f, 1.0f);
    const Probabilities p = model.predict(image);
    const int digit = argmax(p);
    int against = digit == 0 ? 1 : 0;
    for (int c = 0; c < kClassCount; ++c)
        if (c != digit && p[static_cast<std::size_t>(c)] > p[static_cast<std::size_t>(against)]) against = c;

    const Inspection plain = *model.inspect(image, digit);
    QVERIFY(!plain.contrast);
    QVERIFY(!model.inspect(image, digit, digit)->contrast); // nothing to contrast with itself
    const Inspection inspection = *model.inspect(image, digit, against);
    QVERIFY(inspection.contrast);
    const Contrast& contrast = *inspection.contrast;
    QCOMPARE(contrast.against, against);
    QCOMPARE(inspection.saliency, plain.saliency); // asking why-not leaves the saliency as it was

    const auto logRatio = [&](const Image28& x) {
        const Probabilities q = model.predict(x);
        return std::log(double(std::max(q[std::size_t(digit)], 1e-30f))) -
               std::log(double(std::max(q[std::size_t(against)], 1e-30f)));
    };
    // Central differences. On blank pixels only ink can be added, and there the network is not
    // smooth (a blank region's pooled units tie too), so pixels with ink are checked.
    const auto derivative = [&](std::size_t pixel) {
        constexpr float kStep = 0.001f;
        Image28 up = image, down = image;
        up.pixels[pixel] += kStep;
        if (image.pixels[pixel] == 0) return (logRatio(up) - logRatio(image)) / kStep;
        down.pixels[pixel] -= kStep;
        return (logRatio(up) - logRatio(down)) / (2 * kStep);
    };
    std::vector<std::size_t> order(Image28::kPixels);
    std::iota(order.begin(), order.end(), std::size_t(0));
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return std::abs(contrast.separation[a]) > std::abs(contrast.separation[b]);
    });
    QCOMPARE(std::abs(contrast.separation[order[0]]), 1.0f);
    std::vector<std::size_t> inked; // the strongest dozen, then the weakest few
    for (const std::size_t pixel : order)
        if (image.pixels[pixel] > 0) inked.push_back(pixel);
    QVERIFY(inked.size() > 30);
    const std::vector<std::size_t> weakest(inked.end() - 8, inked.end());
    inked.resize(12);
    // The map is scaled to 1 at its strongest pixel; the strongest inked one gives the scale.
    const double scale = derivative(inked[0]) / contrast.separation[inked[0]];
    QVERIFY(scale > 0);
    // A pixel may sit within a step of some unit's kink: one of the twelve may be off by a little.
    int agreeing = 0;
    for (const std::size_t pixel : inked) {
        const double expected = scale * contrast.separation[pixel];
        const double error = std::abs(derivative(pixel) - expected);
        QVERIFY2(error < 0.3 * scale, qPrintable(QString("pixel %1: %2 vs %3").arg(pixel).arg(derivative(pixel)).arg(expected)));
        agreeing += error < 0.1 * scale;
    }
    QVERIFY2(agreeing >= 11, qPrintable(QString("%1 of 12 pixels agree").arg(agreeing)));
    for (const std::size_t pixel : weakest) QVERIFY(std::abs(derivative(pixel)) < 0.1 * scale);
    // The evidence maps sit on ink only, never negative, and peak at 1.
    for (const auto* evidence : {&contrast.evidenceFor, &contrast.evidenceAgainst}) {
        QCOMPARE(*std::max_element(evidence->begin(), evidence->end()), 1.0f);
        for (std::size_t i = 0; i < Image28::kPixels; ++i) {
            QVERIFY((*evidence)[i] >= 0);
            if (image.pixels[i] == 0) QCOMPARE((*evidence)[i], 0.0f);
        }
    }
    QVERIFY(contrast.evidenceFor != contrast.evidenceAgainst);
}

void TestLayers::matrixProductMatchesPlainLoops_data() {
    QTest::addColumn<bool>("transposeA");
    QTest::addColumn<bool>("transposeB");
    QTest::addColumn<bool>("accumulate");
    for (bool ta : {false, true})
        for (bool tb : {false, true})
            for (bool acc : {false, true})
                QTest::addRow("%s%s%s", ta ? "At" : "A", tb ? "Bt" : "B", acc ? "+=" : "=") << ta << tb << acc;
}

void TestLayers::matrixProductMatchesPlainLoops() {
    QFETCH(bool, transposeA);
    QFETCH(bool, transposeB);
    QFETCH(bool, accumulate);
    std::mt19937 random(7);
    std::uniform_real_distribution<float> value(-1, 1);
    // Odd sizes cross the kernels' blocking and vector-width edges.
    for (const auto& [m, k, n] : std::vector<std::array<int, 3>>{{1, 1, 1}, {7, 13, 5}, {64, 150, 33}, {129, 257, 70}}) {
        std::vector<float> a(static_cast<std::size_t>(m * k)), b(static_cast<std::size_t>(k * n));
        std::vector<float> c(static_cast<std::size_t>(m * n));
        for (float& x : a) x = value(random);
        for (float& x : b) x = value(random);
        for (float& x : c) x = value(random);
        // Stored shapes: A is m x k (or k x m, read transposed), B is k x n (or n x k).
        const auto at = [&, m = m, k = k](int i, int p) { return transposeA ? a[p * m + i] : a[i * k + p]; };
        const auto bt = [&, n = n, k = k](int p, int j) { return transposeB ? b[j * k + p] : b[p * n + j]; };
        std::vector<double> expected(c.size());
        for (int i = 0; i < m; ++i)
            for (int j = 0; j < n; ++j) {
                double sum = accumulate ? c[i * n + j] : 0.0;
                for (int p = 0; p < k; ++p) sum += double(at(i, p)) * bt(p, j);
                expected[i * n + j] = sum;
            }
        const MatrixOperand left{a.data(), transposeA ? k : m, transposeA ? m : k, transposeA};
        const MatrixOperand right{b.data(), transposeB ? n : k, transposeB ? k : n, transposeB};
        QCOMPARE(left.productRows(), std::ptrdiff_t(m));
        QCOMPARE(right.productCols(), std::ptrdiff_t(n));
        multiply(left, right, c.data(), accumulate ? Accumulate::Yes : Accumulate::No);
        for (std::size_t i = 0; i < c.size(); ++i)
            QVERIFY2(std::abs(c[i] - expected[i]) < 1e-4 * (1 + std::abs(expected[i])),
                     qPrintable(QString("%1 x %2 x %3, element %4: %5 vs %6").arg(m).arg(k).arg(n).arg(i)
                                    .arg(c[i]).arg(expected[i])));
    }
}

void TestLayers::matrixKernelFollowsTheCpu() {
    const QString requested = qEnvironmentVariable("DIGITPAD_MATRIX_KERNEL");
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
    const bool cpuHasAvx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    const bool cpuHasAvx512 = cpuHasAvx2 && __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512dq");
#else
    const bool cpuHasAvx2 = false;
    const bool cpuHasAvx512 = false;
#endif
    QString expected = "baseline";
    if (requested != "baseline" && cpuHasAvx512 && requested != "avx2")
        expected = "avx512";
    else if (requested != "baseline" && cpuHasAvx2)
        expected = "avx2-fma";
    QCOMPARE(QString(matrixKernelName()), expected);
}

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
