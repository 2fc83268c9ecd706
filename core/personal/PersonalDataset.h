#pragma once
#include "data/Dataset.h"

#include <string>
#include <vector>

namespace digitpad {

// The user's own labelled drawings, as the model saw them (28x28, MNIST recipe), kept in a
// folder as an MNIST-style pair of IDX files (images.idx, labels.idx) so other tools read
// them too. Every change is saved at once, atomically.
class PersonalDataset {
public:
    // Loads the folder's samples; a missing folder is an empty dataset. Throws Error for
    // files that are there but damaged, naming the file.
    explicit PersonalDataset(std::string folder);

    const Dataset& samples() const { return samples_; }
    std::size_t size() const { return samples_.size(); }
    const std::string& folder() const { return folder_; }

    void add(const Image28& image, int digit);
    // Adds every sample of `more` (labels 0-9, as many as images) and saves: all or none.
    void add(const Dataset& more);
    // Removes the samples at `indices` (out-of-range ones are ignored) with one save.
    void remove(const std::vector<std::size_t>& indices);
    // Takes back the last save, when it added exactly `count` samples and nothing changed since
    // (a drawing saved by mistake, undone from the pad): never another sample. False, and nothing
    // removed, when that is no longer so.
    bool takeBackLastSave(std::size_t count);
    // Writes the samples as IDX files into another folder (an export).
    void exportTo(const std::string& folder) const;

    static std::string imagesFile(const std::string& folder);
    static std::string labelsFile(const std::string& folder);

private:
    void save(const std::string& folder) const;

    std::string folder_;
    Dataset samples_;
    std::size_t lastSaved_ = 0; // samples the last change added; 0 after any other change
};

} // namespace digitpad
