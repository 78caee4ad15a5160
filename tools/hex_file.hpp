// A whole .hex file read into per-board sections: a plain Intel HEX is one section, a Universal Hex one
// per board id. Everything else in tools/ starts from here.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "tools/ihex.hpp"
#include "tools/microbit_hex.hpp"

namespace tools {

struct HexSection {
    uint16_t board_id = 0;  // 0 for a plain Intel HEX
    Board board = Board::Unknown;
    int line = 0;                 // first line of the section (its Block Start for a Universal Hex)
    std::vector<Record> records;  // plain Intel HEX records (0D already turned into 00)
    DecodedHex decoded;
};

struct HexFile {
    bool universal = false;
    std::vector<HexSection> sections;
    size_t record_count = 0;
    size_t records_after_eof = 0;        // MakeCode keeps project metadata after the EOF record
    std::vector<int> record_types_seen;  // each type present, ascending (for `mbit hex info`)

    const HexSection* find(Board b) const;
};

// Parses, checks and decodes. Throws HexError (line + what is wrong) on any problem.
HexFile read_hex(std::string_view text);

// Reads a whole file; throws std::runtime_error naming the path on I/O failure.
std::string read_text_file(const std::string& path);

}  // namespace tools
