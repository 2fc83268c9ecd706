#pragma once
#include "data/ImageBytes.h"

#include <cstdint>
#include <string>
#include <vector>

namespace digitpad {

// An IDX array of unsigned bytes (the only element type MNIST uses).
struct IdxArray {
    std::vector<std::uint32_t> dims;
    std::vector<std::uint8_t> data;
};

// Parses IDX bytes, plain or gzip-compressed. `name` appears in error messages.
// Validates the magic number, element type, dimensions and exact data length.
IdxArray parseIdx(const std::string& bytes, const std::string& name);
IdxArray readIdxFile(const std::string& path);

// Checks an MNIST images (n x 28 x 28) or labels file's header against the file's size without
// reading the data; returns the sample count (0 for a .gz file, which is only checked on load).
std::uint32_t checkIdxFileHeader(const std::string& path, bool images);

std::string encodeIdx(const IdxArray& array);
std::string gzipCompress(const std::string& bytes);

// Interpret an IDX array as MNIST images (n x 28 x 28) or labels (n digits 0-9).
std::vector<ImageBytes> idxToImages(const IdxArray& array, const std::string& name);
std::vector<std::uint8_t> idxToLabels(const IdxArray& array, const std::string& name);

} // namespace digitpad
