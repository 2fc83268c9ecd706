#pragma once
#include "model/Classifier.h"
#include "model/Inspection.h"

#include <cstdint>
#include <memory>
#include <optional>

namespace digitpad {

class CnnNetworkHolder;
struct LayerSpec;

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
    // clone(), typed: for training or adapting a copy.
    std::unique_ptr<CnnClassifier> cloneCnn() const;
    // Resizes the network's worker pool.
    void setThreads(std::size_t threads) override;
    std::string toBytes() const override;
    static std::unique_ptr<CnnClassifier> fromModelPayload(const std::string& architecture,
                                                           const std::string& payload, const std::string& name);

    // The network as a list of layers with their weights (cnn/LayerList.h).
    std::vector<LayerSpec> layers() const;

    // All weights as one blob and back; used for clones and for rolling back a cancelled epoch.
    std::string weights() const;
    void setWeights(const std::string& blob, const std::string& name);
    // The same from a list of layers with this network's shapes (an imported ONNX file's).
    void setWeights(const std::vector<LayerSpec>& layers, const std::string& name);

    // Feature maps of the convolutions, the saliency of `digit` (-1: the predicted one) and,
    // given another digit as `against`, the contrast of the two.
    // Right after predict() of the same image it reuses that forward pass instead of running
    // the network again: live recognition reads a digit and inspects it with one pass.
    std::optional<Inspection> inspect(const Image28& image, int digit = -1, int against = -1) override;
    // Images the network has run forward since this object was made (tests see the work done).
    std::size_t forwardPasses() const { return forwardPasses_; }

    // The tiny-dnn network itself, for training inside core. Its layers' outputs change, so the
    // last prediction can no longer be inspected without running it again.
    CnnNetworkHolder& network();

protected:
    Probabilities predictUncalibrated(const Image28& image) override;
    std::vector<Probabilities> predictUncalibratedBatch(const std::vector<Image28>& images) override;

private:
    using PixelValues = std::array<float, Image28::kPixels>;
    // d (sum of weight[c] * score[c]) / d input, signed, for the image in place: one backward pass.
    PixelValues scoreGradient(const Probabilities& weight);
    std::vector<FeatureMaps> convolutionOutputs() const;
    // Each image through the whole network on one thread, the images shared among the threads
    // (ImageForward): the layers' own buffers, and so the image in place, are left alone.
    std::vector<Probabilities> predictEachWhole(const std::vector<Image28>& images);

    std::string architecture_;
    std::unique_ptr<CnnNetworkHolder> network_;
    // The image whose outputs every layer holds now (after a single predict), and its probabilities.
    std::optional<Image28> inPlace_;
    Probabilities inPlaceProbabilities_{};
    std::size_t forwardPasses_ = 0;
};

} // namespace digitpad
