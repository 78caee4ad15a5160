// Boots the simulated v1 board from a hex: the hex's v1 flash contents as a 256 KiB byte array.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace tools {

constexpr uint32_t kV1FlashBytes = 256 * 1024;  // nRF51822 flash

// Given hex text, returns the v1 flash image: kV1FlashBytes bytes, unset bytes 0xFF (erased flash).
// From a Universal Hex it takes the v1 section (board 0x9900, else 0x9901). Data at 0x10000000 and
// above (UICR, RAM metadata) is not flash and is left out. Throws HexError (with line numbers where
// one applies) for a bad hex, a v2-only hex, or flash data outside the first 256 KiB.
std::vector<uint8_t> v1_flash_image(std::string_view hex_text);

}  // namespace tools
