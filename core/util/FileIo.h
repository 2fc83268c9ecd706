#pragma once
#include <string>

namespace digitpad {

// Reads a whole file; throws Error naming the file when it cannot.
std::string readFileBytes(const std::string& path);

// Writes to a temporary file beside `path`, flushes it to disk, then renames it over `path`,
// so a failed save (full disk, read-only folder) leaves the previous file untouched.
void writeFileAtomically(const std::string& path, const std::string& bytes);

} // namespace digitpad
