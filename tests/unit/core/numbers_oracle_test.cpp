// Randomized round trips checked by CPython: int arithmetic/repr, float repr/parse/round, hashes, format
// specs. Quick by default (~2000 values per kind); MBPY_FULL=1 runs ten times more.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>

#include "core/bigint_value.hpp"
#include "numbers_support.hpp"

using namespace core;
using numbers_test::format_with;
using numbers_test::int_of_text;
using numbers_test::NumbersTest;
using numbers_test::str_of;

namespace {

// The oracle: each line is `kind|arg...|our result`; python3 recomputes and prints the mismatches.
const char* const oracle_py = R"PY(
import struct, sys, math
def f(bits): return struct.unpack('<d', struct.pack('<Q', int(bits, 16)))[0]
def run(fn):
    try: return fn()
    except Exception as e: return 'ERR:' + type(e).__name__
OPS = {'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b,
       'floordiv': lambda a, b: a // b, 'mod': lambda a, b: a % b, 'divmod': lambda a, b: divmod(a, b),
       'and': lambda a, b: a & b, 'or': lambda a, b: a | b, 'xor': lambda a, b: a ^ b,
       'lshift': lambda a, b: a << b, 'rshift': lambda a, b: a >> b, 'truediv': lambda a, b: a / b,
       'lt': lambda a, b: a < b, 'eq': lambda a, b: a == b, 'pow': lambda a, b: a ** b}
def want_and_ours(line):
    p = line.split('|')
    k, ours = p[0], p[-1]
    if k == 'int': want = run(lambda: repr(OPS[p[2]](int(p[1]), int(p[3]))))
    elif k == 'intf': want = run(lambda: repr(OPS[p[2]](int(p[1]), f(p[3]))))
    elif k == 'fint': want = run(lambda: repr(OPS[p[2]](f(p[1]), int(p[3]))))
    elif k == 'ff': want = run(lambda: repr(OPS[p[2]](f(p[1]), f(p[3]))))
    elif k == 'unary': want = run(lambda: repr((-int(p[1]), ~int(p[1]), abs(int(p[1])), int(p[1]).bit_length())))
    elif k == 'frepr': want = repr(f(p[1]))
    elif k == 'fparse': want = run(lambda: struct.pack('<d', float(p[1])).hex())
    elif k == 'fround': want = run(lambda: repr(round(f(p[1]), int(p[2])) if p[2] != 'None' else round(f(p[1]))))
    elif k == 'iround': want = run(lambda: repr(round(int(p[1]), int(p[2]))))
    elif k == 'hashi': want = repr(hash(int(p[1])))
    elif k == 'hashf': want = repr(hash(f(p[1])))
    elif k == 'fmti': want = run(lambda: format(int(p[1]), p[2]))
    elif k == 'fmtf': want = run(lambda: format(f(p[1]), p[2]))
    elif k == 'base': want = run(lambda: repr((hex(int(p[1])), oct(int(p[1])), bin(int(p[1])))))
    elif k == 'tobytes': want = run(lambda: int(p[1]).to_bytes(int(p[2]), p[3], signed=p[4] == '1').hex())
    elif k == 'ffloat': want = run(lambda: repr(float(int(p[1]))))
    else: want = 'unknown kind ' + k
    return want, ours
)PY";

struct Gen {
    std::mt19937_64 rng{20240611};
    bool full = std::getenv("MBPY_FULL") != nullptr;
    int count(int quick) { return full ? quick * 10 : quick; }
    uint64_t u() { return rng(); }
    int range(int lo, int hi) { return lo + int(u() % uint64_t(hi - lo + 1)); }
    // Decimal text of a random int of 0..max_bits bits, biased towards edge sizes.
    std::string int_text(int max_bits = 300) {
        static const char* const special[] = {"0",
                                              "1",
                                              "-1",
                                              "4611686018427387903",
                                              "4611686018427387904",
                                              "-4611686018427387904",
                                              "-4611686018427387905",
                                              "18446744073709551616",
                                              "9007199254740993",
                                              "-2147483648"};
        if (u() % 8 == 0) return special[u() % 10];
        int bits = range(0, max_bits);
        std::string hex;
        for (int i = 0; i < bits; i += 4) hex += "0123456789abcdef"[u() % 16];
        if (hex.empty()) hex = "0";
        Value v = int_from_string(hex, 16);
        if (u() % 2) v = binary_op(BinaryOp::Sub, Value::small(0), v);
        return str_of(v);
    }
    double dbl() {
        switch (u() % 5) {
            case 0: {  // any bit pattern but nan
                uint64_t b = u();
                double d;
                memcpy(&d, &b, 8);
                return std::isnan(d) ? 1.5 : d;
            }
            case 1: return double(int64_t(u() % 2000001) - 1000000) / std::pow(10.0, range(0, 8));
            case 2: return std::ldexp(double(u() >> 11), range(-80, 80));
            case 3: return double(int64_t(u() >> range(1, 63)) * (u() % 2 ? 1 : -1));
            default: {
                static const double special[] = {0.0,         -0.0,  HUGE_VAL, -HUGE_VAL,
                                                 0.5,         2.5,   1e16,     1e-5,
                                                 0.1,         1e22,  5e-324,   1.7976931348623157e308,
                                                 123456789.0, 0.125, 1e15};
                return special[u() % 15];
            }
        }
    }
};

// int.bit_length() without the method (left out of builds without MBPY_NUMBER_ATTRS).
Value bit_length_of(Value v) {
    IntView iv(v);
    return make_int(intptr_t(big::bit_length(iv.d, iv.n)));
}

#if MBPY_FLOAT_DOUBLE  // CPython's floats are doubles: a single-precision Float cannot be checked against
                       // them
std::string hexbits(double d) {
    uint64_t b;
    memcpy(&b, &d, 8);
    char buf[20];
    snprintf(buf, sizeof buf, "%016llx", (unsigned long long)b);
    return buf;
}

Value fval(double d) { return make_float(d); }
#endif

const char* const ops[] = {"add", "sub",    "mul",    "floordiv", "mod", "divmod", "and", "or",
                           "xor", "lshift", "rshift", "truediv",  "lt",  "eq",     "pow"};
const BinaryOp bops[] = {BinaryOp::Add, BinaryOp::Sub,    BinaryOp::Mul,    BinaryOp::FloorDiv,
                         BinaryOp::Mod, BinaryOp::DivMod, BinaryOp::And,    BinaryOp::Or,
                         BinaryOp::Xor, BinaryOp::LShift, BinaryOp::RShift, BinaryOp::TrueDiv,
                         BinaryOp::Lt,  BinaryOp::Eq,     BinaryOp::Pow};

// repr of a result as Python prints it (tuples of two for divmod).
std::string result_repr(Value v) {
    if (!v) return numbers_test::take_error();
    Value r = repr(v);
    if (!r) return numbers_test::take_error();
    return std::string(as_str(r)->view());
}

std::string int_spec(Gen& g) {
    static const char* const fills[] = {"", "", "<", ">", "^", "=", "*^", "x<"};
    static const char* const signs[] = {"", "", "+", "-", " "};
    static const char* const widths[] = {"", "", "1", "8", "13", "25"};
    static const char* const groups[] = {"", "", "", ",", MBPY_FORMAT_SPEC_EXTRA ? "_" : ","};
    static const char* const types[] = {"", "d", "b", "o", "x", "X", "n", "e", "f", "g", "%", "G", "E", "c"};
    std::string s = fills[g.u() % 8];
    s += signs[g.u() % 5];
    if (g.u() % 4 == 0) s += "#";
    if (g.u() % 4 == 0) s += "0";
    s += widths[g.u() % 6];
    s += groups[g.u() % 5];
    if (g.u() % 6 == 0) s += ".3";
    s += types[g.u() % 14];
    return s;
}

#if MBPY_FLOAT_DOUBLE
std::string float_spec(Gen& g) {
    static const char* const fills[] = {"", "", "<", ">", "^", "=", "*^"};
    static const char* const signs[] = {"", "", "+", "-", " "};
    static const char* const widths[] = {"", "", "1", "10", "20", "30"};
    static const char* const groups[] = {"", "", "", ",", MBPY_FORMAT_SPEC_EXTRA ? "_" : ","};
    static const char* const precs[] = {"", "", ".0", ".1", ".3", ".6", ".12", ".17", ".25"};
    static const char* const types[] = {"", "", "e", "E", "f", "F", "g", "G", "%", "n"};
    std::string s = fills[g.u() % 7];
    s += signs[g.u() % 5];
    if (g.u() % 5 == 0) s += "#";
    if (g.u() % 4 == 0) s += "0";
    s += widths[g.u() % 6];
    s += groups[g.u() % 5];
    s += precs[g.u() % 9];
    s += types[g.u() % 10];
    return s;
}
#endif

}  // namespace

TEST_F(NumbersTest, RandomizedAgainstCPython) {
    if (std::system("python3 -c pass") != 0) GTEST_SKIP() << "python3 not available";
    Gen g;
    std::ostringstream out;
    for (int i = 0; i < g.count(2000); ++i) {
        int k = int(g.u() % 15);
        std::string a = g.int_text(), b = g.int_text(k == 9 || k == 10 ? 12 : 300);
        if (k == 14) b = std::to_string(g.range(-3, 40));  // exponents: small, some negative
        if (!MBPY_FLOAT_DOUBLE && (k == 11 || (k == 14 && b[0] == '-'))) k = 0;  // float results
        Value r = binary_op(bops[k], int_of_text(a), int_of_text(b));
        out << "int|" << a << "|" << ops[k] << "|" << b << "|" << result_repr(r) << "\n";
    }
#if MBPY_FLOAT_DOUBLE
    for (int i = 0; i < g.count(1000); ++i) {
        int k = int(g.u() % 15);
        if (k >= 6 && k <= 10) k = 0;     // no bitwise ops on floats
        if (k == 14) k = int(g.u() % 3);  // int ** float overflows are platform-worded; keep pow to ff
        std::string a = g.int_text(g.u() % 2 ? 60 : 1100);
        double d = g.dbl();
        Value r = binary_op(bops[k], int_of_text(a), fval(d));
        out << "intf|" << a << "|" << ops[k] << "|" << hexbits(d) << "|" << result_repr(r) << "\n";
        r = binary_op(bops[k], fval(d), int_of_text(a));
        out << "fint|" << hexbits(d) << "|" << ops[k] << "|" << a << "|" << result_repr(r) << "\n";
        double e = g.dbl();
        r = binary_op(bops[k], fval(d), fval(e));
        out << "ff|" << hexbits(d) << "|" << ops[k] << "|" << hexbits(e) << "|" << result_repr(r) << "\n";
    }
#endif
    for (int i = 0; i < g.count(1000); ++i) {
        std::string a = g.int_text(1200);
        Value v = int_of_text(a);
        Value t[4] = {unary_op(UnaryOp::Neg, v), unary_op(UnaryOp::Invert, v), unary_op(UnaryOp::Abs, v),
                      bit_length_of(v)};
        out << "unary|" << a << "|" << result_repr(make_tuple(4, t)) << "\n";
        // The numeric hash of the int slot (core::hash() short-cuts small ints before reaching it).
        out << "hashi|" << a << "|" << str_of(unary_op(UnaryOp::Hash, v)) << "\n";
        out << "base|" << a << "|('" << str_of(int_to_str(v, 16, true)) << "', '"
            << str_of(int_to_str(v, 8, true)) << "', '" << str_of(int_to_str(v, 2, true)) << "')\n";
#if MBPY_FLOAT_DOUBLE
        double fd;
        std::string fr = int_to_float(v, &fd) ? result_repr(fval(fd)) : numbers_test::take_error();
        out << "ffloat|" << a << "|" << fr << "\n";
#endif
        std::string spec = int_spec(g);
        // e, f, g and % format the int as a float.
        if (!MBPY_FLOAT_DOUBLE && !spec.empty() &&
            std::string("eEfFgG%").find(spec.back()) != std::string::npos)
            spec.back() = 'd';
        out << "fmti|" << a << "|" << spec << "|" << format_with(v, spec) << "\n";
        int nd = -g.range(0, 30);
        out << "iround|" << a << "|" << nd << "|" << result_repr(number_round(v, Value::small(nd))) << "\n";
        std::string small = g.int_text(40);
        int len = g.range(0, 7);
        const char* order = g.u() % 2 ? "big" : "little";
        bool sgn = g.u() % 2;
        Value args[2] = {Value::small(len), intern(order)};
        Value kw[2] = {intern("signed"), py_bool(sgn)};
        std::string tb;
        Value method = load_attr(int_of_text(small), as_str(intern("to_bytes")));
        Value r = method ? call(method, Args{args, 2, kw, 1}) : Value();
        if (r) {
            static const char* const hx = "0123456789abcdef";
            for (char c : as_str(r)->view()) tb += hx[uint8_t(c) >> 4], tb += hx[uint8_t(c) & 15];
        } else {
            tb = numbers_test::take_error();
        }
        out << "tobytes|" << small << "|" << len << "|" << order << "|" << sgn << "|" << tb << "\n";
    }
#if MBPY_FLOAT_DOUBLE
    for (int i = 0; i < g.count(2000); ++i) {
        double d = g.dbl();
        Value v = fval(d);
        out << "frepr|" << hexbits(d) << "|" << str_of(v) << "\n";
        std::string text = str_of(repr(v));
        double back = 0;
        out << "fparse|" << text << "|"
            << (float_parse(text, &back) ? [&] {
                   char buf[20];
                   uint64_t b;
                   memcpy(&b, &back, 8);
                   for (int k = 0; k < 8; ++k) snprintf(buf + 2 * k, 3, "%02x", unsigned((b >> (8 * k)) & 0xFF));
                   return std::string(buf);
               }()
                                          : std::string("ERR:ValueError"))
            << "\n";
        int nd = g.range(-12, 20);
        out << "fround|" << hexbits(d) << "|" << nd << "|" << result_repr(number_round(v, Value::small(nd)))
            << "\n";
        if (i % 4 == 0) {
            out << "fround|" << hexbits(d) << "|None|" << result_repr(number_round(v, none())) << "\n";
        }
        out << "hashf|" << hexbits(d) << "|" << str_of(unary_op(UnaryOp::Hash, v)) << "\n";
        std::string spec = float_spec(g);
        out << "fmtf|" << hexbits(d) << "|" << spec << "|" << format_with(v, spec) << "\n";
    }
#endif
    numbers_test::check_with_python("numbers_oracle", oracle_py, out.str());
}
