#pragma once
#include "data/Image28.h"
#include "preprocess/Drawing.h"
#include "preprocess/GrayImage.h"

#include <optional>
#include <string>

namespace digitpad {

// What the model sees: the 28x28 image, or why there is none (an empty drawing, a dot...).
struct Preprocessed {
    std::optional<Image28> image;
    std::string problem;

    bool ok() const { return image.has_value(); }
};

// The one path from strokes to model input, shared by the canvas, the CLI and the tests.
Preprocessed preprocessDrawing(const Drawing& drawing);
// The same recipe for a picture of a digit (any size, dark-on-light or light-on-dark).
Preprocessed preprocessImage(const GrayImage& image);

} // namespace digitpad
