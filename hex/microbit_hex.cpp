// micro:bit hex layout: UICR, flash layout table, filesystem bounds, appended script, uflash 1.x embed.
#include "hex/microbit_hex.hpp"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "fs/layout.hpp"

namespace hex {

const char* board_label(Board b) {
    switch (b) {
        case Board::V1: return "v1";
        case Board::V2: return "v2";
        default: return "unknown";
    }
}

namespace {
constexpr uint32_t kLayoutScanPage = 4096;  // microbit-fs scans for the table in 4 KiB pages

std::string hex32(uint32_t v) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "0x%05X", unsigned(v));
    return buf;
}
}  // namespace

std::optional<UicrInfo> parse_uicr(const MemoryImage& image) {
    uint32_t magic = image.read_u32(fs::kUicrMicroPython + fs::kUicrMagicAt);
    if (magic != fs::kUicrMagicV1 && magic != fs::kUicrMagicV2) return std::nullopt;
    UicrInfo u;
    u.magic = magic;
    u.page_size_log2 = image.read_u32(fs::kUicrMicroPython + fs::kUicrPageSizeLog2At);
    u.start_page = image.read_u16(fs::kUicrMicroPython + fs::kUicrStartPageAt);
    u.pages_used = image.read_u16(fs::kUicrMicroPython + fs::kUicrPagesUsedAt);
    u.version_address = image.read_u32(fs::kUicrMicroPython + fs::kUicrVersionAt);
    return u;
}

const LayoutRegion* LayoutTable::find(uint8_t id) const {
    for (const auto& r : regions)
        if (r.id == id) return &r;
    return nullptr;
}

std::optional<LayoutTable> find_layout_table(const MemoryImage& image) {
    // Visit each 4 KiB page that holds any data, lowest first, as microbit-fs's paginate() does.
    std::vector<uint32_t> pages;
    for (auto [start, len] : image.regions()) {
        if (start >= fs::kNonFlashBase) continue;  // UICR and above are not flash pages
        for (uint64_t p = start / kLayoutScanPage * kLayoutScanPage; p < uint64_t(start) + len;
             p += kLayoutScanPage)
            if (pages.empty() || pages.back() != p) pages.push_back(uint32_t(p));
    }
    for (uint32_t page : pages) {
        uint32_t end = page + kLayoutScanPage;
        if (image.read_u32(end - 4) != kLayoutMagic2 || image.read_u32(end - 16) != kLayoutMagic1) continue;
        LayoutTable t;
        t.end_address = end;
        t.header_address = end - 16;
        t.version = image.read_u16(end - 12);
        t.table_length = image.read_u16(end - 10);
        t.region_count = image.read_u16(end - 8);
        t.page_size_log2 = image.read_u16(end - 6);
        // 16 rows is already more than any real table; this bounds a corrupt count.
        for (uint32_t i = 0; i < std::min<uint32_t>(t.region_count, 16); ++i) {
            uint32_t row = t.header_address - (i + 1) * 16;
            LayoutRegion r;
            r.id = image.read(row, 1)[0];
            r.hash_type = image.read(row + 1, 1)[0];
            r.start_page = image.read_u16(row + 2);
            r.length = image.read_u32(row + 4);
            r.hash_data = uint64_t(image.read_u32(row + 8)) | uint64_t(image.read_u32(row + 12)) << 32;
            if (r.hash_type == 2) r.hash_string = image.read_cstring(uint32_t(r.hash_data));
            t.regions.insert(t.regions.begin(), r);
        }
        return t;
    }
    return std::nullopt;
}

DeviceInfo device_info(const MemoryImage& image) {
    DeviceInfo d;
    if (auto u = parse_uicr(image)) {
        d.source = "UICR";
        d.uicr = u;
        d.board = u->magic == fs::kUicrMagicV1 ? Board::V1 : Board::V2;
        if (u->page_size_log2 < 8 || u->page_size_log2 > 16)
            throw HexError(0,
                           "UICR page size log2 " + std::to_string(u->page_size_log2) + " is not plausible");
        d.page_size = 1u << u->page_size_log2;
        d.flash_size = d.board == Board::V1 ? fs::kV1FlashSize : fs::kV2FlashSize;
        d.runtime_start = u->start_page * d.page_size;
        d.runtime_end = u->pages_used * d.page_size;
        d.fs_start = d.runtime_end;
        d.fs_end = d.board == Board::V1 ? fs::kV1FlashSize : fs::kV2FsEnd;
        d.version = image.read_cstring(u->version_address);
        d.layout = find_layout_table(image);
        return d;
    }
    auto t = find_layout_table(image);
    if (!t) throw HexError(0, "no MicroPython UICR data and no flash layout table: not a MicroPython hex");
    const LayoutRegion* upy = t->find(2);
    const LayoutRegion* fs_region = t->find(3);
    if (!upy) throw HexError(0, "the flash layout table has no MicroPython region (id 2)");
    if (!fs_region) throw HexError(0, "the flash layout table has no filesystem region (id 3)");
    if (t->page_size_log2 < 8 || t->page_size_log2 > 16)
        throw HexError(
            0, "layout table page size log2 " + std::to_string(t->page_size_log2) + " is not plausible");
    d.source = "flash layout table";
    d.board = Board::V2;
    d.page_size = 1u << t->page_size_log2;
    d.flash_size = fs::kV2FlashSize;
    d.runtime_start = 0;
    d.runtime_end = t->end_address;  // the table sits at the end of the runtime's last page
    d.fs_start = fs_region->start_page * d.page_size;
    d.fs_end = d.fs_start + fs_region->length;
    if (uint64_t(d.fs_start) + fs_region->length > fs::kV2FlashSize || fs_region->length == 0)
        throw HexError(0, "the layout table's filesystem region " + hex32(d.fs_start) + " + " +
                              std::to_string(fs_region->length) +
                              " bytes does not lie inside the 512 KiB flash");
    d.version = upy->hash_string;
    d.layout = std::move(t);
    return d;
}

bool has_appended_script(const MemoryImage& image) {
    auto b = image.read(fs::kAppendedAddress, 2);
    return fs::is_appended_marker(b[0], b[1]);
}

std::optional<std::string> read_appended_script(const MemoryImage& image) {
    if (!has_appended_script(image)) return std::nullopt;
    uint32_t len = image.read_u16(fs::kAppendedAddress + 2);
    len = std::min<uint32_t>(len, fs::kAppendedSize - fs::kAppendedHeader);
    auto bytes = image.read(fs::kAppendedAddress + fs::kAppendedHeader, len, 0);
    return std::string(bytes.begin(), bytes.end());
}

FsGeometry fs_geometry(const MemoryImage& image, const DeviceInfo& info) {
    FsGeometry g;
    g.page_size = info.page_size;
    uint32_t end = info.fs_end;
    if (end > fs::kV2FlashSize || end < 2 * info.page_size)
        throw HexError(0, "filesystem end " + hex32(end) + " is outside the flash");
    if (info.board == Board::V1 && info.source == "UICR") {
        if (has_appended_script(image)) end = fs::kAppendedAddress;
        end -= info.page_size;  // the compass calibration page
    }
    g.end = end;
    g.persistent = end - info.page_size;
    g.start = std::max<int64_t>(info.fs_start, int64_t(end) - int64_t(fs::kChunkSize * fs::kMaxChunks));
    if (g.start % info.page_size)
        throw HexError(0, "filesystem start " + hex32(g.start) + " is not aligned to the " +
                              std::to_string(info.page_size) + "-byte flash page");
    if (g.start >= g.persistent)
        throw HexError(0, "no room for a filesystem: runtime ends at " + hex32(info.fs_start) +
                              ", filesystem would end at " + hex32(g.persistent));
    g.chunks = (g.persistent - g.start) / fs::kChunkSize;
    return g;
}

Board guess_board(const MemoryImage& image) {
    if (auto u = parse_uicr(image)) return u->magic == fs::kUicrMagicV1 ? Board::V1 : Board::V2;
    if (find_layout_table(image)) return Board::V2;
    for (auto [start, len] : image.regions())
        if (uint64_t(start) + len > fs::kV1FlashSize && start < fs::kNonFlashBase) return Board::V2;
    return Board::Unknown;
}

// ---- uflash 1.x ----

std::string uflash_hexlify(std::string_view script_in) {
    if (script_in.empty()) return "";
    std::string script;
    for (size_t i = 0; i < script_in.size(); ++i) {
        if (script_in[i] == '\r') {
            script += '\n';
            if (i + 1 < script_in.size() && script_in[i + 1] == '\n') ++i;
        } else {
            script += script_in[i];
        }
    }
    std::vector<uint8_t> data = {fs::kAppendedMarker0, fs::kAppendedMarker1, uint8_t(script.size()),
                                 uint8_t(script.size() >> 8)};
    data.insert(data.end(), script.begin(), script.end());
    data.insert(data.end(), 16 - data.size() % 16, 0);
    if (data.size() > kUflashMaxBlock) throw std::length_error("Python script must be less than 8188 bytes.");
    std::string out = format_record(make_ela(fs::kAppendedAddress));  // ":020000040003F7"
    for (size_t i = 0; i < data.size(); i += 16) {
        out += '\n';
        out += format_record(RecordType::Data, uint16_t(fs::kAppendedAddress + i),
                             std::span(data).subspan(i, std::min<size_t>(16, data.size() - i)));
    }
    return out;
}

namespace {
// Python's str.split() with no argument: runs of whitespace separate, no empty items.
std::vector<std::string_view> split_ws(std::string_view s) {
    std::vector<std::string_view> out;
    size_t i = 0;
    auto ws = [](char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v';
    };
    while (i < s.size()) {
        while (i < s.size() && ws(s[i])) ++i;
        size_t j = i;
        while (j < s.size() && !ws(s[j])) ++j;
        if (j > i) out.push_back(s.substr(i, j - i));
        i = j;
    }
    return out;
}
}  // namespace

std::string uflash_embed(std::string_view runtime_hex, std::string_view py_hex) {
    if (runtime_hex.empty()) throw std::invalid_argument("MicroPython runtime hex required.");
    if (py_hex.empty()) return std::string(runtime_hex);
    auto py = split_ws(py_hex);
    auto rt = split_ws(runtime_hex);
    // Python slicing: [:-5] and [-5:] clamp when the runtime has fewer than 5 lines.
    size_t cut = rt.size() >= 5 ? rt.size() - 5 : 0;
    std::vector<std::string_view> all(rt.begin(), rt.begin() + cut);
    all.insert(all.end(), py.begin(), py.end());
    all.insert(all.end(), rt.begin() + cut, rt.end());
    std::string out;
    for (size_t i = 0; i < all.size(); ++i) {
        if (i) out += '\n';
        out += all[i];
    }
    return out + "\n";
}

}  // namespace hex
