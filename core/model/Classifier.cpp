#include "model/Classifier.h"

#include "classic/ForestClassifier.h"
#include "classic/SvmClassifier.h"
#include "model/CnnClassifier.h"
#include "model/ModelFile.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <algorithm>

namespace digitpad {
namespace {

const char* const kReservedKeys[] = {"kind", "architecture", "input", "classes", "features", "parameters"};

} // namespace

int argmax(const Probabilities& probabilities) {
    return static_cast<int>(std::max_element(probabilities.begin(), probabilities.end()) - probabilities.begin());
}

std::vector<Probabilities> Classifier::predictBatch(const std::vector<Image28>& images) {
    std::vector<Probabilities> result;
    result.reserve(images.size());
    for (const Image28& image : images) result.push_back(predict(image));
    return result;
}

ModelFile Classifier::modelFileWithHeader() const {
    ModelFile file;
    file.header = metadata();
    file.header["kind"] = kind();
    file.header["architecture"] = architecture();
    file.header["input"] = "28x28x1";
    file.header["classes"] = std::to_string(kClassCount);
    return file;
}

void Classifier::save(const std::string& path) const {
    writeFileAtomically(path, toBytes());
}

std::unique_ptr<Classifier> classifierFromBytes(const std::string& bytes, const std::string& name) {
    const ModelFile file = decodeModelFile(bytes, name);
    if (file.value("input") != "28x28x1" || file.value("classes") != "10")
        throw Error(name + ": model expects input '" + file.value("input") + "' and " + file.value("classes") +
                    " classes; DigitPad uses 28x28x1 images and 10 digits");
    const std::string kind = file.value("kind");
    std::unique_ptr<Classifier> model;
    if (kind == "cnn")
        model = CnnClassifier::fromModelPayload(file.value("architecture"), file.payload, name);
    else if (kind == classicKind(ClassicAlgorithm::RbfSvm))
        model = SvmClassifier::fromModelFile(file, name);
    else if (kind == classicKind(ClassicAlgorithm::RandomForest))
        model = ForestClassifier::fromModelFile(file, name);
    else
        throw Error(name + ": unknown model kind '" + kind + "'");
    model->metadata() = file.header;
    for (const char* key : kReservedKeys) model->metadata().erase(key);
    return model;
}

std::unique_ptr<Classifier> loadClassifier(const std::string& path) {
    return classifierFromBytes(readFileBytes(path), path);
}

} // namespace digitpad
