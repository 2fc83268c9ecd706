#pragma once
#include "classic/Features.h"
#include "data/Dataset.h"
#include "model/Classifier.h"

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace digitpad {

enum class ClassicAlgorithm { RbfSvm, LinearSvm, RandomForest };

using HyperParameters = std::map<std::string, double>;

// One tunable setting of an algorithm, with the range random search draws from and the
// values grid search tries.
struct ParameterInfo {
    std::string name;
    std::string meaning;
    double low = 0;
    double high = 0;
    bool logScale = false;
    bool integer = false;
    std::vector<double> grid;
};

// A named classical model: an algorithm on a kind of features ("svm-hog", "rf-raw", ...).
struct ClassicModelType {
    std::string name;
    ClassicAlgorithm algorithm;
    FeatureSpec features;
    std::string summary;
};

// The model file "kind" of an algorithm: "svm" for both kernels, "forest".
std::string classicKind(ClassicAlgorithm algorithm);

const std::vector<ClassicModelType>& classicModelTypes();
// nullptr when `name` is not a classical model.
const ClassicModelType* findClassicModelType(const std::string& name);

const std::vector<ParameterInfo>& parametersOf(ClassicAlgorithm algorithm);
// "C, gamma": the names `parametersOf` lists, for messages about a wrong one.
std::string parameterNames(ClassicAlgorithm algorithm);
// Settings found by tuning on MNIST (docs/models.md, "Classical models"); `overrides` replace some.
HyperParameters defaultParameters(const ClassicModelType& type, const HyperParameters& overrides = {});
// Why `parameters` cannot train `algorithm` (unknown name, out of range), or empty.
std::string parameterProblem(ClassicAlgorithm algorithm, const HyperParameters& parameters);
// "C=10 gamma=0.5"; parseParameters reads it back, throwing Error naming `source`.
std::string formatParameters(const HyperParameters& parameters);
HyperParameters parseParameters(const std::string& text, const std::string& source);

// Trains the model on the images `indices` picks from `data` with OpenCV's ml module.
// Records train_images, training_seconds and created in the metadata (the parameters go in
// the model file's header).
// Throws Error for bad parameters or data with fewer than two digits.
std::unique_ptr<Classifier> trainClassicModel(const ClassicModelType& type, const HyperParameters& parameters,
                                              const Dataset& data, const std::vector<std::size_t>& indices);
std::unique_ptr<Classifier> trainClassicModel(const ClassicModelType& type, const HyperParameters& parameters,
                                              const Dataset& data);

} // namespace digitpad
