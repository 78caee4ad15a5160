// Intel HEX records (types 00-05 and the Universal Hex 0A-0E): parse, format, decode into a memory image.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "hex/memory_image.hpp"

namespace hex {

// Every problem in a hex file: `line` is 1-based (0 = not tied to one line). what() = "line N: message".
class HexError : public std::runtime_error {
   public:
    HexError(int line, const std::string& message);
    int line() const { return line_; }
    const std::string& message() const { return message_; }

   private:
    int line_;
    std::string message_;
};

enum class RecordType : uint8_t {
    Data = 0x00,
    EndOfFile = 0x01,
    ExtSegmentAddress = 0x02,
    StartSegmentAddress = 0x03,
    ExtLinearAddress = 0x04,
    StartLinearAddress = 0x05,
    BlockStart = 0x0A,  // Universal Hex: board id (u16 big-endian) + 2 more bytes
    BlockEnd = 0x0B,    // Universal Hex: end of a block, data = 0xFF padding
    PaddedData = 0x0C,  // Universal Hex: 0xFF filler, ignored by every reader
    CustomData = 0x0D,  // Universal Hex: data for a non-v1 board (v1 DAPLinks skip it)
    OtherData = 0x0E,   // Universal Hex: data no board flashes (MakeCode metadata)
};

// A data field longer than 32 bytes is legal Intel HEX, but 255 is the hard limit of the count byte.
constexpr size_t kMaxRecordData = 255;

struct Record {
    int line = 0;  // 1-based line in the source text (0 for records we made)
    RecordType type = RecordType::Data;
    uint16_t offset = 0;
    std::vector<uint8_t> data;
};

const char* record_type_name(RecordType type);

// Parses every record: syntax, hex digits, byte count, checksum and type are checked. Blank lines and
// CR/LF endings are accepted. Throws HexError on the first bad line, or when the file has no EOF record
// (truncated). Records after the EOF record are parsed too (MakeCode keeps metadata there).
std::vector<Record> parse_records(std::string_view text);

// One record as text, upper-case hex, no line ending.
std::string format_record(RecordType type, uint16_t offset, std::span<const uint8_t> data);
inline std::string format_record(const Record& r) { return format_record(r.type, r.offset, r.data); }
// Records joined by "\n", with a final "\n".
std::string format_records(const std::vector<Record>& records);

Record make_ela(uint32_t address);  // extended linear address record for address's upper 16 bits

// What the data records of one Intel HEX record list put in memory.
struct DecodedHex {
    MemoryImage image;
    std::optional<uint32_t> start_linear;   // type 05
    std::optional<uint32_t> start_segment;  // type 03 (CS:IP)
};

// Decodes data (00, and 0D when custom_data is true) at addresses from 02/04 records. Two records that set
// the same byte are an error ("overlapping data") naming both lines. Stops at the first EOF record.
DecodedHex decode_records(const std::vector<Record>& records, bool custom_data = true);

// Encodes bytes at address as 16-byte data records aligned to the address (as uflash does), starting
// with an ELA record and adding one each time the upper 16 bits change.
std::vector<Record> encode_data(uint32_t address, std::span<const uint8_t> bytes,
                                RecordType data_type = RecordType::Data, size_t record_len = 16);

// A whole image as Intel HEX records: each contiguous block via encode_data, then start records and EOF.
std::vector<Record> encode_image(const DecodedHex& decoded, size_t record_len = 16);

}  // namespace hex
