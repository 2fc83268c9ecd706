// libFuzzer target: stroke JSON parsing, the stroke preprocessing it feeds, and the reader's
// grouping, cutting and joining of whatever strokes come out (an untrained network reads them, so
// its readings, sure or not, fall anywhere and every join and cut path is taken).
#include "cnn/CnnClassifier.h"
#include "io/StrokesJson.h"
#include "preprocess/Preprocess.h"
#include "reading/DrawingReader.h"
#include "util/Error.h"

#include <cstdint>
#include <memory>
#include <string>

namespace {

// Within libFuzzer's 10 s an input under the sanitizers: the reader reads each group six times.
constexpr std::size_t kMostStrokesRead = 64;

digitpad::CnnClassifier& untrainedReader() {
    static const std::unique_ptr<digitpad::CnnClassifier> model = [] {
        auto cnn = std::make_unique<digitpad::CnnClassifier>("seed", 7);
        cnn->setThreads(1);
        return cnn;
    }();
    return *model;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string json(reinterpret_cast<const char*>(data), size);
    try {
        for (const digitpad::Drawing& drawing : digitpad::parseStrokesJson(json, "fuzz.json")) {
            digitpad::preprocessDrawing(drawing);
            if (drawing.strokes.size() > kMostStrokesRead) continue;
            for (const auto mode : {digitpad::ReadingMode::Auto, digitpad::ReadingMode::Number})
                digitpad::readDrawing(untrainedReader(), drawing, mode);
        }
    } catch (const digitpad::Error&) {
    }
    return 0;
}
