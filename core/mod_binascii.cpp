// The binascii module (ubinascii): hex and base64 conversions and crc32, with CPython's results.
#include "core/mod_stdlib.hpp"
#include "core/names.hpp"
#include "core/text.hpp"

#if MBPY_MOD_BINASCII  // config.hpp
namespace core {

static bool data_arg(Value v, std::string_view* out) {
    if (get_buffer(v, out)) return true;
    if (is_str(v) && v.as<Str>()->is_ascii()) return *out = v.as<Str>()->view(), true;
    raise_type_error("a bytes-like object is required, not '%T'"_msg, v);
    return false;
}

static const char hex_digits[] = "0123456789abcdef";

// hexlify(data, sep=None): MicroPython's form; sep goes between every byte.
static Value b_hexlify(const Args& a) {
    std::string_view d, sep;
    if (!data_arg(a.pos[0], &d)) return {};
    Value sep_v = a.n_pos > 1 ? a.pos[1] : kwarg(a, "sep");
    if (sep_v && sep_v != none() && !data_arg(sep_v, &sep)) return {};
    StrBuilder sb;
    for (size_t i = 0; i < d.size(); ++i) {
        if (i && !sep.empty() && !sb.append(sep)) return {};
        uint8_t c = uint8_t(d[i]);
        if (!sb.append_byte(hex_digits[c >> 4]) || !sb.append_byte(hex_digits[c & 15])) return {};
    }
    return sb.finish(&bytes_type);
}

static int hex_val(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

static Value b_unhexlify(const Args& a) {
    std::string_view d;
    if (!data_arg(a.pos[0], &d)) return {};
    if (d.size() % 2) return raise_value_error("Odd-length string"_msg);
    StrBuilder sb;
    if (!sb.reserve(d.size() / 2)) return {};
    for (size_t i = 0; i < d.size(); i += 2) {
        int h = hex_val(d[i]), l = hex_val(d[i + 1]);
        if (h < 0 || l < 0) return raise_value_error("Non-hexadecimal digit found"_msg);
        sb.append_byte(char(h * 16 + l));
    }
    return sb.finish(&bytes_type);
}

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static Value b_b2a_base64(const Args& a) {
    static const char* const allowed[] = {"newline", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    std::string_view d;
    if (!data_arg(a.pos[0], &d)) return {};
    Value nl = kwarg(a, "newline");
    int newline = nl ? truth(nl) : 1;
    if (newline < 0) return {};
    StrBuilder sb;
    if (!sb.reserve((d.size() + 2) / 3 * 4 + 1)) return {};
    for (size_t i = 0; i < d.size(); i += 3) {
        uint32_t n = uint32_t(uint8_t(d[i])) << 16;
        size_t left = d.size() - i;
        if (left > 1) n |= uint32_t(uint8_t(d[i + 1])) << 8;
        if (left > 2) n |= uint8_t(d[i + 2]);
        sb.append_byte(b64[(n >> 18) & 63]);
        sb.append_byte(b64[(n >> 12) & 63]);
        sb.append_byte(left > 1 ? b64[(n >> 6) & 63] : '=');
        sb.append_byte(left > 2 ? b64[n & 63] : '=');
    }
    if (newline) sb.append_byte('\n');
    return sb.finish(&bytes_type);
}

static int b64_val(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+') return 62;
    if (c == '/') return 63;
    return -1;
}

// Non-alphabet characters are skipped and decoding stops at padding, as CPython's non-strict mode.
static Value b_a2b_base64(const Args& a) {
    std::string_view d;
    if (!data_arg(a.pos[0], &d)) return {};
    StrBuilder sb;
    uint32_t acc = 0;
    int bits = 0, quad = 0, pads = 0;
    for (char c : d) {
        if (c == '=') {
            if (quad >= 2 && quad + ++pads >= 4) {
                quad = 0;
                pads = 0;
                acc = 0;
                bits = 0;
                break;
            }
            continue;
        }
        int v = b64_val(c);
        if (v < 0) continue;
        pads = 0;
        acc = (acc << 6) | uint32_t(v);
        bits += 6;
        quad = (quad + 1) & 3;
        if (bits >= 8) {
            bits -= 8;
            if (!sb.append_byte(char((acc >> bits) & 0xFF))) return {};
        }
    }
    if (quad == 1) {
        return raise_value_error(
            "Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a "
            "multiple of 4"_msg,
            int(d.size()));
    }
    if (quad != 0) return raise_value_error("Incorrect padding"_msg);
    return sb.finish(&bytes_type);
}

static Value b_crc32(const Args& a) {
    std::string_view d;
    if (!data_arg(a.pos[0], &d)) return {};
    uint32_t crc = 0;
    if (a.n_pos > 1) {
        Value m = binary_op(BinaryOp::And, a.pos[1], make_int_ll(0xFFFFFFFFll));
        intptr_t c;
        if (!m || !to_intptr(m, &c)) return {};
        crc = uint32_t(c);
    }
    crc = ~crc;
    for (char ch : d) {
        crc ^= uint8_t(ch);
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1)));
    }
    return make_int_ull(~crc);
}

static constexpr NativeFunction f_hexlify = native(q_hexlify, b_hexlify, 1, 2, true);
static constexpr NativeFunction f_unhexlify = native(q_unhexlify, b_unhexlify, 1, 1);
static constexpr NativeFunction f_b2a_base64 = native(q_b2a_base64, b_b2a_base64, 1, 1, true);
static constexpr NativeFunction f_a2b_base64 = native(q_a2b_base64, b_a2b_base64, 1, 1);
static constexpr NativeFunction f_crc32 = native(q_crc32, b_crc32, 1, 2);

static const AttrEntry binascii_entries[] = {
    {&q_hexlify, &f_hexlify},
    {&q_unhexlify, &f_unhexlify},
    {&q_b2a_base64, &f_b2a_base64},
    {&q_a2b_base64, &f_a2b_base64},
    {&q_crc32, &f_crc32},
    {&q_Error, &value_error_type},  // CPython's binascii.Error derives from ValueError
};
const AttrTable binascii_module_table = {binascii_entries,
                                         sizeof(binascii_entries) / sizeof(binascii_entries[0])};

}  // namespace core

#endif  // MBPY_MOD_BINASCII
