// Mount-time discovery of the spare page (spec 1.4), recovery of interrupted operations, and repair.
#include "fs/filesystem.hpp"

namespace fs {

void Fs::set_layout(bool spare_first) {
    spare_ = spare_first ? geo_.start : geo_.last_page;
    chunk_base_ = spare_first ? geo_.start + geo_.page_size : geo_.start;
    view_ = ChunkView{flash_.map(flash_.ctx, chunk_base_), geo_.chunks()};
}

int Fs::mount(const Flash& flash, const Geometry& geo, uint32_t start_index) {
    view_ = ChunkView{};
    stats = Stats{};
    if (!geo.valid() || flash.map == nullptr || flash.erase_page == nullptr || flash.write_word == nullptr)
        return -kIo;
    flash_ = flash;
    geo_ = geo;
    if (flash_.map(flash_.ctx, geo_.start)[0] == kPersistent) {
        set_layout(true);  // the firmware's sweep left the spare page first
    } else {
        // Spare page last: a fresh board (blank page), or our compaction was cut (journal), or a torn
        // erase of the spare. Anything else in that page is not data the firmware can see either.
        set_layout(false);
        if (!page_clean_spare(spare_)) {
            const uint8_t* p = flash_.map(flash_.ctx, spare_);
            bool blank = true;
            for (uint32_t k = 0; k < geo_.page_size && blank; ++k) blank = p[k] == 0xFF;
            if (blank) {
                write_byte(spare_, kPersistent);
            } else {
                ++stats.repairs;
                finish_compaction();
            }
        }
    }
    set_start_index(start_index);
    repair();
    return kOk;
}

// Makes the chunk area consistent, so that every later walk sees only well-formed files:
// 1. staged (uncommitted) first chunks: a closed one is committed (old copy freed), an unclosed one freed;
// 2. first chunks with a bad name length, and later files with a name already seen, are freed;
// 3. chunks not reachable from a file (orphans of a cut, bad markers, dirty erased-marker chunks) are
//    marked FREED so their page can be erased and reused.
void Fs::repair() {
    const uint32_t n = view_.n;
    for (uint32_t i = 1; i <= n; ++i) {
        if (!view_.staged_head(i)) continue;
        ++stats.repairs;
        if (!view_.closed(i)) {
            free_chain(i);
            continue;
        }
        uint32_t old = view_.find(view_.name(i));
        if (old != 0) free_chain(old);
        write_byte(addr(i) + kMarkerAt, kFileStart);
    }
    for (uint32_t i = 1; i <= n; ++i) {
        if (view_.marker(i) != kFileStart) continue;
        bool drop = !view_.live_head(i);
        for (uint32_t j = 1; j < i && !drop; ++j) drop = view_.live_head(j) && view_.name(j) == view_.name(i);
        if (drop) {
            ++stats.repairs;
            write_byte(addr(i) + kMarkerAt, kFreed);
        }
    }
    uint32_t seen[(kMaxChunks + 1 + 31) / 32] = {};
    auto mark = [&](uint32_t i) { seen[i / 32] |= 1u << (i % 32); };
    auto is_seen = [&](uint32_t i) { return (seen[i / 32] >> (i % 32)) & 1u; };
    for (uint32_t i = 1; i <= n; ++i) {
        if (!view_.live_head(i)) continue;
        uint32_t c = i;
        for (uint32_t steps = 0; c != 0 && steps < n && !is_seen(c); ++steps) {
            mark(c);
            c = view_.next(c);
        }
    }
    for (uint32_t i = 1; i <= n; ++i) {
        uint8_t m = view_.marker(i);
        if (m == kFreed || m == kFileStart) continue;
        if (m == kUnused ? view_.blank(i) : (view_.valid(m) && is_seen(i))) continue;
        ++stats.repairs;
        write_byte(addr(i) + kMarkerAt, kFreed);
    }
}

}  // namespace fs
