// libFuzzer target: any bytes as a filesystem region (v1 and v2 geometry, spare first or last) must
// mount, list, read, write and remove cleanly: no crash, no hang, no out-of-bounds access.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "fs/filesystem.hpp"
#include "fs/image.hpp"
#include "fs/ram_flash.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 2) return 0;
    const bool v2 = data[0] & 1;
    const fs::Geometry g = v2 ? fs::v2_geometry() : fs::kV1Default;
    const uint32_t flash_size = v2 ? fs::kV2FlashSize : fs::kV1FlashSize;
    std::vector<uint8_t> mem(flash_size, 0xFF);
    // The input fills the region from its start (short inputs leave erased flash behind).
    size_t n = std::min<size_t>(size - 1, g.region_size());
    std::copy(data + 1, data + 1 + n, mem.begin() + g.start);

    // Read-only reader first (what the hex tools use), on the untouched bytes.
    fs::ImageReader reader;
    if (reader.open(g, {mem.data() + g.start, g.region_size()}) == 0) {
        reader.check();
        uint32_t cursor = 0, head;
        std::string_view name;
        std::vector<uint8_t> buf(fs::kMaxChunks * fs::kDataSize);
        while (reader.next_file(cursor, name, head)) reader.read_file(head, buf);
    }

    fs::RamFlash ram(mem.data(), flash_size, g.page_size);
    fs::Fs f;
    if (f.mount(ram.flash(), g, data[0] >> 1) != 0) __builtin_trap();
    std::vector<std::string> names;
    uint32_t cursor = 0;
    std::string_view name;
    while (f.next_name(cursor, name)) names.emplace_back(name);
    uint8_t buf[200];
    for (auto& nm : names) {
        fs::File file;
        if (f.open_read(nm, file) != 0) __builtin_trap();  // listed files can be opened
        int32_t total = 0;
        for (int32_t r; (r = f.read(file, buf, sizeof buf)) > 0;) total += r;
        if (total != f.size(nm)) __builtin_trap();  // read and size agree
    }
    fs::File w;
    if (f.open_write("fuzz.txt", w) == 0) {
        for (int k = 0; k < 10; ++k) f.write(w, data, uint32_t(std::min<size_t>(size, 300)));
        f.close(w);
    }
    for (size_t k = 0; k < names.size(); k += 2) f.remove(names[k]);
    // After the repair, a second mount must find nothing left to repair.
    fs::Fs again;
    again.mount(ram.flash(), g, 1);
    if (again.stats.repairs != 0) __builtin_trap();
    f.normalise();
    return 0;
}
