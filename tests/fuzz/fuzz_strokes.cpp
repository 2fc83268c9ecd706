// libFuzzer target: stroke JSON parsing and the stroke preprocessing it feeds.
#include "io/StrokesJson.h"
#include "preprocess/Preprocess.h"
#include "util/Error.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    try {
        for (const digitpad::Drawing& drawing : digitpad::parseStrokesJson(json, "fuzz.json"))
            digitpad::preprocessDrawing(drawing);
    } catch (const digitpad::Error&) {
    }
    return 0;
}
