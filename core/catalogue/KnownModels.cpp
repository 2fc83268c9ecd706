#include "catalogue/KnownModels.h"

#include "classic/ForestClassifier.h"
#include "classic/SvmClassifier.h"
#include "cnn/CnnClassifier.h"
#include "model/EnsembleClassifier.h"
#include "model/SecondOpinionClassifier.h"
#include "onnx/OnnxImport.h"
#include "util/FileIo.h"

namespace digitpad {
namespace {

ModelKinds makeKnownModelKinds() {
    ModelKinds kinds;
    kinds.add("cnn", [](const ModelFile& file, const std::string& name) -> std::unique_ptr<Classifier> {
        return CnnClassifier::fromModelPayload(file.value("architecture"), file.payload, name);
    });
    kinds.add(classicKind(ClassicAlgorithm::RbfSvm), [](const ModelFile& file, const std::string& name) -> std::unique_ptr<Classifier> {
        return SvmClassifier::fromModelFile(file, name);
    });
    kinds.add(classicKind(ClassicAlgorithm::RandomForest),
              [](const ModelFile& file, const std::string& name) -> std::unique_ptr<Classifier> {
                  return ForestClassifier::fromModelFile(file, name);
              });
    kinds.add(EnsembleClassifier::kKind, [](const ModelFile& file, const std::string& name) -> std::unique_ptr<Classifier> {
        // Members are whole model files of the other kinds, read by this same catalogue.
        return EnsembleClassifier::fromModelPayload(file.payload, name, [](const std::string& bytes, const std::string& member) {
            return knownModelKinds().read(bytes, member);
        });
    });
    kinds.add(SecondOpinionClassifier::kKind, [](const ModelFile& file, const std::string& name) -> std::unique_ptr<Classifier> {
        return SecondOpinionClassifier::fromModelPayload(file.payload, name, [](const std::string& bytes, const std::string& model) {
            return knownModelKinds().read(bytes, model);
        });
    });
    return kinds;
}

} // namespace

const ModelKinds& knownModelKinds() {
    static const ModelKinds kinds = makeKnownModelKinds();
    return kinds;
}

std::unique_ptr<Classifier> classifierFromBytes(const std::string& bytes, const std::string& name) {
    if (isOnnxFileName(name)) return cnnFromOnnx(bytes, name);
    return knownModelKinds().read(bytes, name);
}

std::unique_ptr<Classifier> loadClassifier(const std::string& path) {
    return classifierFromBytes(readFileBytes(path), path);
}

} // namespace digitpad
