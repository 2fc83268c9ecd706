#include "catalogue/ModelCatalogue.h"

#include "catalogue/KnownModels.h"
#include "util/Error.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace digitpad {
namespace {

namespace fs = std::filesystem;

bool sameFile(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty()) return false;
    std::error_code error;
    const bool same = fs::equivalent(a, b, error);
    return error ? fs::weakly_canonical(a, error) == fs::weakly_canonical(b, error) : same;
}

} // namespace

ModelCatalogue::ModelCatalogue(std::string savedFolder) : savedFolder_(std::move(savedFolder)) {}

std::size_t ModelCatalogue::add(std::shared_ptr<Classifier> model, const std::string& name, const std::string& path,
                                std::optional<ModelScore> score) {
    entries_.push_back({name, path, std::move(model), std::move(score), false});
    return entries_.size() - 1;
}

std::size_t ModelCatalogue::addBuiltIn(std::shared_ptr<Classifier> model, const std::string& name,
                                      const std::string& path) {
    entries_.insert(entries_.begin(), {name, path, std::move(model), std::nullopt, true});
    return 0;
}

std::vector<std::string> ModelCatalogue::loadSaved() {
    std::vector<std::pair<fs::file_time_type, fs::path>> files;
    std::error_code error;
    for (fs::directory_iterator it(savedFolder_, error), end; !error && it != end; it.increment(error))
        if (it->is_regular_file(error) && it->path().extension() == ".dpm")
            files.emplace_back(it->last_write_time(error), it->path());
    std::sort(files.begin(), files.end());
    std::vector<std::string> problems;
    for (const auto& file : files) {
        try {
            add(loadClassifier(file.second.string()), file.second.stem().string(), file.second.string());
        } catch (const Error& e) {
            problems.push_back(e.what());
        }
    }
    return problems;
}

std::string ModelCatalogue::savePath(const std::string& typeName, const std::string& timestamp) const {
    return (fs::path(savedFolder_) / (typeName + "-" + timestamp + ".dpm")).string();
}

void ModelCatalogue::keep(const Classifier& model, const std::string& path) {
    std::error_code ignored; // a folder that cannot be made shows up as the save's error
    fs::create_directories(fs::path(path).parent_path(), ignored);
    model.save(path);
}

std::size_t ModelCatalogue::setActive(const std::shared_ptr<Classifier>& model, const std::string& name,
                                      const std::string& path) {
    active_ = model.get();
    std::optional<std::size_t> index;
    for (std::size_t i = 0; i < entries_.size(); ++i)
        if (entries_[i].model == model || sameFile(entries_[i].path, path)) {
            entries_[i].model = model;
            index = i;
        }
    return index ? *index : add(model, name, path);
}

std::optional<std::size_t> ModelCatalogue::activeIndex() const {
    for (std::size_t i = 0; i < entries_.size(); ++i)
        if (entries_[i].model.get() == active_) return i;
    return std::nullopt;
}

void ModelCatalogue::setScore(std::size_t index, const ModelScore& score) { entries_.at(index).score = score; }

bool ModelCatalogue::ownsFile(std::size_t index) const {
    const std::string& path = entries_.at(index).path;
    if (path.empty()) return false;
    std::error_code error;
    return fs::equivalent(fs::path(path).parent_path(), savedFolder_, error) && !error;
}

void ModelCatalogue::remove(std::size_t index) {
    const Entry& entry = entries_.at(index);
    if (entry.builtIn) throw Error(entry.name + " is the model DigitPad ships; it is always kept");
    if (entry.model.get() == active_) throw Error("the canvas is using " + entry.name + "; pick another model first");
    if (ownsFile(index)) {
        std::error_code error;
        fs::remove(entry.path, error);
        if (error) throw Error("cannot delete " + entry.path + ": " + error.message());
    }
    entries_.erase(entries_.begin() + static_cast<std::ptrdiff_t>(index));
}

} // namespace digitpad
