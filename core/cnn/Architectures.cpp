#include "cnn/Architectures.h"

#include "cnn/BuildNetwork.h"
#include "cnn/Dropout.h"
#include "cnn/FastMaxPooling.h"
#include "cnn/GemmConvolution.h"
#include "cnn/GemmFullyConnected.h"
#include "util/Error.h"

namespace digitpad {
namespace {

using namespace tiny_dnn;
using namespace tiny_dnn::activation;

void buildSeed(CnnNetwork& net, WorkerPool& workers, NetworkRandom& random) {
    net << GemmConvolution<relu>(workers, random, 28, 28, 3, 1, 32)      // 26x26x32
        << FastMaxPooling<identity>(workers, 26, 26, 32, 2)       // 13x13x32
        << GemmConvolution<relu>(workers, random, 13, 13, 3, 32, 64)     // 11x11x64
        << FastMaxPooling<identity>(workers, 11, 11, 64, 2)       // 5x5x64
        << GemmConvolution<relu>(workers, random, 5, 5, 3, 64, 64)       // 3x3x64
        << GemmFullyConnected<relu>(workers, random, 3 * 3 * 64, 64)
        << GemmFullyConnected<softmax>(workers, random, 64, 10);
}

void buildDefault(CnnNetwork& net, WorkerPool& workers, NetworkRandom& random) {
    net << GemmConvolution<relu>(workers, random, 28, 28, 5, 1, 32)      // 24x24x32
        << FastMaxPooling<identity>(workers, 24, 24, 32, 2)       // 12x12x32
        << GemmConvolution<relu>(workers, random, 12, 12, 5, 32, 64)     // 8x8x64
        << FastMaxPooling<identity>(workers, 8, 8, 64, 2)         // 4x4x64
        << GemmFullyConnected<relu>(workers, random, 4 * 4 * 64, 256)
        << Dropout(random, 256, 0.4f)
        << GemmFullyConnected<softmax>(workers, random, 256, 10);
}

// Two 3x3 convolutions where "default" has one 5x5: the same field of view with another ReLU
// between, at about 2.5 times the arithmetic.
void buildDeep(CnnNetwork& net, WorkerPool& workers, NetworkRandom& random) {
    net << GemmConvolution<relu>(workers, random, 28, 28, 3, 1, 32)      // 26x26x32
        << GemmConvolution<relu>(workers, random, 26, 26, 3, 32, 32)     // 24x24x32
        << FastMaxPooling<identity>(workers, 24, 24, 32, 2)       // 12x12x32
        << GemmConvolution<relu>(workers, random, 12, 12, 3, 32, 64)     // 10x10x64
        << GemmConvolution<relu>(workers, random, 10, 10, 3, 64, 64)     // 8x8x64
        << FastMaxPooling<identity>(workers, 8, 8, 64, 2)         // 4x4x64
        << GemmFullyConnected<relu>(workers, random, 4 * 4 * 64, 256)
        << Dropout(random, 256, 0.4f)
        << GemmFullyConnected<softmax>(workers, random, 256, 10);
}

} // namespace

std::vector<std::string> cnnArchitectureNames() { return {"default", "seed", "deep"}; }

bool isCnnArchitecture(const std::string& name) {
    for (const std::string& known : cnnArchitectureNames())
        if (known == name) return true;
    return false;
}

std::string describeCnnArchitecture(const std::string& name) {
    if (name == "seed") return "conv3x3x32-pool-conv3x3x64-pool-conv3x3x64-fc64-fc10";
    if (name == "default") return "conv5x5x32-pool-conv5x5x64-pool-fc256-dropout-fc10";
    if (name == "deep") return "conv3x3x32-conv3x3x32-pool-conv3x3x64-conv3x3x64-pool-fc256-dropout-fc10";
    throw Error("unknown architecture '" + name + "' (known: default, seed, deep)");
}

void buildCnnNetwork(const std::string& name, CnnNetwork& net, WorkerPool& workers, NetworkRandom& random) {
    if (name == "seed")
        buildSeed(net, workers, random);
    else if (name == "default")
        buildDefault(net, workers, random);
    else if (name == "deep")
        buildDeep(net, workers, random);
    else
        throw Error("unknown architecture '" + name + "' (known: default, seed, deep)");
}

} // namespace digitpad
