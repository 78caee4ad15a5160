// UTF-8 coding and the small Unicode character database the str methods need (no tables from Unicode.org).
//
// Coverage of the classification and case functions (documented limits, see unicode.cpp):
//   full:         ASCII, Latin-1 Supplement (U+0080..U+00FF), Latin Extended-A (U+0100..U+017F)
//   letters+case: Greek (U+0370..U+03FF), Cyrillic (U+0400..U+04FF: basic and the 0x460.. pairs)
//   letters only: Latin Extended-B, IPA, Armenian, Hebrew, Arabic, Devanagari..., CJK, kana, Hangul
//   digits:       ASCII, superscripts, fullwidth, Arabic-Indic, Devanagari; numerics add vulgar fractions
// Everything else is treated as a printable non-letter symbol, except the known control/format/space
// and private-use ranges, which repr() escapes as CPython does.
// Without MBPY_UNICODE_CHARS (the device, as the original firmware) the classification and case functions
// know ASCII only: any other character is no letter, digit or space and has no case; is_printable (repr)
// keeps its ranges.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace core::unicode {

inline bool is_continuation(uint8_t b) { return (b & 0xC0) == 0x80; }

// Decodes the code point starting at s[*i] and advances *i past it. The text must be valid UTF-8.
uint32_t decode(const char* s, size_t n, size_t* i);
// Writes the UTF-8 form of cp (< 0x110000) into out; returns its length (1..4).
size_t encode(uint32_t cp, char out[4]);
// Checks strict UTF-8 (no overlongs, no surrogates); on failure *bad is the offset of the first bad byte
// and *bad_len the number of bytes that form the invalid sequence; *reason is CPython's wording
// ("invalid start byte", "invalid continuation byte", "unexpected end of data").
bool validate(const char* s, size_t n, size_t* bad, size_t* bad_len, const char** reason);
// Number of code points of valid UTF-8.
size_t char_count(const char* s, size_t n);
// Byte offset of code point number `index` (clamped to n). For ASCII text this is `index` itself.
size_t byte_offset(const char* s, size_t n, size_t index);

bool is_space(uint32_t c);
bool is_alpha(uint32_t c);
bool is_decimal(uint32_t c);  // Nd: the digits int() accepts
bool is_digit(uint32_t c);    // decimal plus superscripts and the like
bool is_numeric(uint32_t c);  // digit plus fractions and other numerics
bool is_upper(uint32_t c);
bool is_lower(uint32_t c);
bool is_titlecase(uint32_t c);
bool is_printable(uint32_t c);  // as str.isprintable() and repr() decide
bool is_cased(uint32_t c);
bool is_id_start(uint32_t c);
bool is_id_continue(uint32_t c);
// Value of a decimal digit (is_decimal), else -1.
int decimal_value(uint32_t c);

// Simple one-to-one case mappings (the character itself when it has none).
uint32_t to_upper(uint32_t c);
uint32_t to_lower(uint32_t c);
uint32_t to_title(uint32_t c);
// The few special cases where one character maps to several (e.g. U+00DF -> "SS"); returns the mapping
// as UTF-8 or an empty view when the simple mapping applies. kind: 'u' upper, 'l' lower, 't' title,
// 'f' casefold.
std::string_view special_case(uint32_t c, char kind);

}  // namespace core::unicode
