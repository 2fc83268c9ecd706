#include "data/Dataset.h"

#include "data/Idx.h"
#include "util/Error.h"

#include <algorithm>
#include <filesystem>
#include <numeric>
#include <random>

namespace digitpad {
namespace {

std::string findMnistFile(const std::string& folder, MnistSplit split, bool images) {
    const auto candidates = mnistFileCandidates(split, images);
    for (const std::string& name : candidates) {
        const auto path = std::filesystem::path(folder) / name;
        std::error_code ec;
        if (std::filesystem::is_regular_file(path, ec)) return path.string();
    }
    throw Error(folder + ": no MNIST " + std::string(split == MnistSplit::Train ? "training" : "test") +
                (images ? " images" : " labels") + " file (looked for " + candidates.front() + " and .gz)");
}

} // namespace

std::pair<std::vector<std::size_t>, std::vector<std::size_t>> shuffledSplit(std::size_t count, double fraction,
                                                                            std::uint32_t seed) {
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::mt19937 rng(seed);
    std::shuffle(order.begin(), order.end(), rng);
    const auto held = static_cast<std::size_t>(std::clamp(fraction, 0.0, 1.0) * static_cast<double>(count));
    const auto boundary = order.end() - static_cast<std::ptrdiff_t>(held);
    return {std::vector<std::size_t>(order.begin(), boundary), std::vector<std::size_t>(boundary, order.end())};
}

std::vector<Image28> floatImages(const Dataset& data, const std::vector<std::size_t>* indices) {
    std::vector<Image28> images;
    images.reserve(indices ? indices->size() : data.size());
    if (indices)
        for (const std::size_t i : *indices) images.push_back(data.images.at(i).image());
    else
        for (const ImageBytes& image : data.images) images.push_back(image.image());
    return images;
}

Dataset subset(const Dataset& from, const std::vector<std::size_t>& indices) {
    Dataset picked;
    picked.images.reserve(indices.size());
    picked.labels.reserve(indices.size());
    for (const std::size_t i : indices) {
        picked.images.push_back(from.images.at(i));
        picked.labels.push_back(from.labels.at(i));
    }
    return picked;
}

std::vector<std::string> mnistFileCandidates(MnistSplit split, bool images) {
    const std::string base = std::string(split == MnistSplit::Train ? "train" : "t10k") +
                             (images ? "-images" : "-labels");
    const std::string suffix = images ? "idx3-ubyte" : "idx1-ubyte";
    return {base + "-" + suffix, base + "." + suffix, base + "-" + suffix + ".gz", base + "." + suffix + ".gz"};
}

Dataset loadMnist(const std::string& folder, MnistSplit split, std::size_t limit) {
    std::error_code ec;
    if (!std::filesystem::is_directory(folder, ec)) throw Error(folder + ": folder does not exist");
    const std::string imagesPath = findMnistFile(folder, split, true);
    const std::string labelsPath = findMnistFile(folder, split, false);
    Dataset set;
    set.images = idxToImages(readIdxFile(imagesPath), imagesPath);
    set.labels = idxToLabels(readIdxFile(labelsPath), labelsPath);
    if (set.images.size() != set.labels.size())
        throw Error(imagesPath + " holds " + std::to_string(set.images.size()) + " images but " + labelsPath +
                    " holds " + std::to_string(set.labels.size()) + " labels");
    if (limit > 0 && limit < set.size()) { // in place: no second copy of the images
        set.images.resize(limit);
        set.labels.resize(limit);
    }
    return set;
}

std::string describeMnistProblem(const std::string& folder) {
    std::error_code ec;
    if (folder.empty()) return "no data folder chosen";
    if (!std::filesystem::is_directory(folder, ec)) return folder + ": folder does not exist";
    try {
        for (MnistSplit split : {MnistSplit::Train, MnistSplit::Test}) {
            const std::string imagesPath = findMnistFile(folder, split, true);
            const std::string labelsPath = findMnistFile(folder, split, false);
            const std::uint32_t images = checkIdxFileHeader(imagesPath, true);
            const std::uint32_t labels = checkIdxFileHeader(labelsPath, false);
            if (images && labels && images != labels)
                return imagesPath + " holds " + std::to_string(images) + " images but " + labelsPath + " holds " +
                       std::to_string(labels) + " labels";
        }
    } catch (const Error& e) {
        return e.what();
    }
    return {};
}

} // namespace digitpad
