#pragma once
#include "classic/ClassicModels.h"
#include "model/ModelFile.h"

namespace digitpad {

// What the SVM and the random forest share: features computed from the image, a type name
// and hyper-parameters in the model file's header, and batch prediction on feature rows.
class ClassicClassifier : public Classifier {
public:
    ClassicClassifier(const ClassicModelType& type, FeatureSpec features, HyperParameters parameters);


    std::string architecture() const override { return typeName_; }
    std::string describe() const override;
    std::string toBytes() const override;

    const FeatureSpec& features() const { return features_; }
    const HyperParameters& parameters() const { return parameters_; }

    struct Header {
        const ClassicModelType* type;
        FeatureSpec features;
        HyperParameters parameters;
    };
    // Reads the header a classical model file must have; throws Error naming `name`.
    static Header readHeader(const ModelFile& file, const std::string& name);

protected:
    Probabilities predictUncalibrated(const Image28& image) override;
    std::vector<Probabilities> predictUncalibratedBatch(const std::vector<Image28>& images) override;

    // `rows` holds `count` feature vectors of features().size() floats each.
    virtual std::vector<Probabilities> scoreFeatures(const float* rows, std::size_t count) const = 0;
    virtual std::string payload() const = 0;
    virtual std::string sizeSummary() const = 0;

private:
    std::string typeName_;
    std::string summary_;
    FeatureSpec features_;
    HyperParameters parameters_;
};

} // namespace digitpad
