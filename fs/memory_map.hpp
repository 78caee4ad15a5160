// The micro:bit's memory map (spec 1.3, 3.2, 3.3, 3.5): flash, pages, appended script, UICR, filesystem ends.
// The one definition of these numbers for fs/, the hex library, board/ and every port; it lives in fs/, the
// lowest layer all of them may include.
#pragma once

#include <cstdint>

namespace fs {

// ---- micro:bit v1: nRF51822 ----

inline constexpr uint32_t kV1FlashSize = 0x40000;  // 256 KiB of code flash ("end_of_rom")
inline constexpr uint32_t kV1PageSize = 1024;      // the NVMC erases 1 KiB pages

// FICR, UICR and RAM lie at and above this address: nothing there is code flash.
inline constexpr uint32_t kNonFlashBase = 0x10000000;

// The v1 appended-script block (spec 3.3, deprecated): 'M' 'P', a u16 LE script length, the script, NUL
// padding. The firmware checks only the two marker bytes; the block may not pass its 8 KiB.
inline constexpr uint32_t kAppendedAddress = 0x3E000;
inline constexpr uint32_t kAppendedSize = 0x2000;
inline constexpr uint32_t kAppendedHeader = 4;  // the marker and the length
inline constexpr uint8_t kAppendedMarker0 = 'M';
inline constexpr uint8_t kAppendedMarker1 = 'P';
constexpr bool is_appended_marker(uint8_t b0, uint8_t b1) {
    return b0 == kAppendedMarker0 && b1 == kAppendedMarker1;
}

// The filesystem's end (spec 1.3): the compass calibration page is the last page below the appended
// script when there is one, else the last page of the flash; the filesystem ends where it begins, and its
// last (spare) page is the page before.
constexpr uint32_t v1_calibration_page(bool appended_script) {
    return (appended_script ? kAppendedAddress : kV1FlashSize) - kV1PageSize;
}
constexpr uint32_t v1_fs_end(bool appended_script) { return v1_calibration_page(appended_script); }

// Where the micro:bit MicroPython v1.0.1 firmware ends (227 pages): a board whose UICR says nothing keeps
// that runtime's filesystem (uflash and @microbit/microbit-fs hard-code the same region).
inline constexpr uint32_t kV1DefaultFirmwareEnd = 0x388B8;

// The UICR: one more flash page on the nRF51, outside the code flash.
inline constexpr uint32_t kUicrAddress = 0x10001000;
inline constexpr uint32_t kUicrPageSize = 1024;
// MicroPython's 28 bytes in the UICR's customer words (spec 3.2, tools/adduicr.py in the firmware): the
// firmware's size, which places the filesystem, and its version string.
inline constexpr uint32_t kUicrMicroPythonOffset = 0xC0;  // CUSTOMER[16], from the UICR's start
inline constexpr uint32_t kUicrMicroPython = kUicrAddress + kUicrMicroPythonOffset;
inline constexpr uint32_t kUicrMagicV1 = 0x17EEB07C;
inline constexpr uint32_t kUicrMagicV2 = 0x47EEB07C;  // v2 beta builds used the UICR too
// Offsets inside MicroPython's block; 0xFFFFFFFF words sit at +4 and +16, 0 (regions end) at +24.
inline constexpr uint32_t kUicrMagicAt = 0;         // u32 magic
inline constexpr uint32_t kUicrPageSizeLog2At = 8;  // u32 log2(page size) = 10
inline constexpr uint32_t kUicrStartPageAt = 12;    // u16 first page of the firmware = 0
inline constexpr uint32_t kUicrPagesUsedAt = 14;    // u16 pages the firmware takes (v1.0.1: 227)
inline constexpr uint32_t kUicrVersionAt = 20;      // u32 address of the NUL-terminated version string
inline constexpr uint32_t kUicrMicroPythonSize = 28;

// ---- micro:bit v2: nRF52833 ----

inline constexpr uint32_t kV2FlashSize = 0x80000;  // 512 KiB
inline constexpr uint32_t kV2PageSize = 4096;
inline constexpr uint32_t kV2FsStart = 0x6D000;  // linker symbol _fs_start
inline constexpr uint32_t kV2FsEnd = 0x73000;    // linker symbol _fs_end; microbit-fs's fsEnd for a v2 UICR

}  // namespace fs
