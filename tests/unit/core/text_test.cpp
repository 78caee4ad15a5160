// Unit tests of the text functions (str/bytes methods, format specs, % and str.format, codecs, Unicode)
// called directly, without the compiler or the VM. Python-level behaviour is covered by tests/lang.
#include <gtest/gtest.h>

#include <initializer_list>
#include <string>

#include "core/gc.hpp"
#include "core/obj_containers.hpp"
#include "core/text.hpp"
#include "core/unicode.hpp"
#include "tests/support/bare_heap.hpp"

using namespace core;

namespace {

alignas(16) char heap[1 << 20];

class Text : public ::testing::Test {
   protected:
    void SetUp() override {
        // Only what the text code needs (the interned-name table is made on first use).
        test_support::init_bare_heap(heap, sizeof heap);
        state.modules = new_dict(4);
        state.builtins = new_dict(4);
    }
};

void collect(void* ctx, const char* d, size_t n) { static_cast<std::string*>(ctx)->append(d, n); }

// repr of v, or "EXC <repr of the exception>" when v is null.
std::string show(Value v) {
    std::string out;
    Printer p(collect, &out);
    if (!v) {
        Value e = take_exception();
        out = "EXC ";
        print_value(p, e, PrintKind::Repr);
        return out;
    }
    print_value(p, v, PrintKind::Repr);
    return out;
}

Value S(std::string_view s) { return make_str(s); }
Value B(std::string_view s) { return make_bytes(s); }
Value I(intptr_t i) { return Value::small(i); }

Value meth(Value self, const char* name, std::initializer_list<Value> args) {
    Value n = intern(name);
    Value a[8];
    size_t k = 0;
    for (Value x : args) a[k++] = x;
    return call_method(self, n.as<Str>(), k, a);
}

}  // namespace

TEST_F(Text, Utf8DecodeEncodeValidate) {
    const char s[] = "a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80";
    size_t i = 0, n = sizeof s - 1;
    EXPECT_EQ(unicode::decode(s, n, &i), 'a');
    EXPECT_EQ(unicode::decode(s, n, &i), 0xE9u);
    EXPECT_EQ(unicode::decode(s, n, &i), 0x20ACu);
    EXPECT_EQ(unicode::decode(s, n, &i), 0x1F600u);
    EXPECT_EQ(i, n);
    char buf[4];
    EXPECT_EQ(unicode::encode(0x1F600, buf), 4u);
    EXPECT_EQ(std::string(buf, 4), "\xF0\x9F\x98\x80");
    EXPECT_EQ(unicode::char_count(s, n), 4u);
    EXPECT_EQ(unicode::byte_offset(s, n, 2), 3u);
    size_t bad, bad_len;
    const char* reason;
    EXPECT_TRUE(unicode::validate(s, n, &bad, &bad_len, &reason));
    EXPECT_FALSE(unicode::validate("ab\xFF", 3, &bad, &bad_len, &reason));
    EXPECT_EQ(bad, 2u);
    EXPECT_STREQ(reason, "invalid start byte");
    EXPECT_FALSE(unicode::validate("\xE4\xB8", 2, &bad, &bad_len, &reason));
    EXPECT_EQ(bad_len, 2u);
    EXPECT_STREQ(reason, "unexpected end of data");
    EXPECT_FALSE(unicode::validate("\xED\xA0\x80", 3, &bad, &bad_len, &reason));  // surrogate
}

TEST_F(Text, UnicodeClasses) {
    EXPECT_FALSE(unicode::is_alpha('1'));
    EXPECT_TRUE(unicode::is_alpha('q'));
    EXPECT_EQ(unicode::to_upper('q'), static_cast<uint32_t>('Q'));
    EXPECT_FALSE(unicode::is_printable(0x200B));  // repr's table stays in every build
    EXPECT_TRUE(unicode::is_printable(0x1F600));
    if (MBPY_UNICODE_CHARS) {
        EXPECT_TRUE(unicode::is_alpha(0xE9));
        EXPECT_EQ(unicode::to_upper(0xE9), 0xC9u);
        EXPECT_EQ(unicode::to_lower(0x3A3), 0x3C3u);
        EXPECT_EQ(unicode::to_upper(0xFF), 0x178u);
        EXPECT_TRUE(unicode::is_digit(0xB2));
        EXPECT_FALSE(unicode::is_decimal(0xB2));
        EXPECT_TRUE(unicode::is_numeric(0xBD));
        EXPECT_TRUE(unicode::is_space(0xA0));
        EXPECT_EQ(unicode::special_case(0xDF, 'u'), "SS");
    } else {  // ASCII only, as the firmware's str methods
        EXPECT_FALSE(unicode::is_alpha(0xE9));
        EXPECT_EQ(unicode::to_upper(0xE9), 0xE9u);
        EXPECT_EQ(unicode::to_lower(0x3A3), 0x3A3u);
        EXPECT_FALSE(unicode::is_digit(0xB2));
        EXPECT_FALSE(unicode::is_numeric(0xBD));
        EXPECT_FALSE(unicode::is_space(0xA0));
        EXPECT_TRUE(unicode::is_space('\t'));
        EXPECT_EQ(unicode::special_case(0xDF, 'u'), "");
    }
}

TEST_F(Text, StrMethods) {
    EXPECT_EQ(show(meth(S("a,b,,c"), "split", {S(",")})), "['a', 'b', '', 'c']");
    EXPECT_EQ(show(meth(S("  a b  "), "split", {})), "['a', 'b']");
    EXPECT_EQ(show(meth(S("  a b  c "), "rsplit", {none(), I(1)})), "['  a b', 'c']");
    EXPECT_EQ(show(meth(S("stra\xC3\x9F"
                          "e"),
                        "upper", {})),
              MBPY_UNICODE_CHARS ? "'STRASSE'"
                                 : "'STRA\xC3\x9F"
                                   "E'");  // ASCII only: the firmware's answer
    EXPECT_EQ(show(meth(S("h\xC3\xA9llo"), "find", {S("l")})), "2");
    EXPECT_EQ(show(meth(S("abcabc"), "rfind", {S("b"), I(0), I(-2)})), "1");
    EXPECT_EQ(show(meth(S("abc"), "index", {S("z")})), "EXC ValueError('substring not found')");
    EXPECT_EQ(show(meth(S("aaa"), "replace", {S("a"), S("bb"), I(2)})), "'bbbba'");
    EXPECT_EQ(show(meth(S("abc"), "replace", {S(""), S("-")})), "'-a-b-c-'");
    EXPECT_EQ(show(meth(S("xxhixx"), "strip", {S("x")})), "'hi'");
    EXPECT_EQ(show(meth(S("a"), "find", {I(1)})), "EXC TypeError('must be str, not int')");
    if (MBPY_STR_METHODS_EXTRA) {
        if (MBPY_UNICODE_CHARS) {
            EXPECT_EQ(show(meth(S("h\xC3\xA9llo w\xC3\xB6rld"), "title", {})), "'H\xC3\xA9llo W\xC3\xB6rld'");
        }
        EXPECT_EQ(show(meth(S("abc"), "center", {I(8), S("*")})), "'**abc***'");
        EXPECT_EQ(show(meth(S("a\nb\r\nc"), "splitlines", {py_bool(true)})), "['a\\n', 'b\\r\\n', 'c']");
        EXPECT_EQ(show(meth(S("-42"), "zfill", {I(6)})), "'-00042'");
        EXPECT_EQ(show(meth(S("a.b.c"), "rpartition", {S(".")})), "('a.b', '.', 'c')");
        EXPECT_EQ(show(meth(S("Hello World"), "istitle", {})), "True");
        EXPECT_EQ(show(meth(S("a\tbc\td"), "expandtabs", {I(4)})), "'a   bc  d'");
    } else {  // the firmware's str has none of them
        EXPECT_EQ(show(meth(S("abc"), "center", {I(8)})),
                  "EXC AttributeError(\"'str' object has no attribute 'center'\")");
    }
}

TEST_F(Text, StrOperatorsAndIndexing) {
    EXPECT_EQ(show(str_binary_op(BinaryOp::Mul, S("ab"), I(3))), "'ababab'");
    EXPECT_EQ(show(str_binary_op(BinaryOp::ReverseMul, S("ab"), I(2))), "'abab'");
    EXPECT_EQ(show(str_binary_op(BinaryOp::Add, S("ab"), I(3))),
              "EXC TypeError('can only concatenate str (not \"int\") to str')");
    EXPECT_EQ(show(str_binary_op(BinaryOp::Contains, S("abc"), S("bc"))), "True");
    EXPECT_EQ(show(str_binary_op(BinaryOp::Lt, S("\xC3\xA9"), S("z"))), "False");
    Value u = S("h\xC3\xA9\xE2\x82\xAC!");
    EXPECT_EQ(show(str_subscr(u, I(2), Value())), "'\xE2\x82\xAC'");
    EXPECT_EQ(show(str_subscr(u, I(-4), Value())), "'h'");
    EXPECT_EQ(show(str_subscr(u, I(4), Value())), "EXC IndexError('string index out of range')");
    EXPECT_EQ(show(str_subscr(B("ab"), I(1), Value())), "98");
}

TEST_F(Text, Repr) {
    EXPECT_EQ(show(S("it's")), "\"it's\"");
    EXPECT_EQ(show(S("both ' and \"")), "'both \\' and \"'");
    EXPECT_EQ(show(S("\t\n\x01\x7f\xC2\xA0\xC3\xA9\xE2\x80\x8B")), "'\\t\\n\\x01\\x7f\\xa0\xC3\xA9\\u200b'");
    EXPECT_EQ(show(B(std::string_view("\x00'\"\x80", 4))), "b'\\x00\\'\"\\x80'");
    EXPECT_EQ(show(ascii_repr(S("\xC3\xA9\xF0\x9F\x98\x80"))), "\"'\\\\xe9\\\\U0001f600'\"");
}

TEST_F(Text, FormatSpec) {
    FormatSpec fs;
    ASSERT_TRUE(parse_format_spec("*^+#010,.3f", &fs));
    EXPECT_EQ(fs.fill, '*');
    EXPECT_EQ(fs.align, '^');
    EXPECT_EQ(fs.sign, '+');
    EXPECT_TRUE(fs.alternate);
    EXPECT_TRUE(fs.zero_pad);
    EXPECT_EQ(fs.width, 10);
    EXPECT_EQ(fs.grouping, ',');
    EXPECT_EQ(fs.precision, 3);
    EXPECT_EQ(fs.type, 'f');
    EXPECT_FALSE(parse_format_spec(".", &fs));
    EXPECT_EQ(show(Value()), "EXC ValueError('Format specifier missing precision')");
    EXPECT_EQ(show(format_value(S("ab"), "*^6")), "'**ab**'");
    EXPECT_EQ(show(format_value(S("abcdef"), ".2")), "'ab'");
    EXPECT_EQ(show(format_value(S("ab"), "05")), "'ab000'");
    EXPECT_EQ(show(format_value(S("ab"), "+")),
              "EXC ValueError('Sign not allowed in string format specifier')");
    EXPECT_EQ(show(format_value(none(), "5")),
              "EXC TypeError('unsupported format string passed to NoneType.__format__')");
}

TEST_F(Text, StrFormatAndPercent) {
    EXPECT_EQ(show(meth(S("{} {}{{}}"), "format", {I(1), S("x")})), "'1 x{}'");
    EXPECT_EQ(show(meth(S("{1}{0}{1!r}"), "format", {S("a"), S("b")})), "\"ba'b'\"");
    EXPECT_EQ(show(meth(S("{:{}}|"), "format", {S("z"), I(3)})), "'z  |'");
    EXPECT_EQ(show(meth(S("{0} {}"), "format", {I(1)})),
              "EXC ValueError('cannot switch from manual field specification to automatic field numbering')");
    EXPECT_EQ(show(meth(S("}"), "format", {})),
              "EXC ValueError(\"Single '}' encountered in format string\")");
    Value items[] = {S("s"), S("q"), S("x")};
    EXPECT_EQ(show(percent_format(S("%s|%5s|%-3r|%%"), make_tuple(3, items))), "\"s|    q|'x'|%\"");
    EXPECT_EQ(show(percent_format(S("%s %s"), S("a"))),
              "EXC TypeError('not enough arguments for format string')");
    EXPECT_EQ(show(percent_format(S("%s"), make_tuple(3, items))),
              "EXC TypeError('not all arguments converted during string formatting')");
    Value chars[] = {I(0x20AC), S("!")};
    EXPECT_EQ(show(percent_format(S("%c%c"), make_tuple(2, chars))), "'\xE2\x82\xAC!'");
    Value bs[] = {B("x"), B("y")};
    EXPECT_EQ(show(percent_format(B("%s-%b"), make_tuple(2, bs))), "b'x-y'");
    EXPECT_EQ(show(percent_format(S("%y"), I(1))),
              "EXC ValueError(\"unsupported format character 'y' (0x79) at index 1\")");
}

TEST_F(Text, BytesAndCodecs) {
    if (MBPY_BYTES_HEX) {
        EXPECT_EQ(show(meth(B("hello"), "hex", {})), "'68656c6c6f'");
        EXPECT_EQ(show(meth(B("\x01\x02\x03\x04"), "hex", {S(":"), I(2)})), "'0102:0304'");
    } else {  // the firmware's bytes has no hex
        EXPECT_EQ(show(meth(B("hello"), "hex", {})),
                  "EXC AttributeError(\"'bytes' object has no attribute 'hex'\")");
    }
    if (MBPY_STR_CODECS) {
        EXPECT_EQ(show(meth(S("\xC3\xA9"), "encode", {S("latin-1")})), "b'\\xe9'");
        EXPECT_EQ(show(meth(S("a\xC3\xA9"), "encode", {S("ascii"), S("replace")})), "b'a?'");
        EXPECT_EQ(show(meth(S("\xC3\xA9"), "encode", {S("ascii")})),
                  std::string("EXC ") + (MBPY_EXCEPTIONS_EXTRA ? "UnicodeEncodeError" : "UnicodeError") +
                      "(\"'ascii' codec can't encode character '\\\\xe9' in position 0: ordinal not "
                      "in range(128)\")");
        EXPECT_EQ(show(meth(B("ab\xFF"), "decode", {})),
                  std::string("EXC ") + (MBPY_EXCEPTIONS_EXTRA ? "UnicodeDecodeError" : "UnicodeError") +
                      "(\"'utf-8' codec can't decode byte 0xff in position 2: invalid start byte\")");
        EXPECT_EQ(show(meth(B("a\xFF"), "decode", {S("utf-8"), S("replace")})), "'a\xEF\xBF\xBD'");
    } else {  // the firmware has neither method; str(b, encoding) is UTF-8 whatever the encoding
        EXPECT_EQ(show(meth(S("a"), "encode", {})),
                  "EXC AttributeError(\"'str' object has no attribute 'encode'\")");
        EXPECT_EQ(show(meth(B("a"), "decode", {})),
                  "EXC AttributeError(\"'bytes' object has no attribute 'decode'\")");
    }
    EXPECT_EQ(show(meth(B("a b"), "split", {})), "[b'a', b'b']");
    ByteArray* ba = new_bytearray("abc");
    Value bv(ba);
    EXPECT_EQ(show(meth(bv, "append", {I(100)})), "None");
    if (MBPY_BYTEARRAY_METHODS) {
        EXPECT_EQ(show(meth(bv, "pop", {I(0)})), "97");
        EXPECT_EQ(show(bv), "bytearray(b'bcd')");
        EXPECT_EQ(show(meth(bv, "upper", {})), "bytearray(b'BCD')");
    } else {  // the firmware's bytearray has append and extend only
        EXPECT_EQ(show(meth(bv, "pop", {I(0)})),
                  "EXC AttributeError(\"'bytearray' object has no attribute 'pop'\")");
        EXPECT_EQ(show(meth(bv, "extend", {B("e")})), "None");
        EXPECT_EQ(show(bv), "bytearray(b'abcde')");
    }
    EXPECT_EQ(show(Value(new_bytearray("a'b"))), "bytearray(b\"a\\'b\")");  // CPython escapes ' here
    if (MBPY_STR_METHODS_EXTRA) {
        EXPECT_EQ(show(meth(S("ab"), "maketrans", {S("x"), S("y")})), "{120: 121}");
    }
    EXPECT_EQ(show(meth(bv, "append", {I(256)})), "EXC ValueError('byte must be in range(0, 256)')");
}
