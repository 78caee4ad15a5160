// SAM, the speech synthesiser of the micro:bit firmware: the English-to-phoneme reciter (exact) and a
// small phoneme renderer (an approximation of SAM's formant synthesis, enough to hear and to time).
#pragma once
#include <cstddef>
#include <cstdint>

namespace board::sam {

// The reciter's rules, packed, and character classes (board/sam_rules.cpp).
extern const uint8_t char_flag_table[64];
inline uint8_t char_flags(uint8_t c) {  // the classes of c (bits: sam_rules.cpp)
    c = uint8_t(c - ' ');
    return c < 64 ? char_flag_table[c] : 0;
}
// Where the rules for a character start: its letter's section, or the punctuation and digit rules.
size_t rule_section(uint8_t ch);
// One rule as the firmware stores it: out[1..] `left(match)right=phonemes`, its last byte with bit 7 set,
// and out[0] = 0x80 for the end of the rule before it. `letter` is the section's ('A'..'Z', 0 for the
// punctuation and digits). Moves `at` to the next rule; false past the last.
inline constexpr size_t rule_max = 32;  // bytes of out: the longest rule has 23
bool decode_rule(size_t& at, uint8_t letter, uint8_t* out);

// The firmware's reciter works on a 256-byte buffer: input of up to 255 bytes, output index in 8 bits.
inline constexpr size_t buffer_size = 256;
// English text (up to 255 bytes, stops at '[') to phonemes, NUL-terminated in `out` (buffer_size bytes).
// False when no rule matches (the firmware's reciter gives up the same way).
bool translate(const char* text, size_t n, char* out);

// One phoneme of a parsed phoneme string.
struct Phoneme {
    uint8_t index;   // into the phoneme table (sam_synth.cpp)
    uint8_t stress;  // 0..8
    uint8_t pitch;   // sing mode: the pitch set by "#NNN" before it; 0 = the voice's pitch
};
// Parses SAM phonemes ("/HEHLOW", stress digits 1-8, and in sing mode "#NNN" pitch marks). Returns the
// count, or -1 for a phoneme it does not know ("Phoneme not understood").
int parse(const char* text, size_t n, bool sing, Phoneme* out, size_t cap);
// Renders phonemes as 8-bit samples at `rate` Hz through `sink` (in pieces); returns the milliseconds
// of speech. pitch/speed/mouth/throat as speech.say takes them.
using Sink = void (*)(void* ctx, const uint8_t* samples, size_t n);
uint32_t render(const Phoneme* ph, size_t n, int pitch, int speed, int mouth, int throat, uint32_t rate,
                Sink sink, void* ctx);

}  // namespace board::sam
