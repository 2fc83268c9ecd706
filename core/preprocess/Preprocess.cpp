#include "preprocess/Preprocess.h"

#include "preprocess/ImageNormalizer.h"
#include "preprocess/StrokeRasterizer.h"

namespace digitpad {
namespace {

template <typename Rendered>
Preprocessed centre(const Rendered& rendered) {
    Preprocessed result;
    if (!rendered.problem.empty())
        result.problem = rendered.problem;
    else if (!rendered.ink.hasInk())
        result.problem = "nothing was drawn inside the field";
    else
        result.image = rendered.ink.toCentredImage();
    return result;
}

} // namespace

Preprocessed preprocessDrawing(const Drawing& drawing) {
    return centre(rasterizeDrawing(drawing));
}

Preprocessed preprocessImage(const GrayImage& image) {
    return centre(normalizeImage(image));
}

} // namespace digitpad
