// NOR flash simulated in RAM: erase to 0xFF, AND-only word writes, erase counters, power cuts.
#include "fs/ram_flash.hpp"

namespace fs {

uint32_t RamFlash::erase_count(uint32_t page_addr) const {
    uint32_t i = page_addr / page_size_;
    return i < kMaxPages ? erases_[i] : 0;
}

const uint8_t* RamFlash::map_cb(void* ctx, uint32_t addr) {
    auto* self = static_cast<RamFlash*>(ctx);
    return self->mem_ + (addr < self->size_ ? addr : 0);
}

uint32_t RamFlash::next_random() {  // xorshift32: deterministic torn erases for a given seed
    seed_ ^= seed_ << 13;
    seed_ ^= seed_ >> 17;
    seed_ ^= seed_ << 5;
    return seed_;
}

// True when this operation is the one the power cut interrupts (and the flash dies after it).
bool RamFlash::cutting() {
    bool cut = ops_ == cut_at_;
    ++ops_;
    if (cut) dead_ = true;
    return cut;
}

void RamFlash::erase_cb(void* ctx, uint32_t page_addr) {
    auto* self = static_cast<RamFlash*>(ctx);
    if (self->dead_) {
        ++self->ops_;
        return;
    }
    bool cut = self->cutting();
    if (page_addr % self->page_size_ != 0 || page_addr >= self->size_) {
        ++self->bad_ops_;
        return;
    }
    uint32_t i = page_addr / self->page_size_;
    if (i < kMaxPages) ++self->erases_[i];
    for (uint32_t w = 0; w < self->page_size_; w += 4) {
        if (cut && (self->next_random() & 1)) continue;  // torn: this word keeps its old bits
        for (uint32_t k = 0; k < 4; ++k) self->mem_[page_addr + w + k] = 0xFF;
    }
}

void RamFlash::write_cb(void* ctx, uint32_t addr, uint32_t value) {
    auto* self = static_cast<RamFlash*>(ctx);
    if (self->dead_) {
        ++self->ops_;
        return;
    }
    if (self->cutting() && (self->next_random() & 1)) return;  // the cut came just before this write
    if (addr % 4 != 0 || addr + 4 > self->size_) {
        ++self->bad_ops_;
        return;
    }
    for (uint32_t k = 0; k < 4; ++k) self->mem_[addr + k] &= uint8_t(value >> (8 * k));
}

}  // namespace fs
