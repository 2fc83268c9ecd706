// libFuzzer target: image decoding (stb) and the MNIST normalization of pictures.
#include "preprocess/GrayImage.h"
#include "preprocess/Preprocess.h"
#include "util/Error.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    try {
        digitpad::preprocessImage(digitpad::decodeImage(bytes, "fuzz.png"));
    } catch (const digitpad::Error&) {
    }
    return 0;
}
