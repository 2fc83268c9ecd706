#include "classic/Features.h"

#include "util/Error.h"
#include "util/SplitWork.h"

#include <opencv2/core.hpp>
#include <opencv2/objdetect.hpp>

#include <algorithm>
#include <cmath>
#include <sstream>

namespace digitpad {
namespace {

constexpr int kSide = Image28::kSide;

cv::HOGDescriptor makeHog(const HogSettings& s) {
    const int block = s.cellSize * s.blockCells;
    return cv::HOGDescriptor(cv::Size(kSide, kSide), cv::Size(block, block),
                             cv::Size(s.cellSize * s.strideCells, s.cellSize * s.strideCells),
                             cv::Size(s.cellSize, s.cellSize), s.bins);
}

cv::Mat toGray8(const Image28& image) {
    cv::Mat gray(kSide, kSide, CV_8UC1);
    for (int y = 0; y < kSide; ++y)
        for (int x = 0; x < kSide; ++x)
            gray.at<std::uint8_t>(y, x) =
                static_cast<std::uint8_t>(std::lround(std::clamp(image.at(x, y), 0.0f, 1.0f) * 255.0f));
    return gray;
}

int readSetting(std::istringstream& words, const std::string& key, const std::string& source) {
    std::string word;
    words >> word;
    const std::string prefix = key + "=";
    if (word.compare(0, prefix.size(), prefix) != 0)
        throw Error(source + ": HOG setting '" + key + "' missing (found '" + word + "')");
    try {
        std::size_t used = 0;
        const int value = std::stoi(word.substr(prefix.size()), &used);
        if (used != word.size() - prefix.size()) throw std::invalid_argument(word);
        return value;
    } catch (const std::logic_error&) {
        throw Error(source + ": HOG setting '" + word + "' is not a whole number");
    }
}

} // namespace

std::string hogGeometryProblem(const HogSettings& s) {
    if (s.cellSize < 2 || s.cellSize > kSide) return "cell size must be 2 to 28 pixels";
    if (s.blockCells < 1 || s.strideCells < 1) return "block and stride must be at least one cell";
    if (s.strideCells > s.blockCells) return "the block stride cannot exceed the block";
    if (s.bins < 2 || s.bins > 36) return "bins must be 2 to 36";
    const int block = s.cellSize * s.blockCells;
    if (block > kSide) return "a block of " + std::to_string(block) + " pixels does not fit 28";
    if ((kSide - block) % (s.cellSize * s.strideCells) != 0)
        return "blocks of " + std::to_string(block) + " pixels moved by " +
               std::to_string(s.cellSize * s.strideCells) + " do not tile 28 pixels";
    return {};
}

std::size_t FeatureSpec::size() const {
    if (kind == Kind::Raw) return Image28::kPixels;
    return makeHog(hog).getDescriptorSize();
}

std::string FeatureSpec::toText() const {
    if (kind == Kind::Raw) return "raw";
    return "hog cell=" + std::to_string(hog.cellSize) + " block=" + std::to_string(hog.blockCells) +
           " stride=" + std::to_string(hog.strideCells) + " bins=" + std::to_string(hog.bins);
}

FeatureSpec FeatureSpec::fromText(const std::string& text, const std::string& source) {
    if (text == "raw") return raw();
    std::istringstream words(text);
    std::string kind;
    words >> kind;
    if (kind != "hog") throw Error(source + ": unknown feature kind '" + text.substr(0, 40) + "'");
    HogSettings settings;
    settings.cellSize = readSetting(words, "cell", source);
    settings.blockCells = readSetting(words, "block", source);
    settings.strideCells = readSetting(words, "stride", source);
    settings.bins = readSetting(words, "bins", source);
    if (const std::string problem = hogGeometryProblem(settings); !problem.empty())
        throw Error(source + ": invalid HOG settings: " + problem);
    return hogWith(settings);
}

namespace {
// One row of features per image; imageAt(row) gives the row's image (from floats or from bytes).
template <typename ImageAt>
std::vector<float> featureRows(const FeatureSpec& spec, std::size_t rows, const ImageAt& imageAt, std::size_t threads) {
    const std::size_t width = spec.size();
    std::vector<float> features(rows * width);
    if (spec.kind == FeatureSpec::Kind::Raw) {
        for (std::size_t row = 0; row < rows; ++row) {
            const Image28 image = imageAt(row);
            std::copy(image.pixels.begin(), image.pixels.end(), features.begin() + row * width);
        }
        return features;
    }
    if (const std::string problem = hogGeometryProblem(spec.hog); !problem.empty())
        throw Error("invalid HOG settings: " + problem);
    splitWork(rows, workParts(rows, 32, threads), [&](std::size_t, std::size_t begin, std::size_t end) {
        const cv::HOGDescriptor hog = makeHog(spec.hog);
        std::vector<float> descriptor;
        for (std::size_t row = begin; row < end; ++row) {
            hog.compute(toGray8(imageAt(row)), descriptor);
            std::copy(descriptor.begin(), descriptor.end(), features.begin() + static_cast<std::ptrdiff_t>(row * width));
        }
    });
    return features;
}
} // namespace

std::vector<float> extractFeatures(const FeatureSpec& spec, const std::vector<Image28>& images,
                                   const std::vector<std::size_t>* indices, std::size_t threads) {
    return featureRows(
        spec, indices ? indices->size() : images.size(),
        [&](std::size_t row) -> const Image28& { return images.at(indices ? (*indices)[row] : row); }, threads);
}

std::vector<float> extractFeatures(const FeatureSpec& spec, const Dataset& data, const std::vector<std::size_t>* indices,
                                   std::size_t threads) {
    return featureRows(
        spec, indices ? indices->size() : data.size(),
        [&](std::size_t row) { return data.images.at(indices ? (*indices)[row] : row).image(); }, threads);
}

} // namespace digitpad
