// Free-chunk allocation and garbage collection: page erase of freed pages, the journaled one-page
// compaction through the spare page, and the firmware's rolling sweep (for spare-first images only).
#include "fs/filesystem.hpp"

namespace fs {

namespace {
// Journal in the spare page, beside its 0xFD byte (spare + 0). Only our compaction writes these words;
// the firmware and the tools look at byte 0 of the spare page only.
constexpr uint32_t kStateAt = 4;         // kCopied once the live chunks are in the spare page, then kRestored
constexpr uint32_t kMagicAt = 8;         // written after kParamsAt, so a present magic means valid params
constexpr uint32_t kParamsAt = 12;       // page | slot<<8 | ~page<<16 | ~slot<<24
constexpr uint32_t kMagic = 0x5753424D;  // "MBSW"
constexpr uint32_t kCopied = 0x5A5A5A5A;
constexpr uint32_t kRestored = 0;  // reachable from kCopied by clearing bits only

void put_word(const Flash& f, uint32_t a, uint32_t v) {
    uint8_t b[4] = {uint8_t(v), uint8_t(v >> 8), uint8_t(v >> 16), uint8_t(v >> 24)};
    flash_write(f, a, b, 4);
}
}  // namespace

bool Fs::page_clean_spare(uint32_t page) const {
    const uint8_t* p = flash_.map(flash_.ctx, page);
    if (p[0] != kPersistent) return false;
    for (uint32_t k = 1; k < geo_.page_size; ++k)
        if (p[k] != 0xFF) return false;
    return true;
}

// spec 1.5 allocate(): a blank chunk from start_index (wrapping), else a page whose chunks are all freed
// (erased now), else garbage-collect and retry once. We require the whole chunk to be blank, not just
// its marker: an uncommitted staged first chunk also has marker 0xFF.
uint32_t Fs::allocate() {
    const uint32_t n = view_.n, cpp = geo_.chunks_per_page();
    for (int attempt = 0; attempt < 2; ++attempt) {
        for (uint32_t k = 0; k < n; ++k) {
            uint32_t i = (start_index_ - 1 + k) % n + 1;
            if (view_.marker(i) == kUnused && view_.blank(i)) return i;
        }
        uint32_t freed = 0;
        for (uint32_t k = 0; k < n; ++k) {
            uint32_t i = (start_index_ - 1 + k) % n + 1;
            if (view_.marker(i) != kFreed) continue;
            ++freed;
            if ((i - 1) % cpp != 0) continue;
            bool all = true;
            for (uint32_t j = i; j < i + cpp && all; ++j) all = view_.marker(j) == kFreed;
            if (all) {
                erase(addr(i));
                return i;
            }
        }
        if (freed == 0) return 0;
        sweep();
    }
    return 0;
}

void Fs::sweep() {
    if (spare_ == geo_.start) {  // spare page first: only the firmware's sweep can move it (see docs)
        rolling_sweep_up();
        return;
    }
    // Compact the page with the most freed chunks; ties go to the first one from start_index's page.
    const uint32_t cpp = geo_.chunks_per_page(), pages = geo_.chunk_pages();
    uint32_t best = pages, best_freed = 0;
    uint32_t from = (start_index_ - 1) / cpp;
    for (uint32_t k = 0; k < pages; ++k) {
        uint32_t p = (from + k) % pages, freed = 0;
        for (uint32_t s = 0; s < cpp; ++s) freed += view_.marker(p * cpp + s + 1) == kFreed;
        if (freed > best_freed) best = p, best_freed = freed;
    }
    if (best < pages) compact(best);
}

// Compacts one chunk page through the spare page. Every step is recoverable by finish_compaction():
// the spare keeps its 0xFD byte throughout; the page's first chunk (if live) goes to the spare slot of
// the page's first freed chunk, so slot 0 of the spare holds only 0xFD and the journal.
void Fs::compact(uint32_t page_index) {
    const uint32_t cpp = geo_.chunks_per_page();
    const uint32_t page = chunk_base_ + page_index * geo_.page_size, first = page_index * cpp + 1;
    uint32_t slot = cpp, live = 0;
    for (uint32_t s = 0; s < cpp; ++s) {
        uint32_t i = first + s;
        if (view_.marker(i) == kFreed) {
            if (slot == cpp) slot = s;
        } else if (!view_.blank(i)) {
            live |= 1u << s;
        }
    }
    if (slot == cpp) return;  // nothing to reclaim
    if (live == 0) {
        erase(page);
        return;
    }
    ++stats.compactions;
    if (!page_clean_spare(spare_)) {
        erase(spare_);
        write_byte(spare_, kPersistent);
    }
    uint32_t params = page_index | slot << 8 | (~page_index & 0xFF) << 16 | (~slot & 0xFF) << 24;
    put_word(flash_, spare_ + kParamsAt, params);
    put_word(flash_, spare_ + kMagicAt, kMagic);
    for (uint32_t s = 0; s < cpp; ++s) {
        if (!(live & (1u << s))) continue;
        uint32_t dst = s == 0 ? slot : s;
        flash_write(flash_, spare_ + dst * kChunkSize, view_.chunk(first + s), kChunkSize);
    }
    put_word(flash_, spare_ + kStateAt, kCopied);
    finish_compaction();
}

// Called at the end of compact() and by mount() when the (last) spare page is not clean. If the journal
// says the live chunks are safely in the spare page, (re)builds the page from it; then cleans the spare.
void Fs::finish_compaction() {
    const uint32_t cpp = geo_.chunks_per_page();
    uint32_t state = flash_read_word(flash_, spare_ + kStateAt);
    uint32_t magic = flash_read_word(flash_, spare_ + kMagicAt);
    uint32_t params = flash_read_word(flash_, spare_ + kParamsAt);
    uint32_t p = params & 0xFF, slot = params >> 8 & 0xFF;
    bool ok = magic == kMagic && (params >> 16 & 0xFF) == (~p & 0xFF) && (params >> 24) == (~slot & 0xFF) &&
              p < geo_.chunk_pages() && slot < cpp;
    if (ok && state == kCopied) {
        uint32_t page = chunk_base_ + p * geo_.page_size;
        erase(page);
        const uint8_t* spare = flash_.map(flash_.ctx, spare_);
        for (uint32_t t = 1; t < cpp; ++t) {
            const uint8_t* src = spare + t * kChunkSize;
            bool blank = true;
            for (uint32_t k = 0; k < kChunkSize && blank; ++k) blank = src[k] == 0xFF;
            if (!blank) flash_write(flash_, page + (t == slot ? 0 : t) * kChunkSize, src, kChunkSize);
        }
        put_word(flash_, spare_ + kStateAt, kRestored);
    }
    erase(spare_);
    write_byte(spare_, kPersistent);
}

// The firmware's sweep with the spare page first: shift every chunk page down one page (dropping freed
// chunks), then make the last page the spare. Indexes are kept because chunk_base moves with the data.
// Not power-safe (like the firmware's); used once for an image whose spare page is first.
void Fs::rolling_sweep_up() {
    ++stats.rolling_sweeps;
    const uint32_t ps = geo_.page_size, cpp = geo_.chunks_per_page();
    for (uint32_t page = geo_.start; page < geo_.last_page; page += ps) {
        erase(page);
        const uint8_t* src = flash_.map(flash_.ctx, page + ps);
        for (uint32_t s = 0; s < cpp; ++s) {
            const uint8_t* c = src + s * kChunkSize;
            if (c[kMarkerAt] != kFreed) flash_write(flash_, page + s * kChunkSize, c, kChunkSize);
        }
    }
    erase(geo_.last_page);
    write_byte(geo_.last_page, kPersistent);
    set_layout(false);
}

int Fs::normalise() {
    if (!mounted()) return -kIo;
    if (spare_ == geo_.start) rolling_sweep_up();
    return kOk;
}

int Fs::format() {
    if (!geo_.valid() || flash_.map == nullptr) return -kIo;
    for (uint32_t page = geo_.start; page <= geo_.last_page; page += geo_.page_size) erase(page);
    write_byte(geo_.last_page, kPersistent);
    set_layout(false);
    return kOk;
}

}  // namespace fs
