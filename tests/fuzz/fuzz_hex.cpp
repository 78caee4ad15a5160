// libFuzzer target for the hex reader: any input must give a clean HexError, never a crash or a hang.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "hex/hex_boot.hpp"
#include "hex/hex_build.hpp"
#include "hex/hex_file.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    try {
        hex::HexFile f = hex::read_hex(text);
        // Everything `mbit hex info/ls` and the boot path do with a parsed file.
        for (const auto& s : f.sections) {
            (void)hex::find_layout_table(s.decoded.image);
            try {
                hex::DeviceInfo info = hex::device_info(s.decoded.image);
                hex::FsGeometry g = hex::fs_geometry(s.decoded.image, info);
                (void)hex::fs_usage(s.decoded.image, g);
                (void)hex::read_fs_files(s.decoded.image, g);
            } catch (const hex::HexError&) {
            }
        }
        (void)hex::v1_image(text);
    } catch (const hex::HexError&) {
    }
    return 0;
}
