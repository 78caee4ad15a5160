// The codecs str.encode / bytes.decode / str(b, enc) know: utf-8, ascii and latin-1, with CPython's
// error handlers strict, ignore, replace and backslashreplace, and CPython's error messages; without
// MBPY_STR_CODECS text is UTF-8 whatever the encoding says, as on the v1 firmware.
#include "core/text.hpp"
#include "core/unicode.hpp"

namespace core {

#if MBPY_STR_CODECS
namespace {

using std::string_view;

enum class Codec : uint8_t { Utf8, Ascii, Latin1 };
enum class Errors : uint8_t { Strict, Ignore, Replace, BackslashReplace };

// Normalises "UTF_8", "utf8", "Latin-1"... as CPython's codec lookup does (case and '-'/'_' ignored).
bool codec_of(Value enc, Codec* out) {
    if (!enc) {
        *out = Codec::Utf8;
        return true;
    }
    const Str* s = str_of(enc);
    if (!s) {
        raise_type_error("encoding must be str, not %T"_msg, enc);
        return false;
    }
    char norm[16];
    size_t n = 0;
    for (char c : s->view()) {
        if (c == '-' || c == '_' || c == ' ') continue;
        if (n == sizeof norm) break;
        norm[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    }
    string_view k(norm, n);
    if (k == "utf8" || k == "u8")
        *out = Codec::Utf8;
    else if (k == "ascii" || k == "usascii")
        *out = Codec::Ascii;
    else if (k == "latin1" || k == "iso88591" || k == "l1" || k == "latin")
        *out = Codec::Latin1;
    else {
        raise(&lookup_error_type, "unknown encoding: %q"_msg, s);
        return false;
    }
    return true;
}

bool errors_of(Value err, Errors* out) {
    *out = Errors::Strict;
    if (!err) return true;
    const Str* s = str_of(err);
    if (!s) {
        raise_type_error("errors must be str, not %T"_msg, err);
        return false;
    }
    string_view k = s->view();
    if (k == "ignore")
        *out = Errors::Ignore;
    else if (k == "replace")
        *out = Errors::Replace;
    else if (k == "backslashreplace")
        *out = Errors::BackslashReplace;
    else if (k != "strict") {
        raise(&lookup_error_type, "unknown error handler name '%q'"_msg, s);
        return false;
    }
    return true;
}

const char* codec_name(Codec c) {
    return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1";
}

void append_hex_escape(StrBuilder& sb, uint32_t c) {
    Printer p = sb.printer();
    print_hex_escape(p, c);
}

}  // namespace

Value decode_to_str(string_view data, Value encoding, Value errors) {
    Codec codec;
    Errors err;
    if (!codec_of(encoding, &codec) || !errors_of(errors, &err)) return {};
    StrBuilder sb;
    if (!sb.reserve(data.size())) return {};
    size_t i = 0;
    while (i < data.size()) {
        size_t bad = data.size(), bad_len = 0;
        const char* reason = "ordinal not in range(128)";
        if (codec == Codec::Utf8) {
            if (unicode::validate(data.data() + i, data.size() - i, &bad, &bad_len, &reason))
                bad = data.size() - i;
            bad += i;
        } else if (codec == Codec::Ascii) {
            for (bad = i; bad < data.size() && static_cast<uint8_t>(data[bad]) < 0x80;) ++bad;
            bad_len = 1;
        } else {
            for (; i < data.size(); ++i) sb.append_char(static_cast<uint8_t>(data[i]));
            break;
        }
        sb.append(data.substr(i, bad - i));
        if (bad >= data.size()) break;
        switch (err) {
            case Errors::Strict:
                if (bad_len > 1)
                    return raise(&unicode_decode_error_type,
                                 "'%s' codec can't decode bytes in position %zu-%zu: %s"_msg,
                                 codec_name(codec), bad, bad + bad_len - 1, reason);
                return raise(&unicode_decode_error_type,
                             "'%s' codec can't decode byte 0x%c%c in position %zu: %s"_msg, codec_name(codec),
                             "0123456789abcdef"[static_cast<uint8_t>(data[bad]) >> 4],
                             "0123456789abcdef"[data[bad] & 0xF], bad, reason);
            case Errors::Ignore: break;
            case Errors::Replace: sb.append_char(0xFFFD); break;
            case Errors::BackslashReplace:
                for (size_t k = 0; k < bad_len; ++k)
                    append_hex_escape(sb, static_cast<uint8_t>(data[bad + k]));
                break;
        }
        i = bad + bad_len;
    }
    if (sb.failed()) return {};
    return sb.finish(&str_type);
}

Value encode_to_bytes(const Str* s, Value encoding, Value errors, const Type* type) {
    Codec codec;
    Errors err;
    if (!codec_of(encoding, &codec) || !errors_of(errors, &err)) return {};
    string_view data = s->view();
    if (codec == Codec::Utf8 || s->is_ascii()) {
        if (type == &bytearray_type) return Value(new_bytearray(data));
        return make_bytes(data);
    }
    uint32_t limit = codec == Codec::Ascii ? 0x80 : 0x100;
    StrBuilder sb;
    size_t pos = 0;
    for (size_t i = 0; i < data.size(); ++pos) {
        uint32_t c = unicode::decode(data.data(), data.size(), &i);
        if (c < limit) {
            sb.append_byte(static_cast<char>(c));
            continue;
        }
        switch (err) {
            case Errors::Strict: {
                char enc[4];
                size_t n = unicode::encode(c, enc);
                StrBuilder ch;
                ch.append({enc, n});
                Value cs = ch.finish();
                if (cs) cs = ascii_repr(cs);  // CPython shows the character escaped: '\xe9'
                if (!cs) return {};
                return raise(
                    &unicode_encode_error_type,
                    "'%s' codec can't encode character %q in position %zu: ordinal not in range(%d)"_msg,
                    codec_name(codec), cs.as<Str>(), pos, static_cast<int>(limit));
            }
            case Errors::Ignore: break;
            case Errors::Replace: sb.append_byte('?'); break;
            case Errors::BackslashReplace: append_hex_escape(sb, c); break;
        }
    }
    if (sb.failed()) return {};
    if (type == &bytearray_type) return Value(new_bytearray({sb.data(), sb.size()}));
    return sb.finish(&bytes_type);
}

#else

// str(b, encoding, errors): the firmware takes any encoding and errors and keeps the bytes. A str holds
// valid UTF-8, so bytes that are not are the utf-8 codec's UnicodeDecodeError here.
Value decode_to_str(std::string_view data, Value, Value) {
    size_t bad = 0, bad_len = 0;
    const char* reason = "";
    if (unicode::validate(data.data(), data.size(), &bad, &bad_len, &reason)) return make_str(data);
    if (bad_len > 1)
        return raise(&unicode_decode_error_type,
                     "'utf-8' codec can't decode bytes in position %zu-%zu: %s"_msg, bad, bad + bad_len - 1,
                     reason);
    return raise(&unicode_decode_error_type, "'utf-8' codec can't decode byte 0x%c%c in position %zu: %s"_msg,
                 "0123456789abcdef"[static_cast<uint8_t>(data[bad]) >> 4],
                 "0123456789abcdef"[data[bad] & 0xF], bad, reason);
}

// bytes(s, encoding, errors): the str's UTF-8, whatever the encoding, as on the firmware.
Value encode_to_bytes(const Str* s, Value, Value, const Type* type) {
    if (type == &bytearray_type) return Value(new_bytearray(s->view()));
    return make_bytes(s->view());
}
#endif  // MBPY_STR_CODECS

}  // namespace core
