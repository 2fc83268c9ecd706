#include "preprocess/ImageViews.h"

#include "preprocess/DrawingViews.h"
#include "preprocess/ImageWarp.h"

#include <algorithm>
#include <optional>
#include <utility>

namespace digitpad {
namespace {

struct Middle {
    double x, y;
};

// The middle of the box around the image's ink; none for a blank image.
std::optional<Middle> inkMiddle(const Image28& image) {
    int left = Image28::kSide, right = -1, top = Image28::kSide, bottom = -1;
    for (int y = 0; y < Image28::kSide; ++y)
        for (int x = 0; x < Image28::kSide; ++x)
            if (image.at(x, y) > 0) {
                left = std::min(left, x), right = std::max(right, x);
                top = std::min(top, y), bottom = std::max(bottom, y);
            }
    if (right < 0) return std::nullopt;
    return Middle{(left + right) / 2.0, (top + bottom) / 2.0};
}

// Each output pixel takes the ink the inverse map brings it from.
Image28 transformed(const Image28& image, const ViewTransform& t, const Middle& middle) {
    const double det = t.xx * t.yy - t.xy * t.yx;
    const ViewTransform inverse{t.yy / det, -t.xy / det, -t.yx / det, t.xx / det};
    return warped(image, [&](int x, int y) {
        const double dx = x - middle.x, dy = y - middle.y;
        return std::pair<float, float>(static_cast<float>(middle.x + inverse.xx * dx + inverse.xy * dy),
                                       static_cast<float>(middle.y + inverse.yx * dx + inverse.yy * dy));
    });
}

} // namespace

std::vector<Image28> imageViews(const Image28& image) {
    const std::optional<Middle> middle = inkMiddle(image);
    if (!middle) return {image};
    std::vector<Image28> views{image};
    for (const ViewTransform& t : viewTransforms()) views.push_back(transformed(image, t, *middle));
    return views;
}

} // namespace digitpad
