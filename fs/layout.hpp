// Byte layout of the micro:bit flat filesystem (spec 1.1-1.3): chunk format, markers, region geometry.
#pragma once

#include <cstdint>

#include "fs/memory_map.hpp"

namespace fs {

// Chunk format (spec 1.2). Every value is fixed by the firmware and by the tools that build images.
inline constexpr uint32_t kChunkSize = 128;    // LOG_CHUNK_SIZE = 7 in the firmware
inline constexpr uint32_t kDataSize = 126;     // chunk minus the marker byte and the next byte
inline constexpr uint32_t kMaxNameLen = 120;   // MAX_FILENAME_LENGTH; the header must fit one chunk
inline constexpr uint32_t kMaxChunks = 252;    // 1-byte indexes minus the four marker values (v2 limit)
inline constexpr uint32_t kMaxChunksV1 = 240;  // MAX_CHUNKS_IN_FILE_SYSTEM of the v1 firmware

// Byte 0 of a chunk. Any other value 1..N is the index of the previous chunk of the file.
inline constexpr uint8_t kFreed = 0x00;       // deleted, not reusable until its page is erased
inline constexpr uint8_t kPersistent = 0xFD;  // byte 0 of the spare page (not a chunk)
inline constexpr uint8_t kFileStart = 0xFE;   // first chunk of a file
inline constexpr uint8_t kUnused = 0xFF;      // erased flash
inline constexpr uint8_t kNoNext = 0xFF;      // next byte of the last chunk of a file

// Offsets inside a chunk (chunk byte = data offset + 1).
inline constexpr uint32_t kMarkerAt = 0;
inline constexpr uint32_t kEndOffsetAt = 1;  // first chunk only: data offset one past the last byte
inline constexpr uint32_t kNameLenAt = 2;    // first chunk only
inline constexpr uint32_t kNameAt = 3;       // first chunk only
inline constexpr uint32_t kNextAt = 127;

// errno values the firmware raises (MicroPython's numbering); functions return them negated.
enum Error : int {
    kOk = 0,
    kNotFound = 2,  // ENOENT: missing file, and also a name longer than 120 bytes (as the firmware does)
    kIo = 5,        // EIO: the region cannot be used (bad geometry)
    kBadFile = 9,   // EBADF: wrong direction, or the file was deleted under the handle
    kInvalid = 22,  // EINVAL: bad argument (image builder: empty or too-long name)
    kNoSpace = 28,  // ENOSPC
};

// Where the filesystem lives. Pages [start, last_page] inclusive: the chunk pages plus one spare page,
// which is the last page on a fresh board (the firmware may move it to the first page, see sweep).
struct Geometry {
    uint32_t start = 0;
    uint32_t last_page = 0;
    uint32_t page_size = 0;

    constexpr uint32_t end() const { return last_page + page_size; }
    constexpr uint32_t region_size() const { return end() - start; }
    constexpr uint32_t chunk_pages() const { return (last_page - start) / page_size; }
    constexpr uint32_t chunks_per_page() const { return page_size / kChunkSize; }
    constexpr uint32_t chunks() const { return (last_page - start) / kChunkSize; }
    bool valid() const;
};

// v1 (nRF51, 1 KB pages): spec 1.3. `firmware_end` is __etext + data size (or pages_used*1024 from the
// UICR), `appended_script` is true when the appended-script marker is at kAppendedAddress. Returns an
// invalid Geometry when no page is left for the filesystem.
Geometry v1_geometry(uint32_t firmware_end, bool appended_script);

// v2 (nRF52833, 4 KB pages): 0x6D000..0x72000, 160 chunks + the spare page.
Geometry v2_geometry();

// The region of the micro:bit MicroPython v1.0.1 runtime (its firmware ends at kV1DefaultFirmwareEnd):
// 0x38C00..0x3F800, 216 chunks. uflash and @microbit/microbit-fs hard-code it; a blank board uses it.
inline constexpr Geometry kV1Default{0x38C00, v1_fs_end(false) - kV1PageSize, kV1PageSize};

}  // namespace fs
