// Rewrites the filesystem or appended script of a hex, section by section.
#include "hex/hex_build.hpp"

#include <stdexcept>

#include "fs/memory_map.hpp"
#include "hex/universal_hex.hpp"

namespace hex {

namespace {

bool is_address_record(const Record& r) {
    return r.type == RecordType::ExtLinearAddress || r.type == RecordType::ExtSegmentAddress;
}

// The records of one plain section with [lo, hi) cleared and `fresh` inserted before the trailing
// records (the first data at or above hi, or the start/EOF records), skipping back over the address
// records that lead to it, as uflash 2's embed_fs_uhex() does.
std::vector<Record> replace_range(const std::vector<Record>& records, uint32_t lo, uint32_t hi,
                                  const std::vector<Record>& fresh) {
    std::vector<Record> kept;
    size_t insert_at = std::string::npos;
    uint32_t base = 0;
    for (const Record& r : records) {
        if (r.type == RecordType::ExtLinearAddress) base = uint32_t(r.data[0] << 24 | r.data[1] << 16);
        if (r.type == RecordType::ExtSegmentAddress) base = uint32_t(r.data[0] << 8 | r.data[1]) << 4;
        if (r.type == RecordType::Data && !r.data.empty()) {
            uint64_t a = uint64_t(base) + r.offset, e = a + r.data.size();
            if (a >= lo && e <= hi) continue;  // inside the region: replaced
            if (a < hi && e > lo)
                throw HexError(r.line, "data record straddles the edge of the region being rewritten");
            if (a >= hi && insert_at == std::string::npos) insert_at = kept.size();
        }
        if ((r.type == RecordType::StartLinearAddress || r.type == RecordType::StartSegmentAddress ||
             r.type == RecordType::EndOfFile) &&
            insert_at == std::string::npos)
            insert_at = kept.size();
        kept.push_back(r);
    }
    if (insert_at == std::string::npos) insert_at = kept.size();
    while (insert_at > 0 && is_address_record(kept[insert_at - 1])) --insert_at;
    kept.insert(kept.begin() + insert_at, fresh.begin(), fresh.end());
    return kept;
}

std::string assemble(const HexFile& file, const std::vector<std::vector<Record>>& sections) {
    if (!file.universal) return format_records(sections[0]);
    std::vector<UhInput> in;
    for (size_t i = 0; i < sections.size(); ++i)
        in.push_back(UhInput{file.sections[i].board_id, sections[i]});
    return join_universal(in);
}

bool has_layout(const HexSection& s) {
    return parse_uicr(s.decoded.image) || find_layout_table(s.decoded.image);
}

}  // namespace

const HexSection* micropython_section(const HexFile& file) {
    if (const HexSection* v1 = v1_section(file); v1 && has_layout(*v1)) return v1;
    for (Board b : {Board::V1, Board::V2, Board::Unknown})
        for (const auto& s : file.sections)
            if (s.board == b && has_layout(s)) return &s;
    return nullptr;
}

std::vector<FsFile> hex_files(const HexFile& file) {
    const HexSection* s = micropython_section(file);
    if (!s) throw HexError(0, "no MicroPython runtime found (no UICR data, no flash layout table)");
    DeviceInfo info = device_info(s->decoded.image);
    return read_fs_files(s->decoded.image, fs_geometry(s->decoded.image, info));
}

std::string hex_with_files(std::string_view hex_text, const std::vector<FsFile>& files) {
    HexFile file = read_hex(hex_text);
    std::vector<std::vector<Record>> out;
    for (const HexSection& s : file.sections) {
        if (!has_layout(s))
            throw HexError(s.line, std::string("section for ") +
                                       (file.universal ? board_name(s.board_id) : "this hex") +
                                       " has no MicroPython runtime (no UICR data, no flash layout table)");
        DeviceInfo info = device_info(s.decoded.image);
        FsGeometry g = fs_geometry(s.decoded.image, info);
        MemoryImage fs_image;
        try {
            // No files: nothing at all, not even the spare-page marker (microbit-fs writes it with a file).
            if (!files.empty()) fs_image = build_fs_image(g, files);
        } catch (const FsFitError& e) {
            // Name the board when a Universal Hex has two filesystems of different sizes.
            if (!file.universal) throw;
            throw FsFitError(std::string(e.what()) + " (in the " + board_label(s.board) + " section)",
                             e.file(), e.too_long_by());
        }
        std::vector<Record> fresh;
        for (auto& [start, bytes] : fs_image.blocks()) {
            auto recs = encode_data(start, bytes);
            fresh.insert(fresh.end(), recs.begin(), recs.end());
        }
        out.push_back(replace_range(s.records, g.start, g.end, fresh));
    }
    return assemble(file, out);
}

std::string hex_with_appended(std::string_view runtime_text, std::string_view script) {
    HexFile file = read_hex(runtime_text);
    std::string py_hex;
    try {
        py_hex = uflash_hexlify(script);
    } catch (const std::length_error&) {
        size_t n = 0;  // length after CRLF/CR -> LF, as uflash measures it
        for (size_t i = 0; i < script.size(); ++i)
            if (!(script[i] == '\r' && i + 1 < script.size() && script[i + 1] == '\n')) ++n;
        throw std::length_error(
            "script is " + std::to_string(n) + " bytes; the appended-script block holds at most " +
            std::to_string(kUflashMaxScript) + " (" + std::to_string(n - kUflashMaxScript) +
            " bytes too long; use the filesystem instead)");
    }
    if (!file.universal) {
        Board b = file.sections[0].board;
        if (b == Board::V2)
            throw HexError(0, "appended scripts exist only on the micro:bit v1; this is a v2 hex");
        return uflash_embed(runtime_text, py_hex);
    }
    std::vector<Record> py;
    if (!py_hex.empty()) py = parse_records(py_hex + "\n:00000001FF\n");
    if (!py.empty()) py.pop_back();  // the EOF we added to satisfy the parser
    const HexSection* v1 = v1_section(file);
    if (!v1) throw HexError(0, "this Universal Hex has no v1 section; appended scripts exist only on v1");
    std::vector<std::vector<Record>> out;
    for (const HexSection& s : file.sections) {
        if (&s == v1)
            out.push_back(
                replace_range(s.records, fs::kAppendedAddress, fs::kAppendedAddress + fs::kAppendedSize, py));
        else
            out.push_back(s.records);
    }
    return assemble(file, out);
}

}  // namespace hex
