// libFuzzer target: ONNX files (protobuf, ONNX's checker, the graph reader, the weights) and a
// prediction with what loads.
#include "onnx/OnnxImport.h"
#include "util/Error.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    try {
        auto model = digitpad::cnnFromOnnx(bytes, "fuzz.onnx");
        model->predict(digitpad::Image28{});
    } catch (const digitpad::Error&) {
    }
    return 0;
}
