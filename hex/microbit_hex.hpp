// What a micro:bit MicroPython hex holds: UICR (v1), flash layout table (v2), version, filesystem
// region (spec 3.2, 3.5, 1.3), the v1 appended script (3.3), and uflash 1.x's script embedding (3.4).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fs/memory_map.hpp"
#include "hex/ihex.hpp"

namespace hex {

enum class Board { Unknown, V1, V2 };
const char* board_label(Board b);  // "v1", "v2", "unknown"

// MicroPython's UICR customer block at fs::kUicrMicroPython (spec 3.2; layout in fs/memory_map.hpp).
struct UicrInfo {
    uint32_t magic = 0;
    uint32_t page_size_log2 = 0;
    uint16_t start_page = 0;
    uint16_t pages_used = 0;
    uint32_t version_address = 0;
};
std::optional<UicrInfo> parse_uicr(const MemoryImage& image);

// The v2 flash layout table (spec 3.5): rows below a 16-byte header that ends a 4 KiB page.
constexpr uint32_t kLayoutMagic1 = 0x597F30FE;
constexpr uint32_t kLayoutMagic2 = 0xC1B1D79D;
struct LayoutRegion {
    uint8_t id = 0;         // 1 SoftDevice, 2 MicroPython, 3 filesystem
    uint8_t hash_type = 0;  // 0 none, 1 8 bytes of data, 2 pointer to a NUL-terminated string
    uint16_t start_page = 0;
    uint32_t length = 0;
    uint64_t hash_data = 0;
    std::string hash_string;  // for hash_type 2
};
struct LayoutTable {
    uint32_t header_address = 0;  // where the 16-byte header starts
    uint32_t end_address = 0;     // end of the page the table ends
    uint16_t version = 0, table_length = 0, region_count = 0, page_size_log2 = 0;
    std::vector<LayoutRegion> regions;  // region 1 first
    const LayoutRegion* find(uint8_t id) const;
};
std::optional<LayoutTable> find_layout_table(const MemoryImage& image);

// The device memory layout, as @microbit/microbit-fs getHexMapDeviceMemInfo() derives it:
// UICR first, then the layout table.
struct DeviceInfo {
    Board board = Board::Unknown;
    std::string source;  // "UICR" or "flash layout table"
    uint32_t page_size = 0, flash_size = 0;
    uint32_t runtime_start = 0, runtime_end = 0, fs_start = 0, fs_end = 0;
    std::string version;  // the runtime's version string
    std::optional<UicrInfo> uicr;
    std::optional<LayoutTable> layout;
};
// Throws HexError when the image has neither MicroPython UICR data nor a layout table.
DeviceInfo device_info(const MemoryImage& image);

// v1 appended-script block (spec 3.3; address, size and marker in fs/memory_map.hpp).
bool has_appended_script(const MemoryImage& image);  // the "MP" marker at fs::kAppendedAddress
// The script the firmware would run: `len` bytes after the 4-byte header (clamped to the block).
std::optional<std::string> read_appended_script(const MemoryImage& image);

// The filesystem region by microbit-fs's rules (spec 3.5 "FS bounds"): chunks fill [start, persistent),
// the persistent page is [persistent, persistent + page). Also the firmware's own view (spec 1.3).
struct FsGeometry {
    uint32_t start = 0;
    uint32_t persistent = 0;  // start of the last page (the 0xFD spare page)
    uint32_t end = 0;         // persistent + page_size: the region's exclusive end
    uint32_t page_size = 0;
    uint32_t chunks = 0;                                          // (persistent - start) / 128
    uint32_t storage_size() const { return persistent - start; }  // microbit-fs getStorageSize()
};
// Throws HexError when the start is not page aligned (microbit-fs's check) or the region is empty.
FsGeometry fs_geometry(const MemoryImage& image, const DeviceInfo& info);

// Board of a plain (single-image) hex: UICR magic, layout table, then data above 256 KiB means v2;
// Unknown when nothing tells.
Board guess_board(const MemoryImage& image);

// ---- uflash 1.x appended-script embedding (byte-identical with uflash 1.2.4) ----
constexpr size_t kUflashMaxBlock = 8188;  // uflash's _MAX_SIZE: the padded block may not exceed it
// hexlify(script): CRLF/CR -> LF, "MP"+u16 len+script, NUL padded (1..16), ELA + 16-byte records.
// Throws std::length_error with uflash's message when too long. Empty script -> "".
std::string uflash_hexlify(std::string_view script);
// embed_hex(runtime, py_hex): py lines inserted before the runtime's last 5 lines, "\n" joined + "\n".
std::string uflash_embed(std::string_view runtime_hex, std::string_view py_hex);
// The largest script uflash 1.x accepts (after line-ending normalisation).
constexpr size_t kUflashMaxScript = 8171;

}  // namespace hex
