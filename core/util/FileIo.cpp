#include "util/FileIo.h"

#include "util/Error.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>

#if defined(__unix__) || defined(__APPLE__)
#include <unistd.h>
#endif

namespace digitpad {
namespace {

struct FileCloser {
    void operator()(std::FILE* f) const { std::fclose(f); }
};
using FilePtr = std::unique_ptr<std::FILE, FileCloser>;

std::string systemReason() { return std::strerror(errno); }

std::string temporaryNameBeside(const std::string& path) {
    std::random_device rd;
    std::ostringstream name;
    name << path << ".tmp-" << std::hex << rd() << rd();
    return name.str();
}

bool flushToDisk(std::FILE* f) {
    if (std::fflush(f) != 0) return false;
#if defined(__unix__) || defined(__APPLE__)
    return ::fsync(fileno(f)) == 0;
#else
    return true;
#endif
}

} // namespace

std::string readFileBytes(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        throw Error(path + ": is a folder, not a file");
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw Error(path + ": cannot open (" + systemReason() + ")");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad())
        throw Error(path + ": read error");
    return bytes.str();
}

void writeFileAtomically(const std::string& path, const std::string& bytes) {
    // Renaming over a device, a pipe or a folder would replace it rather than write to it.
    std::error_code ec;
    const auto status = std::filesystem::symlink_status(path, ec);
    if (!ec && std::filesystem::exists(status) && !std::filesystem::is_regular_file(status))
        throw Error(path + ": not a regular file; choose another name to save to");
    const std::string temporary = temporaryNameBeside(path);
    {
        FilePtr file(std::fopen(temporary.c_str(), "wb"));
        if (!file)
            throw Error(path + ": cannot write (" + systemReason() + ")");
        const bool written = std::fwrite(bytes.data(), 1, bytes.size(), file.get()) == bytes.size();
        const bool flushed = written && flushToDisk(file.get());
        const std::string reason = systemReason();
        const bool closed = std::fclose(file.release()) == 0;
        if (!written || !flushed || !closed) {
            std::remove(temporary.c_str());
            throw Error(path + ": could not save (" + reason + "); the previous file is unchanged");
        }
    }
    std::filesystem::rename(temporary, path, ec);
    if (ec) {
        std::remove(temporary.c_str());
        throw Error(path + ": could not save (" + ec.message() + "); the previous file is unchanged");
    }
}

} // namespace digitpad
