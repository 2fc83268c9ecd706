// libFuzzer target: model files (container, header, weights) and a prediction with what loads.
#include "model/Classifier.h"
#include "catalogue/KnownModels.h"
#include "util/Error.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    try {
        auto model = digitpad::classifierFromBytes(bytes, "fuzz.dpm");
        model->predict(digitpad::Image28{});
    } catch (const digitpad::Error&) {
    }
    return 0;
}
