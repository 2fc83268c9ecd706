#include "data/MnistLocation.h"

#include "data/Dataset.h"

#include <filesystem>

namespace digitpad {

std::vector<std::string> mnistFolderCandidates(const std::string& programDir) {
    namespace fs = std::filesystem;
    const fs::path program(programDir);
    std::error_code ec;
    fs::path here = fs::current_path(ec);
    std::vector<std::string> candidates;
    const auto add = [&](const fs::path& folder) {
        const std::string normal = folder.lexically_normal().string();
        for (const std::string& known : candidates)
            if (known == normal) return;
        candidates.push_back(normal);
    };
    if (!ec) add(here / "data" / "mnist");
    if (!programDir.empty()) {
        add(program / ".." / ".." / "data" / "mnist");
        add(program / ".." / "share" / "digitpad" / "mnist");
        add(program / "mnist");
        add(program / ".." / "Resources" / "mnist");
        add(program / ".." / "digitpad.app" / "Contents" / "Resources" / "mnist"); // the CLI beside the bundle
    }
    return candidates;
}

std::string findMnistFolder(const std::string& programDir) {
    for (const std::string& folder : mnistFolderCandidates(programDir))
        if (describeMnistProblem(folder).empty()) return folder;
    return {};
}

std::string mnistRemedy() {
    return "DigitPad's installers carry MNIST; if its copy is missing or damaged, reinstall DigitPad, "
           "or choose a folder that holds the four MNIST files (train-images-idx3-ubyte, train-labels-idx1-ubyte, "
           "t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte, plain or .gz).";
}

} // namespace digitpad
