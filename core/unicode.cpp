// UTF-8 coding and a compact character classification (coverage documented in unicode.hpp).
#include "core/unicode.hpp"

#include "core/config.hpp"

namespace core::unicode {

uint32_t decode(const char* s, size_t n, size_t* i) {
    uint8_t b = static_cast<uint8_t>(s[*i]);
    ++*i;
    if (b < 0x80) return b;
    int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
    uint32_t cp = b & (0x3F >> extra);
    while (extra-- > 0 && *i < n && is_continuation(static_cast<uint8_t>(s[*i]))) {
        cp = (cp << 6) | (static_cast<uint8_t>(s[*i]) & 0x3F);
        ++*i;
    }
    return cp;
}

size_t encode(uint32_t cp, char out[4]) {
    if (cp < 0x80) {
        out[0] = static_cast<char>(cp);
        return 1;
    }
    if (cp < 0x800) {
        out[0] = static_cast<char>(0xC0 | (cp >> 6));
        out[1] = static_cast<char>(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = static_cast<char>(0xE0 | (cp >> 12));
        out[1] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out[2] = static_cast<char>(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = static_cast<char>(0xF0 | (cp >> 18));
    out[1] = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out[2] = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out[3] = static_cast<char>(0x80 | (cp & 0x3F));
    return 4;
}

bool validate(const char* s, size_t n, size_t* bad, size_t* bad_len, const char** reason) {
    size_t i = 0;
    while (i < n) {
        uint8_t b = static_cast<uint8_t>(s[i]);
        if (b < 0x80) {
            ++i;
            continue;
        }
        int extra;
        uint32_t min;
        if (b >= 0xC2 && b <= 0xDF)
            extra = 1, min = 0x80;
        else if (b >= 0xE0 && b <= 0xEF)
            extra = 2, min = 0x800;
        else if (b >= 0xF0 && b <= 0xF4)
            extra = 3, min = 0x10000;
        else {
            *bad = i, *bad_len = 1, *reason = "invalid start byte";
            return false;
        }
        uint32_t cp = b & (0x3F >> extra);
        size_t j = i + 1;
        for (int k = 0; k < extra; ++k, ++j) {
            if (j >= n || !is_continuation(static_cast<uint8_t>(s[j]))) {
                *bad = i, *bad_len = j - i;
                *reason = j >= n ? "unexpected end of data" : "invalid continuation byte";
                return false;
            }
            cp = (cp << 6) | (static_cast<uint8_t>(s[j]) & 0x3F);
            // Like CPython, report overlongs/surrogates/too-large at the first byte only.
            if (k == 0 && ((extra == 2 && cp < 0x20) || (extra == 3 && (cp < 0x10 || cp > 0x10F)) ||
                           (b == 0xED && cp >= 0x360))) {
                *bad = i, *bad_len = 1, *reason = "invalid continuation byte";
                return false;
            }
        }
        if (cp < min || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) {
            *bad = i, *bad_len = 1, *reason = "invalid start byte";
            return false;
        }
        i = j;
    }
    return true;
}

size_t char_count(const char* s, size_t n) {
    size_t c = 0;
    for (size_t i = 0; i < n; ++i) c += !is_continuation(static_cast<uint8_t>(s[i]));
    return c;
}

size_t byte_offset(const char* s, size_t n, size_t index) {
    size_t i = 0;
    while (i < n && index > 0) {
        ++i;
        while (i < n && is_continuation(static_cast<uint8_t>(s[i]))) ++i;
        --index;
    }
    return i;
}

namespace {
// 16 bits: every range but two of the unprintable ones is in the Basic Multilingual Plane (is_printable
// tests those two itself), so each range is 4 bytes of flash, not 8.
struct Range {
    uint16_t lo, hi;
};
template <size_t N>
bool in_ranges(const Range (&r)[N], uint32_t c) {
    for (const Range& x : r)
        if (c >= x.lo && c <= x.hi) return true;
    return false;
}

#if MBPY_UNICODE_CHARS
// Letters outside ASCII (approximating the L* categories of the covered scripts).
constexpr Range alpha_ranges[] = {
    {0xAA, 0xAA},     {0xB5, 0xB5},     {0xBA, 0xBA},     {0xC0, 0xD6},     {0xD8, 0xF6},
    {0xF8, 0x2C1},    {0x2C6, 0x2D1},   {0x2E0, 0x2E4},   {0x2EC, 0x2EC},   {0x2EE, 0x2EE},
    {0x370, 0x374},   {0x376, 0x377},   {0x37A, 0x37D},   {0x37F, 0x37F},   {0x386, 0x386},
    {0x388, 0x38A},   {0x38C, 0x38C},   {0x38E, 0x3A1},   {0x3A3, 0x3F5},   {0x3F7, 0x481},
    {0x48A, 0x52F},   {0x531, 0x556},   {0x561, 0x587},   {0x5D0, 0x5EA},   {0x620, 0x64A},
    {0x904, 0x939},   {0x1E00, 0x1F15}, {0x1F18, 0x1FBC}, {0x3041, 0x3096}, {0x30A1, 0x30FA},
    {0x4E00, 0x9FFF}, {0xAC00, 0xD7A3}, {0xFF21, 0xFF3A}, {0xFF41, 0xFF5A},
};
// First code point of each run of ten decimal digits.
constexpr uint32_t decimal_zeros[] = {0x30, 0x660, 0x6F0, 0x966, 0xFF10};
constexpr Range digit_extra[] = {{0xB2, 0xB3},     {0xB9, 0xB9},     {0x2070, 0x2070},
                                 {0x2074, 0x2079}, {0x2080, 0x2089}, {0x2460, 0x2468}};
constexpr Range numeric_extra[] = {{0xBC, 0xBE},     {0x2150, 0x2182}, {0x3007, 0x3007}, {0x4E00, 0x4E00},
                                   {0x4E03, 0x4E03}, {0x4E07, 0x4E07}, {0x4E09, 0x4E09}, {0x4E5D, 0x4E5D},
                                   {0x4E8C, 0x4E8C}, {0x4E94, 0x4E94}, {0x516B, 0x516B}, {0x516D, 0x516D},
                                   {0x5341, 0x5341}, {0x5343, 0x5343}, {0x56DB, 0x56DB}, {0x767E, 0x767E}};
constexpr Range space_ranges[] = {{0x09, 0x0D},     {0x1C, 0x20},     {0x85, 0x85},     {0xA0, 0xA0},
                                  {0x1680, 0x1680}, {0x2000, 0x200A}, {0x2028, 0x2029}, {0x202F, 0x202F},
                                  {0x205F, 0x205F}, {0x3000, 0x3000}};
#endif
// Control, format, separator, surrogate, private-use and non-character ranges: repr() escapes these.
constexpr Range unprintable[] = {
    {0x00, 0x1F},     {0x7F, 0xA0},     {0xAD, 0xAD},     {0x378, 0x379},   {0x380, 0x383},
    {0x38B, 0x38B},   {0x38D, 0x38D},   {0x3A2, 0x3A2},   {0x600, 0x605},   {0x61C, 0x61C},
    {0x6DD, 0x6DD},   {0x70F, 0x70F},   {0x1680, 0x1680}, {0x180E, 0x180E}, {0x2000, 0x200F},
    {0x2028, 0x202F}, {0x205F, 0x2064}, {0x2065, 0x206F}, {0x3000, 0x3000}, {0xD7FC, 0xF8FF},
    {0xFEFF, 0xFEFF}, {0xFFF0, 0xFFFB}, {0xFFFE, 0xFFFF},
};
}  // namespace

bool is_printable(uint32_t c) {
    if (c >= 0x20 && c < 0x7F) return true;
    if (c > 0xFFFF) return !((c >= 0xE0000 && c <= 0xE00FF) || c >= 0xF0000);  // tags, private use
    return !in_ranges(unprintable, c);
}

#if MBPY_UNICODE_CHARS
bool is_space(uint32_t c) { return in_ranges(space_ranges, c); }

bool is_alpha(uint32_t c) {
    if (c < 0x80) return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    return in_ranges(alpha_ranges, c);
}

int decimal_value(uint32_t c) {
    for (uint32_t z : decimal_zeros)
        if (c >= z && c <= z + 9) return static_cast<int>(c - z);
    return -1;
}
bool is_decimal(uint32_t c) { return decimal_value(c) >= 0; }
bool is_digit(uint32_t c) { return is_decimal(c) || in_ranges(digit_extra, c); }
bool is_numeric(uint32_t c) { return is_digit(c) || in_ranges(numeric_extra, c); }

uint32_t to_lower(uint32_t c) {
    if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 32;
    if (c < 0x100) return c;
    if (c == 0x130) return 'i';
    if ((c <= 0x137 || (c >= 0x14A && c <= 0x177)) && c % 2 == 0) return c + 1;
    if (((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) && c % 2 == 1) return c + 1;
    if (c == 0x178) return 0xFF;
    if (c >= 0x391 && c <= 0x3AB && c != 0x3A2) return c + 32;
    if (c == 0x386) return 0x3AC;
    if (c >= 0x388 && c <= 0x38A) return c + 37;
    if (c == 0x38C) return 0x3CC;
    if (c == 0x38E || c == 0x38F) return c + 63;
    if (c >= 0x410 && c <= 0x42F) return c + 32;
    if (c >= 0x400 && c <= 0x40F) return c + 80;
    if (((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x52F)) &&
        c % 2 == 0)
        return c + 1;
    if (c >= 0x531 && c <= 0x556) return c + 48;
    if (c >= 0xFF21 && c <= 0xFF3A) return c + 32;
    return c;
}

uint32_t to_upper(uint32_t c) {
    if (c < 0x80) return (c >= 'a' && c <= 'z') ? c - 32 : c;
    if (c >= 0xE0 && c <= 0xFE && c != 0xF7) return c - 32;
    if (c == 0xB5) return 0x39C;
    if (c == 0xFF) return 0x178;
    if (c < 0x100) return c;
    if (c == 0x131) return 'I';
    if (c == 0x17F) return 'S';
    if ((c <= 0x137 || (c >= 0x14A && c <= 0x177)) && c % 2 == 1) return c - 1;
    if (((c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E)) && c % 2 == 0) return c - 1;
    if (c >= 0x3B1 && c <= 0x3CB && c != 0x3C2) return c - 32;
    if (c == 0x3C2) return 0x3A3;
    if (c == 0x3AC) return 0x386;
    if (c >= 0x3AD && c <= 0x3AF) return c - 37;
    if (c == 0x3CC) return 0x38C;
    if (c == 0x3CD || c == 0x3CE) return c - 63;
    if (c >= 0x430 && c <= 0x44F) return c - 32;
    if (c >= 0x450 && c <= 0x45F) return c - 80;
    if (((c >= 0x461 && c <= 0x481) || (c >= 0x48B && c <= 0x4BF) || (c >= 0x4D1 && c <= 0x52F)) &&
        c % 2 == 1)
        return c - 1;
    if (c >= 0x561 && c <= 0x586) return c - 48;
    if (c >= 0xFF41 && c <= 0xFF5A) return c - 32;
    return c;
}

uint32_t to_title(uint32_t c) { return to_upper(c); }

bool is_upper(uint32_t c) { return to_lower(c) != c; }
bool is_lower(uint32_t c) {
    // Lowercase letters without an uppercase form still count (CPython's Other_Lowercase / Ll).
    return to_upper(c) != c || c == 0xAA || c == 0xBA || c == 0xDF || c == 0x138 || c == 0x149;
}
bool is_titlecase(uint32_t c) { return c == 0x1C5 || c == 0x1C8 || c == 0x1CB || c == 0x1F2; }
bool is_cased(uint32_t c) { return is_upper(c) || is_lower(c) || is_titlecase(c); }

bool is_id_start(uint32_t c) { return c == '_' || is_alpha(c); }
bool is_id_continue(uint32_t c) { return is_id_start(c) || is_decimal(c) || c == 0xB7; }

std::string_view special_case(uint32_t c, char kind) {
    switch (c) {
        case 0xDF: return kind == 'u' ? "SS" : kind == 't' ? "Ss" : kind == 'f' ? "ss" : "";
        case 0x130: return kind == 'l' || kind == 'f' ? "i\xCC\x87" : "";
        case 0x149: return kind == 'u' || kind == 't' ? "\xCA\xBCN" : kind == 'f' ? "\xCA\xBCn" : "";
        case 0xB5: return kind == 'f' ? "\xCE\xBC" : "";
        case 0x17F: return kind == 'f' ? "s" : "";
        case 0x3C2: return kind == 'f' ? "\xCF\x83" : "";
        default: return "";
    }
}

#else
// ASCII only, as the firmware's str methods: any other character is no letter, digit or space and has no
// case (its '\u00e9'.upper() is '\u00e9', '\u00e9'.isalpha() False). The whitespace is CPython's in ASCII.
bool is_space(uint32_t c) { return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F); }
bool is_alpha(uint32_t c) { return c < 0x80 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
int decimal_value(uint32_t c) { return c >= '0' && c <= '9' ? static_cast<int>(c - '0') : -1; }
bool is_decimal(uint32_t c) { return c >= '0' && c <= '9'; }
bool is_digit(uint32_t c) { return is_decimal(c); }
bool is_numeric(uint32_t c) { return is_decimal(c); }
uint32_t to_lower(uint32_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }
uint32_t to_upper(uint32_t c) { return (c >= 'a' && c <= 'z') ? c - 32 : c; }
uint32_t to_title(uint32_t c) { return to_upper(c); }
bool is_upper(uint32_t c) { return c >= 'A' && c <= 'Z'; }
bool is_lower(uint32_t c) { return c >= 'a' && c <= 'z'; }
bool is_titlecase(uint32_t) { return false; }
bool is_cased(uint32_t c) { return is_alpha(c); }
bool is_id_start(uint32_t c) { return c == '_' || is_alpha(c); }
bool is_id_continue(uint32_t c) { return is_id_start(c) || is_decimal(c); }
std::string_view special_case(uint32_t, char) { return ""; }
#endif  // MBPY_UNICODE_CHARS

}  // namespace core::unicode
