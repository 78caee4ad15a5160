// Reads a .hex (plain or Universal) into decoded per-board sections.
#include "hex/hex_file.hpp"

#include <algorithm>

#include "hex/universal_hex.hpp"

namespace hex {

HexFile read_hex(std::string_view text) {
    HexFile f;
    std::vector<Record> records = parse_records(text);
    f.record_count = records.size();
    bool after = false;
    for (const Record& r : records) {
        if (after) ++f.records_after_eof;
        if (r.type == RecordType::EndOfFile) after = true;
        int t = int(r.type);
        if (std::find(f.record_types_seen.begin(), f.record_types_seen.end(), t) == f.record_types_seen.end())
            f.record_types_seen.push_back(t);
    }
    std::sort(f.record_types_seen.begin(), f.record_types_seen.end());
    f.universal = is_universal(records);
    if (f.universal) {
        for (UhSection& u : split_universal(records)) {
            HexSection s;
            s.board_id = u.board_id;
            s.board = is_v1_board(u.board_id) ? Board::V1 : Board::V2;
            s.line = u.line;
            s.records = std::move(u.records);
            s.decoded = decode_records(s.records);
            f.sections.push_back(std::move(s));
        }
    } else {
        for (const Record& r : records)
            if (r.type == RecordType::BlockStart || r.type == RecordType::BlockEnd ||
                r.type == RecordType::CustomData)
                throw HexError(r.line, std::string(record_type_name(r.type)) +
                                           " record in a hex that does not start like a Universal Hex "
                                           "(extended linear address, then block start)");
        HexSection s;
        s.line = records.front().line;
        s.records = std::move(records);
        s.decoded = decode_records(s.records);
        s.board = guess_board(s.decoded.image);
        f.sections.push_back(std::move(s));
    }
    return f;
}

const HexSection* v1_section(const HexFile& file) {
    if (!file.universal) {
        // Data past 256 KiB alone does not make it v2 here: the boot path gives the more precise error.
        const HexSection& s = file.sections[0];
        if (auto uicr = parse_uicr(s.decoded.image)) return uicr->magic == fs::kUicrMagicV1 ? &s : nullptr;
        return find_layout_table(s.decoded.image) ? nullptr : &s;
    }
    // Sections are merged by board id, so each id has at most one.
    for (uint16_t id : {kBoardIdV1, kBoardIdV1_5})
        for (const auto& s : file.sections)
            if (s.board_id == id) return &s;
    return nullptr;
}

}  // namespace hex
