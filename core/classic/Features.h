#pragma once
#include "data/Dataset.h"
#include "data/Image28.h"

#include <cstddef>
#include <string>
#include <vector>

namespace digitpad {

// Histogram of oriented gradients over the 28x28 image, as cv::HOGDescriptor computes it:
// square cells of `cellSize` pixels, blocks of `blockCells` x `blockCells` cells moved by
// `strideCells` cells, `bins` unsigned orientation bins, L2-Hys block normalisation.
struct HogSettings {
    int cellSize = 4;
    int blockCells = 2;
    int strideCells = 1;
    int bins = 9;
};

// What a classical model sees instead of the image: the 784 raw pixels or a HOG vector.
struct FeatureSpec {
    enum class Kind { Raw, Hog };
    Kind kind = Kind::Hog;
    HogSettings hog;

    static FeatureSpec raw() { return {Kind::Raw, {}}; }
    static FeatureSpec hogWith(const HogSettings& settings) { return {Kind::Hog, settings}; }

    std::size_t size() const;
    // "raw" or "hog cell=4 block=2 stride=1 bins=9"; fromText reads it back and throws Error
    // naming `source` when the text or the HOG geometry is invalid.
    std::string toText() const;
    static FeatureSpec fromText(const std::string& text, const std::string& source);
};

// Checks a HOG geometry against the 28x28 window; returns why it does not fit, or empty.
std::string hogGeometryProblem(const HogSettings& settings);

// Features of many images as one row-major matrix (images.size() x spec.size()).
// Runs on `threads` cores (0: every usable one); `indices`, when given, picks and orders the images.
std::vector<float> extractFeatures(const FeatureSpec& spec, const std::vector<Image28>& images,
                                   const std::vector<std::size_t>* indices = nullptr, std::size_t threads = 0);
// The same for a dataset's images, turned into floats one at a time.
std::vector<float> extractFeatures(const FeatureSpec& spec, const Dataset& data,
                                   const std::vector<std::size_t>* indices = nullptr, std::size_t threads = 0);

} // namespace digitpad
