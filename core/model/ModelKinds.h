#pragma once
// How model files become classifiers, kind by kind. model/ knows the file and the interface, not
// the kinds: each kind's folder brings its reader, and catalogue/KnownModels.h lists them all, so
// no folder here includes one above it.
#include "model/Classifier.h"
#include "model/ModelFile.h"

#include <functional>
#include <map>
#include <memory>
#include <string>

namespace digitpad {

class ModelKinds {
public:
    // Makes the model a file of its kind describes; throws Error naming `name` when it cannot.
    using Reader = std::function<std::unique_ptr<Classifier>(const ModelFile& file, const std::string& name)>;

    // `kind` is the value of the file's "kind" header line.
    void add(const std::string& kind, Reader reader);

    // Checks the header every model file carries, has the kind's reader make the model, and gives
    // it the file's metadata. Throws Error naming `name` and the problem.
    std::unique_ptr<Classifier> read(const std::string& bytes, const std::string& name) const;

private:
    std::map<std::string, Reader> readers_;
};

} // namespace digitpad
