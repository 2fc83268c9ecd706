#pragma once
#include "data/Image28.h"
#include "data/ImageBytes.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace digitpad {

// Labelled 28x28 images, pixel values in [0, 1], kept as bytes (ImageBytes).
struct Dataset {
    std::vector<ImageBytes> images;
    std::vector<std::uint8_t> labels;

    std::size_t size() const { return images.size(); }
    bool empty() const { return images.empty(); }
    Image28 image(std::size_t i) const { return images[i].image(); }
    void add(const Image28& image, std::uint8_t label) {
        images.emplace_back(image);
        labels.push_back(label);
    }
    void append(const Dataset& more) {
        images.insert(images.end(), more.images.begin(), more.images.end());
        labels.insert(labels.end(), more.labels.begin(), more.labels.end());
    }
};

// The images `indices` picks from `data` (all of them when null), as floats: for a batch, or a small set.
std::vector<Image28> floatImages(const Dataset& data, const std::vector<std::size_t>* indices = nullptr);

// Indices 0..count-1 shuffled with `seed` and split into (first 1 - fraction, last fraction);
// lets callers split without copying images.
std::pair<std::vector<std::size_t>, std::vector<std::size_t>> shuffledSplit(std::size_t count, double fraction,
                                                                            std::uint32_t seed);

// The samples `indices` picks from `from`, in that order (a copy: for small sets).
Dataset subset(const Dataset& from, const std::vector<std::size_t>& indices);

enum class MnistSplit { Train, Test };

// Loads MNIST's training (60,000) or test (10,000) set from `folder`, which holds the four
// IDX files under their usual names, plain or .gz. `limit` > 0 keeps only the first samples.
Dataset loadMnist(const std::string& folder, MnistSplit split, std::size_t limit = 0);

// The IDX file names loadMnist looks for, first match wins.
std::vector<std::string> mnistFileCandidates(MnistSplit split, bool images);

// A short, human-readable reason why `folder` does not hold usable MNIST data, or an empty
// string when it does (checks presence and headers, not every byte).
std::string describeMnistProblem(const std::string& folder);

} // namespace digitpad
