// The format-spec mini-language ([[fill]align][sign][z][#][0][width][grouping][.precision][type]).
// Parsing and str/format() glue: format.cpp. Numbers under a spec: num_format.cpp.
#pragma once
#include <string_view>

#include "core/runtime.hpp"

namespace core {

struct FormatSpec {       // the ints first, then the chars: 24 bytes on the stack of every number formatted
    uint32_t fill = ' ';  // a code point
    int width = -1;       // -1: none
    int precision = -1;   // -1: none
    int min_digits = 0;   // integers: at least this many digits, zeros in front (%'s "%.3d")
    char align = 0;       // '<' '>' '^' '=' or 0 (default: numbers right, text left)
    char sign = 0;        // '+' '-' ' ' or 0
    bool alternate = false;  // '#'
    bool zero_pad = false;   // '0' before width
    char grouping = 0;       // ',' '_' or 0
    char type = 0;           // 'b' 'c' 'd' 'e' 'E' 'f' 'F' 'g' 'G' 'n' 'o' 's' 'x' 'X' '%' or 0
};

// Parses `spec`; raises ValueError ("Invalid format specifier" etc.) and returns false on error.
bool parse_format_spec(std::string_view spec, FormatSpec* out);
// Pads `body` (already rendered, UTF-8, `body_chars` code points) to the spec's width/fill/align.
bool pad_formatted(StrBuilder& out, std::string_view body, size_t body_chars, const FormatSpec& spec,
                   char default_align);
// The one padding and alignment of format() specs and % (num_format.cpp): [sign][prefix][integer digits,
// grouped][rest of body] to the spec's width. `body` starts with `int_digits` digits (no sign); `multibyte`
// is how many more bytes than code points it has.
bool layout(StrBuilder& out, const FormatSpec& spec, bool negative, std::string_view prefix,
            std::string_view body, size_t int_digits, int group, size_t multibyte = 0);
// int/bool/float/complex under a spec (num_format.cpp). Raises ValueError "Unknown format code 'x' for
// object of type 'float'" etc.
bool format_number(StrBuilder& out, Value number, const FormatSpec& spec);
// A float under a spec whose type is a float's (format_number's float case, called by % directly).
bool format_float(StrBuilder& out, Float d, const FormatSpec& spec);
// format(value, spec) for any value: numbers, str, and objects with __format__ (format.cpp).
Value format_value(Value v, std::string_view spec);

}  // namespace core
