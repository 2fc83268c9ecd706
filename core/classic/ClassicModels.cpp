#include "classic/ClassicModels.h"

#include "classic/ForestClassifier.h"
#include "classic/SvmClassifier.h"
#include "util/Error.h"
#include "util/Numbers.h"
#include "util/UtcTime.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <locale>
#include <set>
#include <sstream>

namespace digitpad {
namespace {

const FeatureSpec kHog = FeatureSpec::hogWith({});

const std::vector<ParameterInfo>& svmRbfParameters() {
    static const std::vector<ParameterInfo> info{
        {"C", "penalty for training errors", 0.1, 1000, true, false, {1, 10, 100}},
        {"gamma", "RBF kernel width (larger: more local)", 0.001, 1, true, false, {0.01, 0.03, 0.1}},
    };
    return info;
}

const std::vector<ParameterInfo>& svmLinearParameters() {
    static const std::vector<ParameterInfo> info{
        {"C", "penalty for training errors", 0.001, 100, true, false, {0.01, 0.1, 1, 10}},
    };
    return info;
}

const std::vector<ParameterInfo>& forestParameters() {
    static const std::vector<ParameterInfo> info{
        {"trees", "number of trees", 10, 300, false, true, {50, 100, 200}},
        {"max_depth", "deepest a tree may grow", 5, 40, false, true, {10, 20, 30}},
        {"features_per_split", "features each split chooses from", 4, 200, true, true, {}},
        {"min_samples", "fewest images a node needs to split", 1, 20, false, true, {}},
    };
    return info;
}

bool isWhole(double value) { return std::floor(value) == value; }

} // namespace

std::string classicKind(ClassicAlgorithm algorithm) {
    return algorithm == ClassicAlgorithm::RandomForest ? "forest" : "svm";
}

const std::vector<ClassicModelType>& classicModelTypes() {
    static const std::vector<ClassicModelType> types{
        {"svm-hog", ClassicAlgorithm::RbfSvm, kHog, "RBF-kernel SVM on HOG features"},
        {"svm-raw", ClassicAlgorithm::RbfSvm, FeatureSpec::raw(), "RBF-kernel SVM on raw pixels"},
        {"linear-svm-hog", ClassicAlgorithm::LinearSvm, kHog, "Linear SVM on HOG features"},
        {"linear-svm-raw", ClassicAlgorithm::LinearSvm, FeatureSpec::raw(), "Linear SVM on raw pixels"},
        {"rf-hog", ClassicAlgorithm::RandomForest, kHog, "Random forest on HOG features"},
        {"rf-raw", ClassicAlgorithm::RandomForest, FeatureSpec::raw(), "Random forest on raw pixels"},
    };
    return types;
}

const ClassicModelType* findClassicModelType(const std::string& name) {
    for (const ClassicModelType& type : classicModelTypes())
        if (type.name == name) return &type;
    return nullptr;
}

const std::vector<ParameterInfo>& parametersOf(ClassicAlgorithm algorithm) {
    switch (algorithm) {
    case ClassicAlgorithm::RbfSvm: return svmRbfParameters();
    case ClassicAlgorithm::LinearSvm: return svmLinearParameters();
    case ClassicAlgorithm::RandomForest: break;
    }
    return forestParameters();
}

HyperParameters defaultParameters(const ClassicModelType& type, const HyperParameters& overrides) {
    HyperParameters parameters;
    switch (type.algorithm) {
    case ClassicAlgorithm::RbfSvm:
        parameters = {{"C", 10}, {"gamma", 0.03}}; // what `tune` picked for svm-hog and svm-raw
        break;
    case ClassicAlgorithm::LinearSvm:
        parameters = {{"C", 0.1}};
        break;
    case ClassicAlgorithm::RandomForest:
        parameters = {{"trees", 100},
                      {"max_depth", 25},
                      {"features_per_split", std::round(std::sqrt(static_cast<double>(type.features.size())))},
                      {"min_samples", 2}};
        break;
    }
    for (const auto& [name, value] : overrides) parameters[name] = value;
    return parameters;
}

std::string parameterNames(ClassicAlgorithm algorithm) {
    std::string names;
    for (const ParameterInfo& info : parametersOf(algorithm)) names += (names.empty() ? "" : ", ") + info.name;
    return names;
}

std::string parameterProblem(ClassicAlgorithm algorithm, const HyperParameters& parameters) {
    const auto& known = parametersOf(algorithm);
    for (const auto& entry : parameters) {
        const std::string& name = entry.first; // a structured binding cannot be captured in C++17
        const double value = entry.second;
        const auto info = std::find_if(known.begin(), known.end(), [&](const ParameterInfo& p) { return p.name == name; });
        if (info == known.end()) return "unknown parameter '" + name + "' (the parameters are " + parameterNames(algorithm) + ")";
        if (!std::isfinite(value) || value <= 0 || (info->integer && !isWhole(value)) || value > 1e6)
            return "parameter " + name + " must be a positive" + (info->integer ? " whole" : "") + " number, not " +
                   formatParameters({{name, value}}).substr(name.size() + 1);
    }
    for (const ParameterInfo& info : known)
        if (!parameters.count(info.name)) return "parameter '" + info.name + "' is missing";
    return {};
}

std::string formatParameters(const HyperParameters& parameters) {
    std::string text;
    for (const auto& [name, value] : parameters) {
        std::ostringstream number;
        number.imbue(std::locale::classic());
        number.precision(6);
        number << value;
        text += (text.empty() ? "" : " ") + name + "=" + number.str();
    }
    return text;
}

HyperParameters parseParameters(const std::string& text, const std::string& source) {
    HyperParameters parameters;
    std::istringstream words(text);
    std::string word;
    while (words >> word) {
        const auto equals = word.find('=');
        if (equals == std::string::npos || equals == 0)
            throw Error(source + ": expected name=value, found '" + word.substr(0, 40) + "'");
        const std::optional<double> number = parseNumber(word.substr(equals + 1));
        if (!number) throw Error(source + ": '" + word.substr(0, 40) + "' does not give a number");
        parameters[word.substr(0, equals)] = *number;
    }
    return parameters;
}

std::unique_ptr<Classifier> trainClassicModel(const ClassicModelType& type, const HyperParameters& parameters,
                                              const Dataset& data, const std::vector<std::size_t>& indices) {
    if (const std::string problem = parameterProblem(type.algorithm, parameters); !problem.empty())
        throw Error(type.name + ": " + problem);
    std::vector<std::uint8_t> labels;
    labels.reserve(indices.size());
    for (const std::size_t i : indices) labels.push_back(data.labels.at(i));
    if (std::set<std::uint8_t>(labels.begin(), labels.end()).size() < 2)
        throw Error(type.name + ": training needs images of at least two different digits");

    const auto start = std::chrono::steady_clock::now();
    const std::vector<float> features = extractFeatures(type.features, data, &indices);
    std::unique_ptr<Classifier> model;
    if (type.algorithm == ClassicAlgorithm::RandomForest)
        model = ForestClassifier::train(type, parameters, features, labels);
    else
        model = SvmClassifier::train(type, parameters, features, labels);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    ModelMetadata& meta = model->metadata();
    meta["train_images"] = std::to_string(indices.size());
    std::ostringstream secondsText;
    secondsText.imbue(std::locale::classic());
    secondsText.precision(3);
    secondsText << seconds;
    meta["training_seconds"] = secondsText.str();
    meta["created"] = utcNowIso8601();
    return model;
}

std::unique_ptr<Classifier> trainClassicModel(const ClassicModelType& type, const HyperParameters& parameters,
                                              const Dataset& data) {
    std::vector<std::size_t> all(data.size());
    for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
    return trainClassicModel(type, parameters, data, all);
}

} // namespace digitpad
