#pragma once
// The models a person has, side by side: the bundled one, those trained in the app (kept in a
// folder of their own and listed again on the next launch) and files they added; which one the
// canvas uses. The Models page shows it; it decides nothing itself.
#include "metrics/Comparison.h"
#include "model/Classifier.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace digitpad {

class ModelCatalogue {
public:
    struct Entry {
        std::string name;
        std::string path; // empty: not saved (bundled, or trained and not yet saved)
        std::shared_ptr<Classifier> model;
        std::optional<ModelScore> score;
        bool builtIn = false; // the model DigitPad ships: always listed, never removed
    };

    // `savedFolder`: where models trained in the app are kept.
    explicit ModelCatalogue(std::string savedFolder);

    const std::vector<Entry>& entries() const { return entries_; }
    std::size_t size() const { return entries_.size(); }
    const Entry& at(std::size_t index) const { return entries_.at(index); }

    std::size_t add(std::shared_ptr<Classifier> model, const std::string& name, const std::string& path,
                    std::optional<ModelScore> score = std::nullopt);
    // The model DigitPad ships, first in the list whatever else is there or in use.
    std::size_t addBuiltIn(std::shared_ptr<Classifier> model, const std::string& name, const std::string& path);
    // Lists every model file of the saved folder, oldest first. Returns why files could not be
    // read; those are left where they are.
    std::vector<std::string> loadSaved();
    // Where a model of `typeName` trained at `timestamp` ("20261125-153000") is saved.
    std::string savePath(const std::string& typeName, const std::string& timestamp) const;
    // Saves `model` at `path` (a savePath()), making its folder first; atomic, as every save.
    static void keep(const Classifier& model, const std::string& path);

    // Marks `model` as the one in use, listing it once: an entry of the same model or of the same
    // file takes it. Returns its index.
    std::size_t setActive(const std::shared_ptr<Classifier>& model, const std::string& name, const std::string& path = {});
    std::optional<std::size_t> activeIndex() const;

    void setScore(std::size_t index, const ModelScore& score);
    // Whether removing the entry deletes its file: it lives in the saved folder.
    bool ownsFile(std::size_t index) const;
    // Takes the entry off the list, deleting its file when ownsFile(). Throws Error for the model
    // in use, the built-in one, or when its file cannot be deleted (the entry then stays).
    void remove(std::size_t index);

private:
    std::string savedFolder_;
    std::vector<Entry> entries_;
    const Classifier* active_ = nullptr;
};

} // namespace digitpad
