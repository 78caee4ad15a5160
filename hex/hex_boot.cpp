// v1 flash and UICR image from a hex (plain or Universal) for the simulated board.
#include "hex/hex_boot.hpp"

#include <algorithm>
#include <cstdio>

#include "fs/memory_map.hpp"
#include "hex/hex_file.hpp"
#include "hex/universal_hex.hpp"

namespace hex {

namespace {

// The line of the first data record that reaches past the code flash.
int line_past_flash(const HexSection& s) {
    uint32_t base = 0;
    for (const Record& r : s.records) {
        if (r.type == RecordType::ExtLinearAddress) base = uint32_t(r.data[0] << 24 | r.data[1] << 16);
        if (r.type == RecordType::ExtSegmentAddress) base = uint32_t(r.data[0] << 8 | r.data[1]) << 4;
        if (r.type == RecordType::Data && uint64_t(base) + r.offset + r.data.size() > fs::kV1FlashSize &&
            base + r.offset < fs::kNonFlashBase)
            return r.line;
    }
    return s.line;
}

}  // namespace

V1Image v1_image(std::string_view hex_text) {
    HexFile f = read_hex(hex_text);
    const HexSection* s = v1_section(f);
    if (!s) {
        const HexSection& other = f.sections.front();
        std::string what =
            f.universal ? "a Universal Hex with no v1 section (only board " + board_name(other.board_id) + ")"
                        : "a micro:bit v2 hex";
        throw HexError(other.line, "this is " + what + "; the simulated board is a micro:bit v1");
    }
    V1Image out;
    out.flash.assign(fs::kV1FlashSize, 0xFF);
    for (auto& [start, data] : s->decoded.image.blocks()) {
        if (start >= fs::kNonFlashBase) continue;
        if (uint64_t(start) + data.size() > fs::kV1FlashSize) {
            char buf[96];
            std::snprintf(buf, sizeof buf, "data at 0x%08X..0x%08X is outside the v1's 256 KiB of flash",
                          unsigned(start), unsigned(start + data.size() - 1));
            throw HexError(line_past_flash(*s), buf);
        }
        std::copy(data.begin(), data.end(), out.flash.begin() + start);
    }
    out.uicr = s->decoded.image.read(fs::kUicrAddress, fs::kUicrPageSize);
    return out;
}

}  // namespace hex
