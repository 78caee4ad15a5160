// Universal Hex (spec 3.6): split one into per-board Intel HEX record lists, and join them into one.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "hex/ihex.hpp"

namespace hex {

// Board ids carried by Block Start records (the first two data bytes, big-endian).
constexpr uint16_t kBoardIdV1 = 0x9900;    // micro:bit v1.3
constexpr uint16_t kBoardIdV1_5 = 0x9901;  // micro:bit v1.5 (same nRF51, same image)
constexpr uint16_t kBoardIdV2 = 0x9903;    // micro:bit v2.00; 0x9904.. are later v2 revisions

bool is_v1_board(uint16_t id);
bool is_v2_board(uint16_t id);
std::string board_name(uint16_t id);  // e.g. "0x9900 (micro:bit v1)"

// True when the records start like a Universal Hex: an ELA record followed by a Block Start.
bool is_universal(const std::vector<Record>& records);

struct UhSection {
    uint16_t board_id = 0;
    int line = 0;                 // line of its first Block Start record
    std::vector<Record> records;  // a plain Intel HEX: 0D turned into 00, 0A/0B/0C/0E dropped, EOF added
};

// Splits a Universal Hex by board id (blocks with the same id are merged, first-seen order kept).
// Errors (HexError with the line): data before any Block Start, a board id that is not a micro:bit,
// custom data (0D) in a v1 section (a v1 DAPLink would skip it).
std::vector<UhSection> split_universal(const std::vector<Record>& records);

// Joins plain Intel HEX record lists into a Universal Hex in the "sections" layout of
// @microbit/microbit-universal-hex 0.2.x createUniversalHex(): same records, same 0C padding, same
// 512-character alignment, one EOF at the end. Non-v1 data records become 0D.
struct UhInput {
    uint16_t board_id;
    std::vector<Record> records;
};
std::string join_universal(const std::vector<UhInput>& hexes);

}  // namespace hex
