// Shared helpers for the hex library's unit tests: golden files and synthetic micro:bit runtimes.
#pragma once

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "hex/hex_file.hpp"
#include "hex/ihex.hpp"

namespace hex_test {

inline std::string golden(const std::string& name) {
    auto dir = std::filesystem::path(__FILE__).parent_path() / ".." / ".." / "golden" / "hex";
    std::ifstream in(dir / name, std::ios::binary);
    if (!in) throw std::runtime_error("no golden file " + (dir / name).string());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// Expects `f` to throw HexError whose line is `line` and whose message contains `part`.
#define EXPECT_HEX_ERROR(stmt, want_line, part)                                         \
    do {                                                                                \
        try {                                                                           \
            stmt;                                                                       \
            ADD_FAILURE() << "no HexError from " #stmt;                                 \
        } catch (const hex::HexError& e) {                                              \
            EXPECT_EQ(e.line(), want_line) << e.what();                                 \
            EXPECT_NE(std::string(e.what()).find(part), std::string::npos) << e.what(); \
        }                                                                               \
    } while (0)

// A synthetic v1 MicroPython runtime: `pages` pages of code bytes, version string inside it, UICR.
inline std::string synthetic_v1(uint16_t pages = 227, const std::string& version = "synthetic v1") {
    hex::DecodedHex h;
    std::vector<uint8_t> code(size_t(pages - 1) * 1024 + 100);
    for (size_t i = 0; i < code.size(); ++i) code[i] = uint8_t(i * 7 + 3);
    uint32_t ver_at = 0x1000;
    for (size_t i = 0; i < version.size(); ++i) code[ver_at + i] = uint8_t(version[i]);
    code[ver_at + version.size()] = 0;
    h.image.write(0, code);
    std::vector<uint8_t> uicr = {0x7C,
                                 0xB0,
                                 0xEE,
                                 0x17,
                                 0xFF,
                                 0xFF,
                                 0xFF,
                                 0xFF,
                                 10,
                                 0,
                                 0,
                                 0,
                                 0,
                                 0,
                                 uint8_t(pages),
                                 uint8_t(pages >> 8),
                                 0xFF,
                                 0xFF,
                                 0xFF,
                                 0xFF,
                                 uint8_t(ver_at),
                                 uint8_t(ver_at >> 8),
                                 0,
                                 0,
                                 0,
                                 0,
                                 0,
                                 0};
    h.image.write(0x100010C0, uicr);
    h.start_linear = 0x00018E21;
    return hex::format_records(hex::encode_image(h));
}

// A synthetic v2 runtime: code, a flash layout table ending at table_end, fs region 0x6D000 + 0x6000.
inline std::string synthetic_v2(uint32_t table_end = 0x62000, const std::string& version = "synthetic v2") {
    hex::DecodedHex h;
    std::vector<uint8_t> code(0x20000);
    for (size_t i = 0; i < code.size(); ++i) code[i] = uint8_t(i * 5 + 1);
    uint32_t ver_at = 0x1C000 + 0x100;
    for (size_t i = 0; i < version.size(); ++i) code[ver_at - 0x1C000 + i] = uint8_t(version[i]);
    code[ver_at - 0x1C000 + version.size()] = 0;
    h.image.write(0x1C000, code);
    auto le16 = [](std::vector<uint8_t>& v, uint32_t x) {
        v.push_back(uint8_t(x));
        v.push_back(uint8_t(x >> 8));
    };
    auto le32 = [&](std::vector<uint8_t>& v, uint32_t x) {
        le16(v, x & 0xFFFF);
        le16(v, x >> 16);
    };
    std::vector<uint8_t> t;
    auto row = [&](uint8_t id, uint8_t ht, uint16_t page, uint32_t len, uint32_t hash) {
        t.push_back(id);
        t.push_back(ht);
        le16(t, page);
        le32(t, len);
        le32(t, hash);
        le32(t, 0);
    };
    row(1, 0, 1, 0x1B000, 0);
    row(2, 2, 0x1C, 0x45F24, ver_at);
    row(3, 0, 0x6D, 0x6000, 0);
    le32(t, 0x597F30FE);
    le16(t, 1);
    le16(t, 48);
    le16(t, 3);
    le16(t, 12);
    le32(t, 0xC1B1D79D);
    h.image.write(table_end - uint32_t(t.size()), t);
    return hex::format_records(hex::encode_image(h));
}

}  // namespace hex_test
