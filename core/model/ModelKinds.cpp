#include "model/ModelKinds.h"

#include "model/DrawingOffsets.h"

#include "util/Error.h"

namespace digitpad {
namespace {

// Header lines the loader reads itself; the rest is the model's metadata.
const char* const kReservedKeys[] = {"kind", "architecture", "input", "classes", "features", "parameters"};

std::string knownKinds(const std::map<std::string, ModelKinds::Reader>& readers) {
    std::string names;
    for (const auto& entry : readers) names += (names.empty() ? "" : ", ") + entry.first;
    return names;
}

} // namespace

void ModelKinds::add(const std::string& kind, Reader reader) { readers_[kind] = std::move(reader); }

std::unique_ptr<Classifier> ModelKinds::read(const std::string& bytes, const std::string& name) const {
    const ModelFile file = decodeModelFile(bytes, name);
    if (file.value("input") != "28x28x1" || file.value("classes") != "10")
        throw Error(name + ": model expects input '" + file.value("input") + "' and " + file.value("classes") +
                    " classes; DigitPad uses 28x28x1 images and 10 digits");
    const std::string kind = file.value("kind");
    const auto reader = readers_.find(kind);
    if (reader == readers_.end())
        throw Error(name + ": unknown model kind '" + kind + "' (known: " + knownKinds(readers_) + ")");
    std::unique_ptr<Classifier> model = reader->second(file, name);
    model->metadata() = file.header;
    for (const char* key : kReservedKeys) model->metadata().erase(key);
    if (const auto t = model->metadata().find("temperature"); t != model->metadata().end() && !temperatureFromText(t->second))
        throw Error(name + ": temperature '" + t->second + "' is not a number in [0.05, 20]");
    if (const auto o = model->metadata().find("drawing_offsets");
        o != model->metadata().end() && !drawingOffsetsFromText(o->second))
        throw Error(name + ": drawing_offsets '" + o->second + "' is not ten numbers in [-20, 20], comma-separated");
    return model;
}

} // namespace digitpad
