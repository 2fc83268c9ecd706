#include "model/ModelFile.h"

#include "util/Error.h"

#include <zlib.h>

#include <cstring>
#include <sstream>

namespace digitpad {
namespace {

const std::string kMagic = "DIGITPAD";
constexpr std::size_t kMaxHeaderBytes = 1 << 20;

std::uint32_t crc32Of(const std::string& bytes, std::size_t length) {
    uLong crc = crc32(0L, Z_NULL, 0);
    std::size_t offset = 0;
    while (offset < length) {
        const auto chunk = static_cast<uInt>(std::min<std::size_t>(length - offset, 1u << 30));
        crc = crc32(crc, reinterpret_cast<const Bytef*>(bytes.data() + offset), chunk);
        offset += chunk;
    }
    return static_cast<std::uint32_t>(crc);
}

std::string encodeHeader(const std::map<std::string, std::string>& header) {
    std::string text;
    for (const auto& [key, value] : header) {
        if (key.empty() || key.find_first_of("=\n") != std::string::npos || value.find('\n') != std::string::npos)
            throw Error("model header entry '" + key + "' cannot be stored (no '=' or line breaks allowed)");
        text += key + "=" + value + "\n";
    }
    return text;
}

std::map<std::string, std::string> decodeHeader(const std::string& text, const std::string& name) {
    std::map<std::string, std::string> header;
    std::istringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        const auto equals = line.find('=');
        if (equals == std::string::npos || equals == 0)
            throw Error(name + ": corrupt model header line '" + line.substr(0, 40) + "'");
        header[line.substr(0, equals)] = line.substr(equals + 1);
    }
    return header;
}

} // namespace

std::string ModelFile::value(const std::string& key) const {
    const auto found = header.find(key);
    return found == header.end() ? std::string() : found->second;
}

std::string encodeModelFile(const ModelFile& file) {
    const std::string header = encodeHeader(file.header);
    ByteWriter out;
    out.bytes(kMagic);
    out.u32(ModelFile::kFormatVersion);
    out.u32(static_cast<std::uint32_t>(header.size()));
    out.bytes(header);
    out.u64(file.payload.size());
    out.bytes(file.payload);
    std::string bytes = out.data();
    ByteWriter crc;
    crc.u32(crc32Of(bytes, bytes.size()));
    return bytes + crc.data();
}

ModelFile decodeModelFile(const std::string& bytes, const std::string& name) {
    if (bytes.size() < kMagic.size() || bytes.compare(0, kMagic.size(), kMagic) != 0)
        throw Error(name + ": not a DigitPad model file");
    ByteReader in(bytes, name);
    in.bytes(kMagic.size());
    const std::uint32_t version = in.u32();
    if (version > ModelFile::kFormatVersion)
        throw Error(name + ": saved by a newer DigitPad (model format " + std::to_string(version) +
                    "; this version reads up to format " + std::to_string(ModelFile::kFormatVersion) +
                    "). Update DigitPad to open it.");
    if (version == 0) throw Error(name + ": corrupt model file (format version 0)");
    const std::uint32_t headerSize = in.u32();
    if (headerSize > kMaxHeaderBytes || headerSize > in.remaining())
        throw Error(name + ": truncated or corrupt model file (header length " + std::to_string(headerSize) + ")");
    ModelFile file;
    const std::string headerText = in.bytes(headerSize);
    const std::uint64_t payloadSize = in.u64();
    if (payloadSize + 4 != in.remaining())
        throw Error(name + ": truncated or corrupt model file (expected " + std::to_string(payloadSize + 4) +
                    " more bytes, found " + std::to_string(in.remaining()) + ")");
    file.payload = in.bytes(static_cast<std::size_t>(payloadSize));
    const std::uint32_t storedCrc = in.u32();
    if (storedCrc != crc32Of(bytes, bytes.size() - 4))
        throw Error(name + ": corrupt model file (checksum mismatch)");
    file.header = decodeHeader(headerText, name);
    return file;
}

void ByteWriter::u32(std::uint32_t value) {
    for (int i = 0; i < 4; ++i) data_.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

void ByteWriter::u64(std::uint64_t value) {
    for (int i = 0; i < 8; ++i) data_.push_back(static_cast<char>((value >> (8 * i)) & 0xff));
}

void ByteWriter::f64(double value) {
    static_assert(sizeof(double) == 8, "IEEE-754 double precision expected");
    std::uint64_t bits;
    std::memcpy(&bits, &value, 8);
    u64(bits);
}

void ByteWriter::floats(const float* values, std::size_t count) {
    static_assert(sizeof(float) == 4, "IEEE-754 single precision expected");
    for (std::size_t i = 0; i < count; ++i) {
        std::uint32_t bits;
        std::memcpy(&bits, &values[i], 4);
        u32(bits);
    }
}

void ByteWriter::bytes(const std::string& data) { data_ += data; }

void ByteReader::need(std::size_t count) const {
    if (count > remaining())
        throw Error(name_ + ": truncated model data");
}

std::uint32_t ByteReader::u32() {
    need(4);
    std::uint32_t value = 0;
    for (int i = 0; i < 4; ++i)
        value |= static_cast<std::uint32_t>(static_cast<unsigned char>(data_[position_ + i])) << (8 * i);
    position_ += 4;
    return value;
}

std::uint64_t ByteReader::u64() {
    const std::uint64_t low = u32();
    const std::uint64_t high = u32();
    return low | (high << 32);
}

double ByteReader::f64() {
    const std::uint64_t bits = u64();
    double value;
    std::memcpy(&value, &bits, 8);
    return value;
}

void ByteReader::floats(float* values, std::size_t count) {
    need(count * 4);
    for (std::size_t i = 0; i < count; ++i) {
        const std::uint32_t bits = u32();
        std::memcpy(&values[i], &bits, 4);
    }
}

std::string ByteReader::bytes(std::size_t count) {
    need(count);
    std::string out = data_.substr(position_, count);
    position_ += count;
    return out;
}

// A nested model is a whole model file; no sane one comes near this.
constexpr std::uint64_t kMaxNestedModelBytes = 256ull << 20;

void writeNestedModel(ByteWriter& payload, const std::string& modelBytes) {
    payload.u64(modelBytes.size());
    payload.bytes(modelBytes);
}

std::optional<std::string> readNestedModel(ByteReader& payload) {
    const std::uint64_t length = payload.u64();
    if (length > kMaxNestedModelBytes || length > payload.remaining()) return std::nullopt;
    return payload.bytes(static_cast<std::size_t>(length));
}

} // namespace digitpad
