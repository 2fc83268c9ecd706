// libFuzzer target: the payloads of classical models (SVM support vectors and decision
// functions, forest trees) behind a valid container, which fuzz_model rarely gets past (CRC).
// Input: one byte choosing the model type, then the payload.
#include "classic/ClassicModels.h"
#include "catalogue/KnownModels.h"
#include "model/Classifier.h"
#include "model/ModelFile.h"
#include "util/Error.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace digitpad;
    if (size == 0) return 0;
    const auto& types = classicModelTypes();
    const ClassicModelType& type = types[data[0] % types.size()];
    ModelFile file;
    file.header = {{"kind", classicKind(type.algorithm)}, {"architecture", type.name}, {"input", "28x28x1"},
                   {"classes", "10"}, {"features", type.features.toText()},
                   {"parameters", formatParameters(defaultParameters(type))}};
    file.payload.assign(reinterpret_cast<const char*>(data + 1), size - 1);
    try {
        auto model = classifierFromBytes(encodeModelFile(file), "fuzz.dpm");
        Image28 image;
        for (std::size_t i = 0; i < image.pixels.size(); ++i) image.pixels[i] = static_cast<float>(i % 7) / 6.0f;
        model->predict(image);
    } catch (const Error&) {
    }
    return 0;
}
