// str's constructor, the methods only str has (encode format isdecimal translate maketrans ...) and
// str_locals, the method table of str_type (the methods shared with bytes are in str_methods.cpp).
#include "core/names.hpp"
#include "core/obj_class.hpp"
#include "core/text.hpp"
#include "core/unicode.hpp"

namespace core {

using std::string_view;

Value str_make_new(const Type* type, const Args& args) {
    if (args.n_pos == 1 && args.n_kw == 0) {
        // str(small int) and str(str): the common conversions, without a Printer.
        if (args.pos[0].is_small()) return str_from_int(args.pos[0].small_value());
        if (is_str(args.pos[0])) return args.pos[0];
    }
    static const char* const allowed[] = {"object", "encoding", "errors", nullptr};
    if (!check_kwargs(args, allowed)) return {};
    if (args.n_pos > 3)
        return raise_type_error("str() takes at most 3 arguments (%zu given)"_msg, args.n_pos);
    Value obj = args.n_pos > 0 ? args.pos[0] : kwarg(args, "object");
    Value enc = args.n_pos > 1 ? args.pos[1] : kwarg(args, "encoding");
    Value err = args.n_pos > 2 ? args.pos[2] : kwarg(args, "errors");
    if (!obj) return make_str({});
    if (!enc && !err) return to_str(obj);
    string_view data;
    if (!get_buffer(obj, &data)) {
        if (str_of(obj)) return raise_type_error("decoding str is not supported"_msg);
        return raise_type_error("decoding to str: need a bytes-like object, %T found"_msg, obj);
    }
    return decode_to_str(data, enc, err);
}

namespace {

const Str* self_str(Value v) {
    const Str* s = str_of(v);
    if (!s) raise_type_error("descriptor requires a 'str' object but received a '%T'"_msg, v);
    return s;
}

template <class Pred>
Value str_all(const Args& a, Pred pred, bool empty_result) {
    const Str* s = self_str(a.pos[0]);
    if (!s) return {};
    if (s->len == 0) return py_bool(empty_result);
    for (size_t i = 0; i < s->len;)
        if (!pred(unicode::decode(s->data, s->len, &i))) return py_bool(false);
    return py_bool(true);
}
#if MBPY_STR_METHODS_EXTRA
Value str_isdecimal(const Args& a) { return str_all(a, unicode::is_decimal, false); }
Value str_isnumeric(const Args& a) { return str_all(a, unicode::is_numeric, false); }
Value str_isprintable(const Args& a) { return str_all(a, unicode::is_printable, true); }
Value str_isidentifier(const Args& a) {
    const Str* s = self_str(a.pos[0]);
    if (!s) return {};
    if (s->len == 0) return py_bool(false);
    size_t i = 0;
    if (!unicode::is_id_start(unicode::decode(s->data, s->len, &i))) return py_bool(false);
    while (i < s->len)
        if (!unicode::is_id_continue(unicode::decode(s->data, s->len, &i))) return py_bool(false);
    return py_bool(true);
}
#endif

#if MBPY_STR_CODECS
Value str_encode(const Args& a) {
    static const char* const allowed[] = {"encoding", "errors", nullptr};
    if (!check_kwargs(a, allowed)) return {};
    const Str* s = self_str(a.pos[0]);
    if (!s) return {};
    Value enc = a.n_pos > 1 ? a.pos[1] : kwarg(a, "encoding");
    Value err = a.n_pos > 2 ? a.pos[2] : kwarg(a, "errors");
    return encode_to_bytes(s, enc, err, &bytes_type);
}
#endif

Value str_format(const Args& a) {
    const Str* s = self_str(a.pos[0]);
    if (!s) return {};
    return str_format_args(s, a, 1, Value());
}
#if MBPY_STR_METHODS_EXTRA
Value str_format_map(const Args& a) {
    const Str* s = self_str(a.pos[0]);
    if (!s) return {};
    Args none_args;
    return str_format_args(s, none_args, 0, a.pos[1]);
}

// translate: table[ord(c)] gives None (drop), an int (code point) or a str; LookupError keeps c.
Value str_translate(const Args& a) {
    const Str* s = self_str(a.pos[0]);
    if (!s) return {};
    Value table = a.pos[1];
    StrBuilder sb;
    for (size_t i = 0; i < s->len;) {
        size_t start = i;
        uint32_t c = unicode::decode(s->data, s->len, &i);
        Value r = subscr_load(table, Value::small(c));
        if (!r) {
            if (!exc_matches(state.exc, &lookup_error_type)) return {};
            take_exception();
            sb.append({s->data + start, i - start});
            continue;
        }
        if (r == none()) continue;
        if (const Str* rs = str_of(r)) {
            sb.append(rs->view());
        } else if (is_int(r)) {
            intptr_t cp;
            if (!to_intptr(r, &cp)) return {};
            if (cp < 0 || cp > 0x10FFFF)
                return raise_value_error("character mapping must be in range(0x110000)"_msg);
            sb.append_char(static_cast<uint32_t>(cp));
        } else {
            return raise_type_error("character mapping must return integer, None or str"_msg);
        }
    }
    if (sb.failed()) return {};
    return sb.finish();
}

// str.maketrans(dict) / (x, y) / (x, y, z): a dict from code points to code points, str or None.
// A static method (the table holds it as one): no self.
Value str_maketrans(const Args& a) {
    Dict* d = new_dict(8);
    if (!d) return {};
    Value keep(d);
    if (a.n_pos == 1) {
        if (!is_instance(a.pos[0], &dict_type))
            return raise_type_error("if you give only one argument to maketrans it must be a dict"_msg);
        Dict* src = native_of(a.pos[0]).as<Dict>();
        Value k, v;
        for (size_t pos = 0; dict_next(src, &pos, &k, &v);) {
            if (const Str* ks = str_of(k)) {
                if (ks->char_count() != 1)
                    return raise_value_error("string keys in translate table must be of length 1"_msg);
                size_t i = 0;
                k = Value::small(unicode::decode(ks->data, ks->len, &i));
            } else if (!is_int(k)) {
                return raise_type_error("keys in translate table must be strings or integers"_msg);
            }
            if (!dict_store(d, k, v)) return {};
        }
        return keep;
    }
    const Str* x = str_of(a.pos[0]);
    const Str* y = str_of(a.pos[1]);
    if (!x || !y)
        return raise_type_error("maketrans() argument must be str, not %T"_msg, x ? a.pos[1] : a.pos[0]);
    if (x->char_count() != y->char_count())
        return raise_value_error("the first two maketrans arguments must have equal length"_msg);
    for (size_t i = 0, j = 0; i < x->len;) {
        uint32_t kc = unicode::decode(x->data, x->len, &i);
        uint32_t vc = unicode::decode(y->data, y->len, &j);
        if (!dict_store(d, Value::small(kc), Value::small(vc))) return {};
    }
    if (a.n_pos > 2) {
        const Str* z = str_of(a.pos[2]);
        if (!z) return raise_type_error("maketrans() argument 3 must be str, not %T"_msg, a.pos[2]);
        for (size_t i = 0; i < z->len;)
            if (!dict_store(d, Value::small(unicode::decode(z->data, z->len, &i)), none())) return {};
    }
    return keep;
}
#endif

#if MBPY_STR_CODECS
constexpr NativeFunction f_encode = native(q_encode, str_encode, 1, 3, true);
#endif
constexpr NativeFunction f_format = native(q_format, str_format, 1, var_pos, true);
#if MBPY_STR_METHODS_EXTRA
constexpr NativeFunction f_format_map = native(q_format_map, str_format_map, 2, 2);
constexpr NativeFunction f_isdecimal = native(q_isdecimal, str_isdecimal, 1, 1);
constexpr NativeFunction f_isidentifier = native(q_isidentifier, str_isidentifier, 1, 1);
constexpr NativeFunction f_isnumeric = native(q_isnumeric, str_isnumeric, 1, 1);
constexpr NativeFunction f_isprintable = native(q_isprintable, str_isprintable, 1, 1);
constexpr NativeFunction f_maketrans_fn = native(q_maketrans, str_maketrans, 1, 3);
const MethodWrapper f_maketrans = {{&staticmethod_type}, Value(&f_maketrans_fn)};
constexpr NativeFunction f_translate = native(q_translate, str_translate, 2, 2);
#endif

// clang-format off

#define SHARED_ENTRY(name) {&q_##name, &text_method_##name},
#define OWN_ENTRY(name) {&q_##name, &f_##name},
MBPY_VALUE_CONSTINIT const AttrEntry str_entries[] = {
    MBPY_TEXT_SHARED_METHODS(SHARED_ENTRY)  // methods common with bytes
    OWN_ENTRY(format)
#if MBPY_STR_CODECS
    OWN_ENTRY(encode)
#endif
#if MBPY_STR_METHODS_EXTRA
    SHARED_ENTRY(casefold) OWN_ENTRY(format_map) OWN_ENTRY(isdecimal) OWN_ENTRY(isidentifier) OWN_ENTRY(isnumeric)
    OWN_ENTRY(isprintable) OWN_ENTRY(maketrans) OWN_ENTRY(translate)
#endif
};
#undef SHARED_ENTRY
#undef OWN_ENTRY
// clang-format on

}  // namespace

extern const AttrTable str_locals = {str_entries, sizeof(str_entries) / sizeof(str_entries[0])};

}  // namespace core
