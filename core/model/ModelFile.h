#pragma once
#include <cstdint>
#include <map>
#include <optional>
#include <string>

namespace digitpad {

// The on-disk container of every model:
//   "DIGITPAD" | u32 format version | u32 header length | header | u64 payload length | payload | u32 CRC-32
// little-endian; the header is "key=value" lines (kind, architecture, input, classes, metadata);
// the CRC covers everything before it, so truncation and bit flips are both caught.
struct ModelFile {
    static constexpr std::uint32_t kFormatVersion = 1;

    std::map<std::string, std::string> header;
    std::string payload;

    std::string value(const std::string& key) const;
};

std::string encodeModelFile(const ModelFile& file);
// Throws Error with `name` and what is wrong: not a model, newer format, truncated, corrupt.
ModelFile decodeModelFile(const std::string& bytes, const std::string& name);

// Little-endian primitives for payloads.
class ByteWriter {
public:
    void u32(std::uint32_t value);
    void u64(std::uint64_t value);
    void f64(double value);
    void floats(const float* values, std::size_t count);
    void bytes(const std::string& data);
    const std::string& data() const { return data_; }

private:
    std::string data_;
};

class ByteReader {
public:
    ByteReader(const std::string& data, std::string name) : data_(data), name_(std::move(name)) {}
    std::uint32_t u32();
    std::uint64_t u64();
    double f64();
    void floats(float* values, std::size_t count);
    std::string bytes(std::size_t count);
    bool atEnd() const { return position_ == data_.size(); }
    std::size_t remaining() const { return data_.size() - position_; }

private:
    void need(std::size_t count) const;
    const std::string& data_;
    std::string name_;
    std::size_t position_ = 0;
};

// A whole model file inside another's payload (an ensemble's members, a second opinion): its
// length, then its bytes.
void writeNestedModel(ByteWriter& payload, const std::string& modelBytes);
// The next nested model file's bytes; nothing when its length runs past the payload or past any
// sane model's size, so that the caller can say which of its models is cut short.
std::optional<std::string> readNestedModel(ByteReader& payload);

} // namespace digitpad
