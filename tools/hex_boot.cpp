// v1 flash image from a hex (plain or Universal) for the simulated board.
#include "tools/hex_boot.hpp"

#include <cstdio>

#include "tools/hex_file.hpp"
#include "tools/universal_hex.hpp"

namespace tools {

namespace {
constexpr uint32_t kNonFlashBase = 0x10000000;  // FICR/UICR/RAM live above here on the nRF51
}

std::vector<uint8_t> v1_flash_image(std::string_view hex_text) {
    HexFile f = read_hex(hex_text);
    const HexSection* s = nullptr;
    for (const auto& sec : f.sections)
        if (sec.board_id == kBoardIdV1) s = &sec;
    if (!s) s = f.find(Board::V1);
    // A plain hex counts as v1 unless its UICR or layout table says v2 (data past 256 KiB alone gets the
    // more precise "outside the flash" error below, with its line).
    if (!s && !f.universal) {
        const MemoryImage& img = f.sections[0].decoded.image;
        bool says_v2 = find_layout_table(img) || (parse_uicr(img) && parse_uicr(img)->magic == kUicrMagicV2);
        if (!says_v2) s = &f.sections[0];
    }
    if (!s) {
        const HexSection& other = f.sections.front();
        std::string what =
            f.universal ? "a Universal Hex with no v1 section (only board " + board_name(other.board_id) + ")"
                        : "a micro:bit v2 hex";
        throw HexError(other.line, "this is " + what + "; the simulated board is a micro:bit v1");
    }
    std::vector<uint8_t> flash(kV1FlashBytes, 0xFF);
    for (auto& [start, data] : s->decoded.image.blocks()) {
        if (start >= kNonFlashBase) continue;
        if (uint64_t(start) + data.size() > kV1FlashBytes) {
            char buf[96];
            std::snprintf(buf, sizeof buf, "data at 0x%08X..0x%08X is outside the v1's 256 KiB of flash",
                          unsigned(start), unsigned(start + data.size() - 1));
            // Name the line of the first record that reaches past the flash.
            int line = s->line;
            uint32_t base = 0;
            for (const Record& r : s->records) {
                if (r.type == RecordType::ExtLinearAddress)
                    base = uint32_t(r.data[0] << 24 | r.data[1] << 16);
                if (r.type == RecordType::ExtSegmentAddress) base = uint32_t(r.data[0] << 8 | r.data[1]) << 4;
                if (r.type == RecordType::Data && uint64_t(base) + r.offset + r.data.size() > kV1FlashBytes &&
                    base + r.offset < kNonFlashBase) {
                    line = r.line;
                    break;
                }
            }
            throw HexError(line, buf);
        }
        std::copy(data.begin(), data.end(), flash.begin() + start);
    }
    return flash;
}

}  // namespace tools
