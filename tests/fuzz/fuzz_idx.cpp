// libFuzzer target: IDX parsing (plain and gzip) and its MNIST interpretation.
#include "data/Idx.h"
#include "util/Error.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string bytes(reinterpret_cast<const char*>(data), size);
    try {
        const digitpad::IdxArray array = digitpad::parseIdx(bytes, "fuzz.idx");
        try {
            digitpad::idxToImages(array, "fuzz.idx");
        } catch (const digitpad::Error&) {
        }
        try {
            digitpad::idxToLabels(array, "fuzz.idx");
        } catch (const digitpad::Error&) {
        }
    } catch (const digitpad::Error&) {
    }
    return 0;
}
