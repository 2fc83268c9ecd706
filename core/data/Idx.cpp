#include "data/Idx.h"

#include "util/Error.h"
#include "util/FileIo.h"

#include <zlib.h>

#include <fstream>
#include <limits>

namespace digitpad {
namespace {

constexpr std::uint8_t kUnsignedByteType = 0x08;
// Large enough for any real IDX file (MNIST's biggest is 47 MB), small enough that a
// crafted gzip bomb cannot exhaust memory.
constexpr std::size_t kMaxInflatedBytes = std::size_t(1) << 30;

bool isGzip(const std::string& bytes) {
    return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1f &&
           static_cast<unsigned char>(bytes[1]) == 0x8b;
}

std::string gunzip(const std::string& bytes, const std::string& name) {
    z_stream stream{};
    if (inflateInit2(&stream, 16 + MAX_WBITS) != Z_OK)
        throw Error(name + ": cannot initialise gzip decoder");
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    stream.avail_in = static_cast<uInt>(bytes.size());
    std::string out;
    char chunk[1 << 16];
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef*>(chunk);
        stream.avail_out = sizeof chunk;
        status = inflate(&stream, Z_NO_FLUSH);
        out.append(chunk, sizeof chunk - stream.avail_out);
        if (out.size() > kMaxInflatedBytes) {
            inflateEnd(&stream);
            throw Error(name + ": gzip data inflates beyond 1 GiB; not an MNIST file");
        }
        if (status == Z_BUF_ERROR && stream.avail_in == 0) break;
    }
    inflateEnd(&stream);
    if (status != Z_STREAM_END)
        throw Error(name + ": gzip data is corrupt or truncated");
    return out;
}

std::uint32_t readBigEndian32(const std::string& bytes, std::size_t offset) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<unsigned char>(bytes[offset + i]);
    return value;
}

void appendBigEndian32(std::string& out, std::uint32_t value) {
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<char>((value >> shift) & 0xff));
}

} // namespace

namespace {

struct IdxHeader {
    std::vector<std::uint32_t> dims;
    std::size_t headerSize = 0;
    std::uint64_t dataSize = 0; // what the dimensions promise
};

IdxHeader parseIdxHeader(const std::string& bytes, const std::string& name) {
    if (bytes.size() < 4)
        throw Error(name + ": too short for an IDX header (" + std::to_string(bytes.size()) + " bytes)");
    if (bytes[0] != 0 || bytes[1] != 0)
        throw Error(name + ": not an IDX file (bad magic number)");
    const auto type = static_cast<std::uint8_t>(bytes[2]);
    if (type != kUnsignedByteType)
        throw Error(name + ": IDX element type " + std::to_string(type) +
                    " is not supported (MNIST uses unsigned bytes, type 8)");
    const std::size_t rank = static_cast<unsigned char>(bytes[3]);
    if (rank < 1 || rank > 4)
        throw Error(name + ": IDX file declares " + std::to_string(rank) + " dimensions (expected 1 to 4)");
    IdxHeader header;
    header.headerSize = 4 + 4 * rank;
    if (bytes.size() < header.headerSize)
        throw Error(name + ": truncated IDX header");
    header.dataSize = 1;
    for (std::size_t i = 0; i < rank; ++i) {
        const std::uint32_t dim = readBigEndian32(bytes, 4 + 4 * i);
        header.dims.push_back(dim);
        header.dataSize *= dim;
        if (header.dataSize > kMaxInflatedBytes)
            throw Error(name + ": IDX dimensions describe more than 1 GiB of data");
    }
    return header;
}

void checkDataLength(const IdxHeader& header, std::uint64_t available, const std::string& name) {
    if (available < header.dataSize)
        throw Error(name + ": truncated: the header promises " + std::to_string(header.dataSize) +
                    " bytes of data but the file holds " + std::to_string(available));
    if (available > header.dataSize)
        throw Error(name + ": " + std::to_string(available - header.dataSize) +
                    " unexpected bytes after the data the header describes");
}

void checkImageDims(const std::vector<std::uint32_t>& dims, const std::string& name) {
    if (dims.size() == 1)
        throw Error(name + ": this is a labels file (1 dimension); an images file was expected");
    if (dims.size() != 3)
        throw Error(name + ": expected an images file with 3 dimensions, found " + std::to_string(dims.size()));
    if (dims[1] != Image28::kSide || dims[2] != Image28::kSide)
        throw Error(name + ": expected 28x28 images, found " + std::to_string(dims[1]) + "x" + std::to_string(dims[2]));
}

void checkLabelDims(const std::vector<std::uint32_t>& dims, const std::string& name) {
    if (dims.size() != 1)
        throw Error(name + ": expected a labels file with 1 dimension, found " + std::to_string(dims.size()) +
                    (dims.size() == 3 ? " (this looks like an images file)" : ""));
}

} // namespace

IdxArray parseIdx(const std::string& raw, const std::string& name) {
    const std::string bytes = isGzip(raw) ? gunzip(raw, name) : raw;
    const IdxHeader header = parseIdxHeader(bytes, name);
    checkDataLength(header, bytes.size() - header.headerSize, name);
    IdxArray array;
    array.dims = header.dims;
    array.data.assign(bytes.begin() + static_cast<std::ptrdiff_t>(header.headerSize), bytes.end());
    return array;
}

std::uint32_t checkIdxFileHeader(const std::string& path, bool images) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw Error(path + ": cannot open");
    std::string head(16, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<std::size_t>(in.gcount()));
    if (isGzip(head)) return 0; // compressed: checked in full when loaded
    const IdxHeader header = parseIdxHeader(head, path);
    images ? checkImageDims(header.dims, path) : checkLabelDims(header.dims, path);
    in.clear();
    in.seekg(0, std::ios::end);
    checkDataLength(header, static_cast<std::uint64_t>(in.tellg()) - header.headerSize, path);
    return header.dims[0];
}

IdxArray readIdxFile(const std::string& path) {
    return parseIdx(readFileBytes(path), path);
}

std::string encodeIdx(const IdxArray& array) {
    std::string out{'\0', '\0', static_cast<char>(kUnsignedByteType), static_cast<char>(array.dims.size())};
    for (std::uint32_t dim : array.dims) appendBigEndian32(out, dim);
    out.append(array.data.begin(), array.data.end());
    return out;
}

std::string gzipCompress(const std::string& bytes) {
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw Error("cannot initialise gzip encoder");
    std::string out(deflateBound(&stream, static_cast<uLong>(bytes.size())) + 32, '\0');
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    stream.avail_in = static_cast<uInt>(bytes.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int status = deflate(&stream, Z_FINISH);
    out.resize(stream.total_out);
    deflateEnd(&stream);
    if (status != Z_STREAM_END) throw Error("gzip compression failed");
    return out;
}

std::vector<ImageBytes> idxToImages(const IdxArray& array, const std::string& name) {
    checkImageDims(array.dims, name);
    std::vector<ImageBytes> images;
    images.reserve(array.dims[0]);
    for (std::size_t i = 0; i < array.dims[0]; ++i)
        images.push_back(ImageBytes::fromBytes(array.data.data() + i * Image28::kPixels));
    return images;
}

std::vector<std::uint8_t> idxToLabels(const IdxArray& array, const std::string& name) {
    checkLabelDims(array.dims, name);
    for (std::size_t i = 0; i < array.data.size(); ++i)
        if (array.data[i] > 9)
            throw Error(name + ": label " + std::to_string(array.data[i]) + " at index " +
                        std::to_string(i) + " is not a digit 0-9");
    return array.data;
}

} // namespace digitpad
