// File operations of the flat filesystem: open, read, write with the eager extra chunk, close, remove.
#include "fs/filesystem.hpp"

namespace fs {

namespace {
uint32_t min_u32(uint32_t a, uint32_t b) { return a < b ? a : b; }
}  // namespace

void Fs::set_start_index(uint32_t start_index) {
    uint32_t n = view_.n ? view_.n : 1;
    start_index_ = (start_index == 0 ? 0 : start_index - 1) % n + 1;
}

// Frees a file: 0x00 over every marker, first chunk first (so a cut leaves orphans, which mount frees,
// never a file with a missing middle). No erase here; the page is erased when it is all freed.
void Fs::free_chain(uint32_t head) {
    uint32_t c = head;
    for (uint32_t steps = 0; c != 0 && steps < view_.n; ++steps) {
        uint32_t next = view_.next(c);  // read the link before the marker is cleared
        write_byte(addr(c) + kMarkerAt, kFreed);
        c = next;
    }
}

// A second writer of a name supersedes a staged (uncommitted) copy, as the firmware's second open
// deletes the first writer's file.
void Fs::cancel_staged(std::string_view name) {
    for (uint32_t i = 1; i <= view_.n; ++i)
        if (view_.staged_head(i) && view_.name(i) == name) free_chain(i);
}

int Fs::write_header(uint32_t c, std::string_view name, bool staged) {
    uint8_t hdr[kNameAt + kMaxNameLen];
    hdr[kMarkerAt] = staged ? kUnused : kFileStart;
    hdr[kEndOffsetAt] = 0xFF;  // stays 0xFF until close
    hdr[kNameLenAt] = uint8_t(name.size());
    for (uint32_t k = 0; k < name.size(); ++k) hdr[kNameAt + k] = uint8_t(name[k]);
    uint32_t len = kNameAt + uint32_t(name.size());
    // Name tail first, then the word holding marker + name_len: a cut never leaves a file with a
    // half-written name.
    if (len > 4) flash_write(flash_, addr(c) + 4, hdr + 4, len - 4);
    flash_write(flash_, addr(c), hdr, len < 4 ? len : 4);
    return kOk;
}

int Fs::open_read(std::string_view name, File& f) {
    f = File{};
    uint32_t head = view_.find(name);
    if (head == 0) return -kNotFound;
    f.head = f.chunk = uint8_t(head);
    f.offset = uint8_t(2 + view_.chunk(head)[kNameLenAt]);
    return kOk;
}

int Fs::open_write(std::string_view name, File& f) {
    f = File{};
    if (!mounted() || name.size() > kMaxNameLen) return -kNotFound;
    cancel_staged(name);
    uint32_t old = view_.find(name);
    if (old != 0 && !view_.closed(old)) {  // an unfinished file holds nothing to protect
        free_chain(old);
        old = 0;
    }
    uint32_t c = allocate();
    if (c == 0 && old != 0) {  // no room for two copies: behave as the firmware (free first)
        ++stats.unsafe_fallbacks;
        free_chain(old);
        old = 0;
        c = allocate();
    }
    if (c == 0) return -kNoSpace;
    bool staged = old != 0;
    write_header(c, name, staged);
    f.head = f.chunk = uint8_t(c);
    f.offset = uint8_t(2 + name.size());
    f.flags = File::kWriting | (staged ? File::kStaged : 0);
    return kOk;
}

int Fs::open_append(std::string_view name, File& f) {
    File src;
    if (open_read(name, src) != kOk || !view_.closed(src.head)) return open_write(name, f);
    // Room for the copy, counted as free_bytes_for counts a new file (the old copy is freed only at close).
    if (free_chunks() == 0 || view_.file_size(src.head) > free_bytes_for(uint32_t(name.size()))) {
        f = File{};
        return -kNoSpace;
    }
    int rc = open_write(name, f);
    if (rc != kOk) return rc;
    uint8_t buf[32];  // on the stack: the device's C stack is small
    for (int32_t got; (got = read(src, buf, sizeof buf)) > 0;) {
        int32_t put = write(f, buf, uint32_t(got));
        if (put < 0) return put;  // not expected after the room check; write has closed f
    }
    f.flags |= File::kAppend;
    return kOk;
}

bool Fs::head_ok(const File& f) const {
    if (!view_.valid(f.head)) return false;
    return (f.flags & File::kStaged) ? view_.staged_head(f.head) : view_.marker(f.head) == kFileStart;
}

int32_t Fs::read(File& f, uint8_t* buf, uint32_t n) {
    if (!f.is_open() || f.writable() || !head_ok(f)) return -kBadFile;
    uint32_t done = 0;
    for (uint32_t hops = 0; done < n && hops <= view_.n;) {
        uint32_t start, end;
        view_.data_range(f.head, f.chunk, start, end);
        if (f.offset < end) {
            uint32_t k = min_u32(n - done, end - f.offset);
            const uint8_t* src = view_.chunk(f.chunk) + 1 + f.offset;
            for (uint32_t j = 0; j < k; ++j) buf[done + j] = src[j];
            done += k;
            f.offset = uint8_t(f.offset + k);
            continue;
        }
        uint32_t next = view_.next(f.chunk);
        if (next == 0) break;  // end of file (or of what an unclosed file has completed)
        f.chunk = uint8_t(next);
        f.offset = 0;
        ++hops;
    }
    return int32_t(done);
}

int32_t Fs::write(File& f, const uint8_t* buf, uint32_t n) {
    if (!f.is_open() || !f.writable() || !head_ok(f)) return -kBadFile;
    uint32_t done = 0;
    while (done < n || f.offset == kDataSize) {
        if (f.offset < kDataSize) {
            uint32_t k = min_u32(n - done, kDataSize - f.offset);
            flash_write(flash_, addr(f.chunk) + 1 + f.offset, buf + done, k);
            done += k;
            f.offset = uint8_t(f.offset + k);
            if (f.offset < kDataSize) break;
        }
        // The data area is exactly full: link a new chunk at once (the firmware's eager extra chunk).
        uint32_t next = allocate();
        if (next == 0 && (f.flags & File::kStaged) && (f.flags & File::kAppend)) {
            free_chain(f.head);  // an append keeps the old content rather than make room
            f = File{};
            return -kNoSpace;
        }
        if (next == 0 && (f.flags & File::kStaged)) {
            // No room for both copies: drop the old one now and make this one a plain unclosed file.
            ++stats.unsafe_fallbacks;
            uint32_t old = view_.find(view_.name(f.head));
            if (old != 0) free_chain(old);
            write_byte(addr(f.head) + kMarkerAt, kFileStart);
            f.flags &= uint8_t(~File::kStaged);
            next = allocate();
        }
        if (next == 0) {
            free_chain(f.head);
            f = File{};
            return -kNoSpace;
        }
        // Back link first: a cut before the forward link leaves an orphan, never a dangling link.
        write_byte(addr(next) + kMarkerAt, f.chunk);
        write_byte(addr(f.chunk) + kNextAt, uint8_t(next));
        f.chunk = uint8_t(next);
        f.offset = 0;
    }
    return int32_t(n);
}

int Fs::close(File& f) {
    if (!f.is_open()) return kOk;
    if (f.writable() && head_ok(f)) {
        write_byte(addr(f.head) + kEndOffsetAt, f.offset);
        if (f.flags & File::kStaged) {
            // Commit: the new copy is complete; free the old one, then make the new one visible.
            uint32_t old = view_.find(view_.name(f.head));
            if (old != 0) free_chain(old);
            write_byte(addr(f.head) + kMarkerAt, kFileStart);
        }
    }
    f = File{};
    return kOk;
}

int Fs::remove(std::string_view name) {
    if (!mounted() || name.size() > kMaxNameLen) return -kNotFound;
    cancel_staged(name);
    uint32_t head = view_.find(name);
    if (head == 0) return -kNotFound;
    free_chain(head);
    return kOk;
}

int32_t Fs::size(std::string_view name) {
    uint32_t head = view_.find(name);
    if (head == 0) return -kNotFound;
    return int32_t(view_.file_size(head));
}

bool Fs::next_name(uint32_t& cursor, std::string_view& name) const {
    while (cursor < view_.n) {
        uint32_t i = ++cursor;
        if (view_.live_head(i)) {
            name = view_.name(i);
            return true;
        }
    }
    return false;
}

uint32_t Fs::free_chunks() const {
    uint32_t count = 0;
    for (uint32_t i = 1; i <= view_.n; ++i)
        if (view_.marker(i) == kFreed || view_.blank(i)) ++count;
    return count;
}

uint32_t Fs::free_bytes_for(uint32_t name_len) const {
    uint32_t chunks = free_chunks();
    if (chunks == 0 || name_len > kMaxNameLen) return 0;
    // The eager extra chunk means the content must end before the last free chunk's data is full.
    return chunks * kDataSize - (2 + name_len) - 1;
}

}  // namespace fs
