// Boots the simulated v1 board from a hex: the v1 section's code flash and UICR page as byte arrays.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace hex {

// What a micro:bit v1 holds after DAPLink flashes a hex.
struct V1Image {
    std::vector<uint8_t> flash;  // fs::kV1FlashSize bytes, 0xFF (erased) where the hex sets nothing
    std::vector<uint8_t> uicr;   // fs::kUicrPageSize bytes from fs::kUicrAddress, 0xFF where unset
};

// The v1 image of hex text, from v1_section() (hex_file.hpp): both parts come from the same section.
// Data at fs::kNonFlashBase and above other than the UICR page (FICR, RAM metadata) is left out. Throws
// HexError (with line numbers where one applies) for a bad hex, a v2-only hex, or flash data outside
// the first 256 KiB.
V1Image v1_image(std::string_view hex_text);

}  // namespace hex
