// Reads a .hex (plain or Universal) into decoded per-board sections.
#include "tools/hex_file.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "tools/universal_hex.hpp"

namespace tools {

const HexSection* HexFile::find(Board b) const {
    for (const auto& s : sections)
        if (s.board == b) return &s;
    return nullptr;
}

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

std::string read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error(path + ": " + std::strerror(errno));
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) throw std::runtime_error(path + ": read error");
    return ss.str();
}

}  // namespace tools
