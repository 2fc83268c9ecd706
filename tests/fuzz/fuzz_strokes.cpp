// libFuzzer target: stroke JSON parsing and the stroke preprocessing it feeds.
#include "io/StrokesJson.h"
#include "preprocess/Preprocess.h"
#include "util/Error.h"

#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string json(reinterpret_cast<const char*>(data), size);
    try {
        for (const digitpad::Drawing& drawing : digitpad::parseStrokesJson(json, "fuzz.json"))
            digitpad::preprocessDrawing(drawing);
    } catch (const digitpad::Error&) {
    }
    return 0;
}
