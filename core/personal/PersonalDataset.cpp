#include "personal/PersonalDataset.h"

#include "data/Idx.h"
#include "util/Error.h"
#include "util/FileIo.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

namespace digitpad {

std::string PersonalDataset::imagesFile(const std::string& folder) {
    return (std::filesystem::path(folder) / "images.idx").string();
}

std::string PersonalDataset::labelsFile(const std::string& folder) {
    return (std::filesystem::path(folder) / "labels.idx").string();
}

PersonalDataset::PersonalDataset(std::string folder) : folder_(std::move(folder)) {
    const std::string images = imagesFile(folder_), labels = labelsFile(folder_);
    if (!std::filesystem::exists(images) && !std::filesystem::exists(labels)) return;
    samples_.images = idxToImages(readIdxFile(images), images);
    samples_.labels = idxToLabels(readIdxFile(labels), labels);
    if (samples_.images.size() != samples_.labels.size())
        throw Error(folder_ + ": " + std::to_string(samples_.images.size()) + " images but " +
                    std::to_string(samples_.labels.size()) + " labels");
}

void PersonalDataset::add(const Image28& image, int digit) {
    if (digit < 0 || digit > 9) throw Error("a personal sample needs a digit 0-9, not " + std::to_string(digit));
    Dataset one;
    one.add(image, static_cast<std::uint8_t>(digit));
    add(one);
}

void PersonalDataset::add(const Dataset& more) {
    if (more.images.size() != more.labels.size()) throw Error("personal samples need one label per image");
    for (const std::uint8_t label : more.labels)
        if (label > 9) throw Error("a personal sample needs a digit 0-9, not " + std::to_string(label));
    const std::size_t before = size();
    samples_.append(more);
    try {
        save(folder_);
    } catch (...) {
        samples_.images.resize(before); // not saved: not kept either
        samples_.labels.resize(before);
        throw;
    }
    lastSaved_ = more.size();
}

void PersonalDataset::remove(const std::vector<std::size_t>& indices) {
    lastSaved_ = 0;
    Dataset kept;
    for (std::size_t i = 0; i < size(); ++i)
        if (std::find(indices.begin(), indices.end(), i) == indices.end()) {
            kept.images.push_back(samples_.images[i]);
            kept.labels.push_back(samples_.labels[i]);
        }
    if (kept.size() == size()) return; // nothing to remove (indices out of range)
    std::swap(samples_, kept);
    try {
        save(folder_);
    } catch (...) {
        std::swap(samples_, kept); // not saved: not removed either
        throw;
    }
}

bool PersonalDataset::takeBackLastSave(std::size_t count) {
    if (count == 0 || count != lastSaved_ || count > size()) return false;
    std::vector<std::size_t> last;
    for (std::size_t i = size() - count; i < size(); ++i) last.push_back(i);
    remove(last);
    return true;
}

void PersonalDataset::exportTo(const std::string& folder) const { save(folder); }

void PersonalDataset::save(const std::string& folder) const {
    std::error_code ignored;
    std::filesystem::create_directories(folder, ignored);
    IdxArray images{{static_cast<std::uint32_t>(size()), 28, 28}, {}};
    images.data.reserve(size() * Image28::kPixels);
    for (const ImageBytes& image : samples_.images)
        images.data.insert(images.data.end(), image.bytes().begin(), image.bytes().end());
    const IdxArray labels{{static_cast<std::uint32_t>(size())}, samples_.labels};
    // Labels last: a crash between the two leaves more images than labels, which load refuses
    // with a message rather than pairing the wrong digits.
    writeFileAtomically(imagesFile(folder), encodeIdx(images));
    writeFileAtomically(labelsFile(folder), encodeIdx(labels));
}

} // namespace digitpad
