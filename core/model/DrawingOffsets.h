#pragma once
// A drawing on the pad is not an MNIST scan: people flag their 1s, curl their 9s and cross their
// 7s, and a network trained mostly on MNIST leans toward some digits when it reads such drawings
// (a flagged 1 as 7 or 9, a curled 9 as 3). The reader takes that lean out with one number per
// digit, added to a drawing's log-probabilities after the temperature: the bias terms of "vector
// scaling" (Guo et al., 2017), fitted with the temperature on drawings like people's
// (calibrateOnDrawings). They live in the model file's metadata ("drawing_offsets"). Images
// (MNIST, a picture of a digit) are read without them.
#include "model/Classifier.h"

#include <array>
#include <optional>
#include <string>

namespace digitpad {

using DrawingOffsets = std::array<double, kClassCount>;

// Whose digit a 28x28 image shows: one of MNIST's, read as the model reads it (the test set, its
// gallery), or a person's from outside MNIST (a sample kept from the pad, a picture), read with
// the drawing offsets as the pad reads drawings.
enum class ImagesOf { Mnist, People };

// The largest offset a model file may hold: e^20 would outvote any reading.
constexpr double kMaxDrawingOffset = 20;

// The model's offsets; nothing when its metadata holds none.
std::optional<DrawingOffsets> drawingOffsetsOf(const ModelMetadata& metadata);
void setDrawingOffsets(ModelMetadata& metadata, const DrawingOffsets& offsets);
void clearDrawingOffsets(ModelMetadata& metadata);

// "0.0100,1.4300,..." as ten numbers within +-kMaxDrawingOffset, or nothing.
std::optional<DrawingOffsets> drawingOffsetsFromText(const std::string& text);

// softmax(log p + offsets): the digit read may change, as intended.
Probabilities withDrawingOffsets(const Probabilities& probabilities, const DrawingOffsets& offsets);

// The one way a reader turns a model's probabilities into what it shows for images of `kind`:
// people's get the model's offsets, if it has any; MNIST's are left as they are. The offsets are
// looked up once, so that a batch does not parse the metadata for every image.
class DrawingLean {
public:
    DrawingLean(const Classifier& model, ImagesOf kind);
    Probabilities takenOut(const Probabilities& probabilities) const;

private:
    std::optional<DrawingOffsets> offsets_;
};

} // namespace digitpad
