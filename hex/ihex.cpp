// Intel HEX record parsing/formatting and the sparse memory image.
#include "hex/ihex.hpp"

#include <algorithm>
#include <cstdio>
#include <map>

namespace hex {

HexError::HexError(int line, const std::string& message)
    : std::runtime_error(line > 0 ? "line " + std::to_string(line) + ": " + message : message),
      line_(line),
      message_(message) {}

const char* record_type_name(RecordType type) {
    switch (type) {
        case RecordType::Data: return "data";
        case RecordType::EndOfFile: return "end of file";
        case RecordType::ExtSegmentAddress: return "extended segment address";
        case RecordType::StartSegmentAddress: return "start segment address";
        case RecordType::ExtLinearAddress: return "extended linear address";
        case RecordType::StartLinearAddress: return "start linear address";
        case RecordType::BlockStart: return "block start";
        case RecordType::BlockEnd: return "block end";
        case RecordType::PaddedData: return "padded data";
        case RecordType::CustomData: return "custom data";
        case RecordType::OtherData: return "other data";
    }
    return "unknown";
}

namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    return -1;
}

bool known_type(uint8_t t) { return t <= 0x05 || (t >= 0x0A && t <= 0x0E); }

std::string hex2(unsigned v) {
    char buf[3];
    std::snprintf(buf, sizeof buf, "%02X", v & 0xFF);
    return buf;
}

// Checks the data length a fixed-size record type must have.
void check_length(const Record& r) {
    size_t want = 0;
    switch (r.type) {
        case RecordType::EndOfFile: want = 0; break;
        case RecordType::ExtSegmentAddress:
        case RecordType::ExtLinearAddress: want = 2; break;
        case RecordType::StartSegmentAddress:
        case RecordType::StartLinearAddress: want = 4; break;
        case RecordType::BlockStart:
            if (r.data.size() < 2)
                throw HexError(r.line, "block start record needs at least 2 data bytes (the board id)");
            return;
        default: return;
    }
    if (r.data.size() != want)
        throw HexError(r.line, std::string(record_type_name(r.type)) + " record must have " +
                                   std::to_string(want) + " data bytes, not " +
                                   std::to_string(r.data.size()));
}

Record parse_line(std::string_view s, int line) {
    if (s[0] != ':') throw HexError(line, "record does not start with ':'");
    if (s.size() < 11) throw HexError(line, "record too short (" + std::to_string(s.size()) + " characters)");
    if ((s.size() - 1) % 2) throw HexError(line, "record has an odd number of hex digits");
    std::vector<uint8_t> bytes;
    bytes.reserve((s.size() - 1) / 2);
    for (size_t i = 1; i < s.size(); i += 2) {
        int hi = hex_digit(s[i]), lo = hex_digit(s[i + 1]);
        if (hi < 0 || lo < 0)
            throw HexError(line, "bad hex digit at column " + std::to_string(hi < 0 ? i + 1 : i + 2));
        bytes.push_back(uint8_t(hi << 4 | lo));
    }
    size_t count = bytes[0];
    if (bytes.size() != count + 5)
        throw HexError(line, "byte count says " + std::to_string(count) + " data bytes but the record has " +
                                 std::to_string(bytes.size() - 5));
    uint8_t sum = 0;
    for (uint8_t b : bytes) sum += b;
    if (sum != 0) {
        uint8_t want = uint8_t(bytes.back() - sum);
        throw HexError(line, "bad checksum " + hex2(bytes.back()) + " (should be " + hex2(want) + ")");
    }
    if (!known_type(bytes[3])) throw HexError(line, "unknown record type " + hex2(bytes[3]));
    Record r;
    r.line = line;
    r.type = RecordType(bytes[3]);
    r.offset = uint16_t(bytes[1] << 8 | bytes[2]);
    r.data.assign(bytes.begin() + 4, bytes.end() - 1);
    check_length(r);
    return r;
}

}  // namespace

std::vector<Record> parse_records(std::string_view text) {
    std::vector<Record> records;
    bool seen_eof = false;
    int line = 0;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t nl = text.find('\n', pos);
        std::string_view s =
            text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
        pos = nl == std::string_view::npos ? text.size() : nl + 1;
        ++line;
        // Tolerate CR line endings and trailing blanks as DAPLink and every tool does.
        while (!s.empty() && (s.back() == '\r' || s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
        while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
        if (s.empty()) continue;
        records.push_back(parse_line(s, line));
        if (records.back().type == RecordType::EndOfFile) seen_eof = true;
    }
    if (records.empty()) throw HexError(0, "no Intel HEX records (empty file)");
    if (!seen_eof) throw HexError(line, "file ends without an end-of-file record (:00000001FF): truncated?");
    return records;
}

std::string format_record(RecordType type, uint16_t offset, std::span<const uint8_t> data) {
    if (data.size() > kMaxRecordData) throw HexError(0, "record data longer than 255 bytes");
    std::string s = ":";
    s.reserve(11 + 2 * data.size());
    uint8_t sum = 0;
    auto put = [&](uint8_t b) {
        s += hex2(b);
        sum += b;
    };
    put(uint8_t(data.size()));
    put(uint8_t(offset >> 8));
    put(uint8_t(offset));
    put(uint8_t(type));
    for (uint8_t b : data) put(b);
    s += hex2(uint8_t(-sum));
    return s;
}

std::string format_records(const std::vector<Record>& records) {
    std::string out;
    for (const Record& r : records) {
        out += format_record(r);
        out += '\n';
    }
    return out;
}

Record make_ela(uint32_t address) {
    return Record{0, RecordType::ExtLinearAddress, 0, {uint8_t(address >> 24), uint8_t(address >> 16)}};
}

// ---- decode / encode ----

DecodedHex decode_records(const std::vector<Record>& records, bool custom_data) {
    DecodedHex out;
    uint32_t base = 0;
    // Which line set each byte, so an overlap can name both lines (host-only: memory is cheap here).
    std::map<uint32_t, std::pair<uint32_t, int>> owners;  // start -> (end, line)
    for (const Record& r : records) {
        switch (r.type) {
            case RecordType::EndOfFile: return out;
            case RecordType::ExtLinearAddress: base = uint32_t(r.data[0] << 24 | r.data[1] << 16); break;
            case RecordType::ExtSegmentAddress: base = uint32_t(r.data[0] << 8 | r.data[1]) << 4; break;
            case RecordType::StartLinearAddress:
                out.start_linear = uint32_t(r.data[0] << 24 | r.data[1] << 16 | r.data[2] << 8 | r.data[3]);
                break;
            case RecordType::StartSegmentAddress:
                out.start_segment = uint32_t(r.data[0] << 24 | r.data[1] << 16 | r.data[2] << 8 | r.data[3]);
                break;
            case RecordType::CustomData:
                if (!custom_data) break;
                [[fallthrough]];
            case RecordType::Data: {
                if (r.data.empty()) break;
                uint64_t addr = uint64_t(base) + r.offset;
                if (addr + r.data.size() > 0x100000000ull)
                    throw HexError(r.line, "data runs past the end of the 32-bit address space");
                if (!out.image.write(uint32_t(addr), r.data)) {
                    int other = 0;
                    auto it = owners.upper_bound(uint32_t(addr + r.data.size() - 1));
                    while (it != owners.begin()) {
                        --it;
                        if (it->second.first > addr) {
                            other = it->second.second;
                            break;
                        }
                    }
                    char buf[64];
                    std::snprintf(buf, sizeof buf, "0x%08X", unsigned(addr));
                    throw HexError(r.line, std::string("overlapping data: bytes at ") + buf +
                                               " were already set by line " + std::to_string(other));
                }
                owners[uint32_t(addr)] = {uint32_t(addr + r.data.size()), r.line};
                break;
            }
            default: break;  // 0A/0B/0C/0E carry no flash data
        }
    }
    return out;
}

std::vector<Record> encode_data(uint32_t address, std::span<const uint8_t> bytes, RecordType data_type,
                                size_t record_len) {
    std::vector<Record> out;
    uint32_t ela = address >> 16;
    out.push_back(make_ela(address));
    size_t i = 0;
    while (i < bytes.size()) {
        uint32_t addr = address + uint32_t(i);
        if ((addr >> 16) != ela) {
            ela = addr >> 16;
            out.push_back(make_ela(addr));
        }
        // Never let one record cross a 64 KiB boundary: its offset field would wrap.
        size_t n = std::min({record_len, bytes.size() - i, size_t(0x10000 - (addr & 0xFFFF))});
        out.push_back(Record{0, data_type, uint16_t(addr), {bytes.begin() + i, bytes.begin() + i + n}});
        i += n;
    }
    return out;
}

std::vector<Record> encode_image(const DecodedHex& decoded, size_t record_len) {
    std::vector<Record> out;
    for (auto& [start, data] : decoded.image.blocks()) {
        auto recs = encode_data(start, data, RecordType::Data, record_len);
        out.insert(out.end(), recs.begin(), recs.end());
    }
    auto be32 = [](uint32_t v) {
        return std::vector<uint8_t>{uint8_t(v >> 24), uint8_t(v >> 16), uint8_t(v >> 8), uint8_t(v)};
    };
    if (decoded.start_segment)
        out.push_back(Record{0, RecordType::StartSegmentAddress, 0, be32(*decoded.start_segment)});
    if (decoded.start_linear)
        out.push_back(Record{0, RecordType::StartLinearAddress, 0, be32(*decoded.start_linear)});
    out.push_back(Record{0, RecordType::EndOfFile, 0, {}});
    return out;
}

}  // namespace hex
