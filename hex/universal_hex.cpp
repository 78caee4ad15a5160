// Universal Hex split/join, following spec 3.6 and @microbit/microbit-universal-hex 0.2.x.
#include "hex/universal_hex.hpp"

#include <algorithm>
#include <cstdio>

namespace hex {

bool is_v1_board(uint16_t id) { return id == kBoardIdV1 || id == kBoardIdV1_5; }
// 0x9903 and later revisions; the 0x99xx range is the micro:bit's block of DAPLink board ids.
bool is_v2_board(uint16_t id) { return id >= kBoardIdV2 && id <= 0x99FF; }

std::string board_name(uint16_t id) {
    char buf[48];
    const char* what = is_v1_board(id)   ? "micro:bit v1"
                       : is_v2_board(id) ? "micro:bit v2"
                                         : "not a micro:bit";
    std::snprintf(buf, sizeof buf, "0x%04X (%s)", unsigned(id), what);
    return buf;
}

bool is_universal(const std::vector<Record>& records) {
    return records.size() >= 2 && records[0].type == RecordType::ExtLinearAddress &&
           records[1].type == RecordType::BlockStart;
}

std::vector<UhSection> split_universal(const std::vector<Record>& records) {
    std::vector<UhSection> sections;
    UhSection* cur = nullptr;
    Record last_ela = make_ela(0);
    for (size_t i = 0; i < records.size(); ++i) {
        const Record& r = records[i];
        if (r.type == RecordType::EndOfFile) break;  // anything later is metadata no board flashes
        switch (r.type) {
            case RecordType::ExtLinearAddress:
                last_ela = r;
                if (cur) cur->records.push_back(r);
                break;
            case RecordType::BlockStart: {
                uint16_t id = uint16_t(r.data[0] << 8 | r.data[1]);
                if (!is_v1_board(id) && !is_v2_board(id))
                    throw HexError(r.line, "block start for board id " + board_name(id) +
                                               "; expected 0x9900/0x9901 (v1) or 0x9903 and later (v2)");
                auto it = std::find_if(sections.begin(), sections.end(),
                                       [&](const UhSection& s) { return s.board_id == id; });
                if (it == sections.end()) {
                    sections.push_back(UhSection{id, r.line, {}});
                    it = sections.end() - 1;
                }
                cur = &*it;
                // The ELA before a Block Start sets where this block's data goes.
                cur->records.push_back(last_ela);
                break;
            }
            case RecordType::BlockEnd:
            case RecordType::PaddedData:
            case RecordType::OtherData: break;
            case RecordType::Data:
            case RecordType::CustomData:
            case RecordType::ExtSegmentAddress:
            case RecordType::StartSegmentAddress:
            case RecordType::StartLinearAddress: {
                if (!cur)
                    throw HexError(r.line, std::string(record_type_name(r.type)) +
                                               " record before the first block start record");
                if (r.type == RecordType::CustomData && is_v1_board(cur->board_id))
                    throw HexError(r.line, "custom data record (0D) in the section for board " +
                                               board_name(cur->board_id) + ": a v1 DAPLink would skip it");
                Record copy = r;
                if (copy.type == RecordType::CustomData) copy.type = RecordType::Data;
                cur->records.push_back(std::move(copy));
                break;
            }
            case RecordType::EndOfFile: break;
        }
    }
    if (sections.empty()) throw HexError(0, "Universal Hex without any block start record");
    for (auto& s : sections) s.records.push_back(Record{0, RecordType::EndOfFile, 0, {}});
    return sections;
}

namespace {

constexpr size_t kBlockSize = 512;       // Universal Hex sections align to 512 characters of text
constexpr size_t kMaxUhRecordData = 32;  // the Universal Hex spec caps data records at 32 bytes

// findDataFieldLength() of microbit-universal-hex, quirks included: at least 16, and it stops looking
// once the longest length so far has been seen 13 more times.
size_t data_field_length(const std::vector<Record>& records) {
    size_t max_bytes = 16, count = 0;
    for (const Record& r : records) {
        size_t n = r.data.size();
        if (n > max_bytes) {
            max_bytes = n;
            count = 0;
        } else if (n == max_bytes) {
            ++count;
        }
        if (count > 12) break;
    }
    if (max_bytes > kMaxUhRecordData)
        throw HexError(0, "a record has " + std::to_string(max_bytes) +
                              " data bytes; a Universal Hex allows at most 32");
    return max_bytes;
}

Record ela_from_segment(const Record& r) {
    // Only 64 KiB-aligned segments have an exact linear equivalent.
    if ((r.data[0] & 0x0F) || r.data[1] != 0)
        throw HexError(r.line, "extended segment address record cannot become a linear one");
    return make_ela(uint32_t(r.data[0]) << 12);
}

// iHexToCustomFormatSection(): one board's hex as a 512-aligned section. Returns the text and whether
// an EOF record ended it.
std::string custom_format_section(const std::vector<Record>& records, uint16_t board_id) {
    if (records.empty()) return "";
    std::string out;
    size_t len = 0;
    auto add = [&](const Record& r) {
        std::string s = format_record(r);
        len += s.size() + 1;
        out += s;
        out += '\n';
    };
    size_t i = 0;
    if (records[0].type == RecordType::ExtLinearAddress) {
        add(records[0]);
        i = 1;
    } else if (records[0].type == RecordType::ExtSegmentAddress) {
        add(ela_from_segment(records[0]));
        i = 1;
    } else {
        add(make_ela(0));
    }
    add(Record{0, RecordType::BlockStart, 0, {uint8_t(board_id >> 8), uint8_t(board_id), 0xC0, 0xDE}});
    bool v2_data = !is_v1_board(board_id);
    bool eof = false;
    for (; i < records.size(); ++i) {
        const Record& r = records[i];
        if (r.type == RecordType::Data) {
            Record c = r;
            if (v2_data) c.type = RecordType::CustomData;
            add(c);
        } else if (r.type == RecordType::ExtSegmentAddress) {
            add(ela_from_segment(r));
        } else if (r.type == RecordType::ExtLinearAddress) {
            add(r);
        } else if (r.type == RecordType::EndOfFile) {
            eof = true;
            ++i;
            break;
        } else if (r.type == RecordType::BlockStart || r.type == RecordType::CustomData) {
            throw HexError(r.line, "this hex is already a Universal Hex");
        }
        // 03/05 start records and Universal Hex-only types are dropped, as the reference does.
    }
    if (i != records.size()) throw HexError(records[i].line, "records after the end-of-file record");
    len += 12;  // the Block End record without padding, plus its newline
    const size_t no_data_len = 12;
    size_t max_bytes = data_field_length(records);
    auto needed = [&] { return (kBlockSize - len % kBlockSize) % kBlockSize; };
    while (needed() > max_bytes * 2) {
        size_t n = std::min((needed() - no_data_len) >> 1, max_bytes);
        add(Record{0, RecordType::PaddedData, 0, std::vector<uint8_t>(n, 0xFF)});
    }
    out += format_record(RecordType::BlockEnd, 0, std::vector<uint8_t>(needed() >> 1, 0xFF));
    out += '\n';
    if (eof) out += ":00000001FF\n";
    return out;
}

}  // namespace

std::string join_universal(const std::vector<UhInput>& hexes) {
    const std::string eof = ":00000001FF\n";
    std::string out;
    for (size_t k = 0; k < hexes.size(); ++k) {
        std::string s = custom_format_section(hexes[k].records, hexes[k].board_id);
        bool last = k + 1 == hexes.size();
        bool ends_eof = s.size() >= eof.size() && s.compare(s.size() - eof.size(), eof.size(), eof) == 0;
        if (!last && ends_eof) s.resize(s.size() - eof.size());
        out += s;
        if (last && !ends_eof) out += eof;
    }
    return out;
}

}  // namespace hex
