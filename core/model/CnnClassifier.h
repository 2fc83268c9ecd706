#pragma once
#include "model/Classifier.h"
#include "model/Inspection.h"

#include <cstdint>
#include <memory>

namespace digitpad {

class CnnNetworkHolder;

// A tiny-dnn convolutional network of one of the named architectures (Architectures.h).
class CnnClassifier final : public Classifier {
public:
    // A freshly initialised network; `seed` makes the initial weights reproducible.
    explicit CnnClassifier(const std::string& architecture, std::uint32_t seed = 1);
    ~CnnClassifier() override;


    std::string kind() const override { return "cnn"; }
    std::string architecture() const override { return architecture_; }
    std::string describe() const override;
    std::size_t parameterCount() const;

    std::unique_ptr<Classifier> clone() const override;
    std::string toBytes() const override;
    static std::unique_ptr<CnnClassifier> fromModelPayload(const std::string& architecture,
                                                           const std::string& payload, const std::string& name);

    // All weights as one blob and back; used for clones and for rolling back a cancelled epoch.
    std::string weights() const;
    void setWeights(const std::string& blob, const std::string& name);

    // Feature maps of the convolutions and the saliency of `digit` (-1: the predicted one).
    Inspection inspect(const Image28& image, int digit = -1);

    // The tiny-dnn network itself, for training and inspection inside core.
    CnnNetworkHolder& network() { return *network_; }

protected:
    Probabilities predictUncalibrated(const Image28& image) override;
    std::vector<Probabilities> predictUncalibratedBatch(const std::vector<Image28>& images) override;

private:
    std::string architecture_;
    std::unique_ptr<CnnNetworkHolder> network_;
};

} // namespace digitpad
