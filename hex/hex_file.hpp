// A whole .hex file read into per-board sections: a plain Intel HEX is one section, a Universal Hex one
// per board id; and the one rule for which section a micro:bit v1 takes. The rest of the library starts
// from here.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "hex/ihex.hpp"
#include "hex/microbit_hex.hpp"

namespace hex {

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
};

// Parses, checks and decodes. Throws HexError (line + what is wrong) on any problem.
HexFile read_hex(std::string_view text);

// The section a micro:bit v1 flashes, its code flash and its UICR alike: in a Universal Hex the 0x9900
// (v1.3) section, else the 0x9901 (v1.5) one, wherever they stand in the file; a plain hex is its own v1
// image unless its layout data says v2 (a v2 UICR magic, or a flash layout table and no v1 UICR). Null
// when there is none.
// The simulated board boots from it (`mbpy --hex`) and `mbit hex` reads and writes it.
const HexSection* v1_section(const HexFile& file);

}  // namespace hex
