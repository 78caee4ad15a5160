// The micro:bit flat filesystem on NOR flash: mount, open/read/write/close, remove, list, sizes.
//
// Byte-exact with the micro:bit firmware (spec 1.2-1.5) for everything that reaches a normal image, plus
// power-loss safety (docs/filesystem.md):
//  * Overwriting a closed file writes the new copy "staged": its first chunk keeps marker 0xFF (invisible
//    to find/listdir) until close() has written end_offset; only then is the old copy freed and the new
//    one marked 0xFE. mount() finishes or drops a staged copy. Needs room for both copies; when there is
//    none the old copy is freed first, as the firmware always does (stats.unsafe_fallbacks counts it).
//  * The sweep compacts one page through the spare page with a journal word, keeping the spare page
//    last and its 0xFD marker in place; mount() finishes an interrupted compaction.
//  * mount() repairs: dirty/orphan/bad-marker chunks become FREED, later duplicate names are freed.
// Every chain walk is bounded by the chunk count. No allocation, no exceptions; the caller owns File.
#pragma once

#include <cstdint>
#include <string_view>

#include "fs/chunks.hpp"
#include "fs/flash.hpp"
#include "fs/layout.hpp"

namespace fs {

// An open file. Lives wherever the caller wants (e.g. inside a Python file object); 4 bytes.
struct File {
    uint8_t head = 0;    // first chunk index; 0 = closed
    uint8_t chunk = 0;   // current chunk
    uint8_t offset = 0;  // data offset in the current chunk (0..126)
    uint8_t flags = 0;   // kWriting | kStaged | kAppend
    static constexpr uint8_t kWriting = 1, kStaged = 2, kAppend = 4;
    bool is_open() const { return head != 0; }
    bool writable() const { return (flags & kWriting) != 0; }
};

struct Stats {
    uint32_t repairs = 0;           // chunks fixed by the last mount
    uint32_t unsafe_fallbacks = 0;  // overwrites that had to free the old copy early (no room for both)
    uint32_t compactions = 0;       // safe one-page sweeps
    uint32_t rolling_sweeps = 0;    // firmware-style sweeps (only for images whose spare page is first)
    uint32_t page_erases = 0;
};

class Fs {
   public:
    // Finds the spare page, finishes interrupted operations, repairs. `start_index` (1..N, from the
    // caller's RNG; out of range is wrapped) is where free-chunk searches begin, spreading wear.
    // Errors: -kIo for an unusable geometry.
    int mount(const Flash& flash, const Geometry& geo, uint32_t start_index);
    bool mounted() const { return view_.n != 0; }
    void set_start_index(uint32_t start_index);

    // Names longer than 120 bytes give -kNotFound, even for writing (as the firmware does).
    int open_read(std::string_view name, File& f);
    int open_write(std::string_view name, File& f);  // -kNoSpace when not even one chunk is free
    // Extension (mode 'a'): a write handle at the end of the file, created when missing. A closed file
    // is copied into a staged overwrite, so a cut leaves the old content or old + appended, whole;
    // -kNoSpace (nothing changed) when there is no room for the copy, and a write that runs out of room
    // drops the new copy alone (the old content stays).
    int open_append(std::string_view name, File& f);
    // Bytes read (0 at the end) or -kBadFile (write handle, or the file was deleted).
    int32_t read(File& f, uint8_t* buf, uint32_t n);
    // n, or -kBadFile, or -kNoSpace (then the partial file is deleted and f is closed, as the firmware).
    int32_t write(File& f, const uint8_t* buf, uint32_t n);
    int close(File& f);  // writes end_offset (and commits a staged overwrite); harmless when closed
    std::string_view name_of(const File& f) const { return view_.name(f.head); }

    int remove(std::string_view name);    // -kNotFound
    int32_t size(std::string_view name);  // bytes, or -kNotFound
    bool exists(std::string_view name) const { return view_.find(name) != 0; }
    // listdir: start with cursor = 0; names in chunk-index order; the view points into flash and is
    // valid until the next write.
    bool next_name(uint32_t& cursor, std::string_view& name) const;

    // Extension (not in the firmware): capacity. Free chunks are blank or freed ones (all reclaimable).
    uint32_t total_chunks() const { return view_.n; }
    uint32_t free_chunks() const;
    // Largest file content a new file with a name of `name_len` bytes can hold right now.
    uint32_t free_bytes_for(uint32_t name_len) const;

    // Moves the spare page to the end (the layout uflash and microbit-fs expect) for images handed to
    // other tools. Only needed for images whose spare page is first (made by the real firmware).
    int normalise();
    int format();  // erase the whole region and mark the spare page last

    const Geometry& geometry() const { return geo_; }
    const ChunkView& view() const { return view_; }
    uint32_t spare_page() const { return spare_; }
    Stats stats;

   private:
    uint32_t addr(uint32_t i) const { return chunk_base_ + (i - 1) * kChunkSize; }
    void write_byte(uint32_t a, uint8_t v) { flash_write_byte(flash_, a, v); }
    void erase(uint32_t page) {
        ++stats.page_erases;
        flash_.erase_page(flash_.ctx, page);
    }
    bool page_clean_spare(uint32_t page) const;
    void set_layout(bool spare_first);
    void free_chain(uint32_t head);
    void cancel_staged(std::string_view name);
    int write_header(uint32_t c, std::string_view name, bool staged);
    uint32_t allocate();
    void sweep();
    void compact(uint32_t page_index);
    void finish_compaction();
    void rolling_sweep_up();
    void repair();
    bool head_ok(const File& f) const;

    Flash flash_{};
    Geometry geo_{};
    ChunkView view_{};
    uint32_t chunk_base_ = 0;
    uint32_t spare_ = 0;
    uint32_t start_index_ = 1;
};

}  // namespace fs
