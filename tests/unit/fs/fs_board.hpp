// Test helper: a simulated board (256 KB RAM flash) with a mounted filesystem, plus string helpers.
#pragma once

#include <gtest/gtest.h>

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "fs/filesystem.hpp"
#include "fs/ram_flash.hpp"

namespace fstest {

inline std::vector<uint8_t> bytes_of(const std::string& s) { return {s.begin(), s.end()}; }

// Deterministic content: byte k of file `seed` (never all 0xFF, so erased flash cannot pass for data).
inline std::vector<uint8_t> pattern(size_t n, uint32_t seed) {
    std::vector<uint8_t> v(n);
    uint32_t x = seed * 2654435761u + 12345;
    for (auto& b : v) {
        x = x * 1103515245u + 12345;
        b = uint8_t(x >> 16);
    }
    return v;
}

struct Board {
    std::vector<uint8_t> mem;
    fs::RamFlash ram;
    fs::Fs fs;
    fs::Geometry geo;

    explicit Board(fs::Geometry g = fs::kV1Default, uint32_t flash_size = fs::kV1FlashSize)
        : mem(flash_size, 0xFF), ram(mem.data(), flash_size, g.page_size), geo(g) {}
    int mount(uint32_t start_index = 1) { return fs.mount(ram.flash(), geo, start_index); }

    // Whole-file helpers; gtest failures on unexpected errors.
    int put(const std::string& name, const std::vector<uint8_t>& data, size_t piece = 1000) {
        fs::File f;
        int r = fs.open_write(name, f);
        return r < 0 ? r : write_all(f, data, piece);
    }
    int append(const std::string& name, const std::vector<uint8_t>& data, size_t piece = 1000) {
        fs::File f;
        int r = fs.open_append(name, f);
        return r < 0 ? r : write_all(f, data, piece);
    }
    // Writes data in pieces of `piece` bytes, then closes.
    int write_all(fs::File& f, const std::vector<uint8_t>& data, size_t piece) {
        for (size_t k = 0; k < data.size(); k += piece) {
            size_t len = std::min(piece, data.size() - k);
            int32_t w = fs.write(f, data.data() + k, uint32_t(len));
            if (w < 0) return w;
        }
        return fs.close(f);
    }
    int get(const std::string& name, std::vector<uint8_t>& out) {
        fs::File f;
        int r = fs.open_read(name, f);
        if (r < 0) return r;
        out.clear();
        uint8_t buf[77];  // odd size: reads cross chunk boundaries at varying offsets
        for (int32_t n; (n = fs.read(f, buf, sizeof buf)) > 0;) out.insert(out.end(), buf, buf + n);
        fs.close(f);
        return 0;
    }
    std::vector<std::string> ls() {
        std::vector<std::string> names;
        uint32_t cursor = 0;
        std::string_view name;
        while (fs.next_name(cursor, name)) names.emplace_back(name);
        return names;
    }
    std::map<std::string, std::vector<uint8_t>> all() {
        std::map<std::string, std::vector<uint8_t>> m;
        for (auto& n : ls()) get(n, m[n]);
        return m;
    }
    const uint8_t* chunk(uint32_t i) { return fs.view().chunk(i); }
};

}  // namespace fstest
