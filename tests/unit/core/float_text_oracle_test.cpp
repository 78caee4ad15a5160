// The project's own float <-> text conversions against CPython: repr, format()/% at many precisions,
// float() (halfway cases, long digit strings, extreme exponents, underscores) and round(x, n), for
// random doubles across the whole range; and the single-precision path the device uses (round trips,
// shortest digits, parsing and fixed precisions of float32 values). Quick by default; MBPY_FULL=1 runs
// twenty times more.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <sstream>

#include "core/float_bignum.hpp"
#include "core/float_decimal.hpp"
#include "numbers_support.hpp"

using namespace core;
using numbers_test::format_with;
using numbers_test::NumbersTest;
using numbers_test::str_of;

namespace {

const char* const oracle_py = R"PY(
import struct, sys
from fractions import Fraction
def f(bits): return struct.unpack('<d', struct.pack('<Q', int(bits, 16)))[0]
def f32(bits): return struct.unpack('<f', struct.pack('<I', int(bits, 16)))[0]
def bits32(x): return '%08x' % struct.unpack('<I', struct.pack('<f', x))[0]
def nearest32(text):
    # Exactly rounded (ties to even) float32 of the decimal text: candidates around the double.
    v = Fraction(text.replace('_', ''))
    if v >= Fraction(2**128 - 2**103): return '7f800000'
    d = float(v)
    b = int(bits32(d), 16) if abs(d) < 3.4028235677973366e38 else 0x7f7fffff
    best = None
    for c in (b - 1, b, b + 1):
        if c < 0 or c > 0x7f7fffff: continue
        x = Fraction(f32('%08x' % c))
        key = (abs(x - v), c & 1)
        if best is None or key < best[0]: best = (key, c)
    return '%08x' % best[1]
def run(fn):
    try: return fn()
    except Exception as e: return 'ERR:' + type(e).__name__
def want_and_ours(line):
    p = line.split('|')
    k, ours = p[0], p[-1]
    if k == 'repr': want = repr(f(p[1]))
    elif k == 'fmt': want = run(lambda: format(f(p[1]), p[2]))
    elif k == 'pct': want = run(lambda: p[2] % f(p[1]))
    elif k == 'parse': want = run(lambda: struct.pack('<d', float(p[1])).hex())
    elif k == 'round': want = run(lambda: repr(round(f(p[1]), int(p[2]))))
    elif k == 'f32parse': want = nearest32(p[1])
    elif k == 'f32fmt': want = format(float(f32(p[1])), p[2])
    else: want = 'unknown kind ' + k
    return want, ours
)PY";

struct Gen {
    std::mt19937_64 rng{20250301};
    bool full = std::getenv("MBPY_FULL") != nullptr;
    int count(int quick) { return full ? quick * 20 : quick; }
    uint64_t u() { return rng(); }
    int range(int lo, int hi) { return lo + int(u() % uint64_t(hi - lo + 1)); }
    static double of_bits(uint64_t b) {
        double d;
        memcpy(&d, &b, 8);
        return d;
    }
    // Positive finite doubles: any bits, subnormals, near powers of ten, short binary fractions (the
    // halfway cases of fixed precisions), large integers.
    double dbl() {
        switch (u() % 6) {
            case 0: return of_bits(u() % 0x7FF0000000000000ull);
            case 1: return of_bits(u() % (uint64_t(1) << range(1, 52)));
            case 2: {
                char buf[16];
                snprintf(buf, sizeof buf, "1e%d", range(-323, 308));
                double d = std::strtod(buf, nullptr);
                for (int k = range(-3, 3); k; k += k < 0 ? 1 : -1)
                    d = std::nextafter(d, k < 0 ? 0.0 : HUGE_VAL);
                return d;
            }
            case 3: return std::ldexp(double(u() % 100000 + 1), -range(0, 12));
            case 4: return double(u() >> range(0, 63)) + 1;
            default: return std::ldexp(double(u() >> 11), range(-1100, 1000));
        }
    }
};

#if MBPY_FLOAT_DOUBLE  // the double path's helpers: a build with single-precision Float has no double path
std::string hex64(uint64_t b) {
    char buf[20];
    snprintf(buf, sizeof buf, "%016llx", (unsigned long long)b);
    return buf;
}
std::string hexbits(double d) {
    uint64_t b;
    memcpy(&b, &d, 8);
    return hex64(b);
}
std::string le_hex(double d) {  // struct.pack('<d').hex()
    uint64_t b;
    memcpy(&b, &d, 8);
    char buf[20];
    for (int k = 0; k < 8; ++k) snprintf(buf + 2 * k, 3, "%02x", unsigned((b >> (8 * k)) & 0xFF));
    return buf;
}

std::string parsed(const std::string& text) {
    double d;
    return float_parse(text, &d) ? le_hex(d) : "ERR:ValueError";
}

// The exact decimal digits of (2c + 1) * 2**(q - 1): the point halfway between c * 2**q and its upper
// neighbour, as "0.DIGITSeDECPT".
std::string halfway_text(double x, int tweak) {
    uint64_t c;
    int q;
    fdec::decompose(x, &c, &q);
    fdec::Big<100> b;
    b.set(2 * c + 1);
    int e10 = 0;
    if (q - 1 >= 0) {
        b.shl(q - 1);
    } else {
        b.mul_pow5(1 - q);
        e10 = q - 1;
    }
    std::string digits;
    while (b.n) {
        uint32_t r = b.div_small(10);
        digits.insert(digits.begin(), char('0' + r));
    }
    if (tweak > 0) digits += "000000000000000000001";  // just above the halfway point
    if (tweak < 0) {                                   // just below
        size_t i = digits.size() - 1;
        while (digits[i] == '0') --i;
        --digits[i];
        digits += "99999999999";
    }
    // value = DIGITS(before tweak) * 10**e10; after appending k digits the exponent drops by k.
    int appended = tweak > 0 ? 21 : tweak < 0 ? 11 : 0;
    return digits + "e" + std::to_string(e10 - appended);
}
#endif

std::string random_digits(Gen& g, int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += char('0' + g.u() % 10);
    return s;
}

}  // namespace

TEST_F(NumbersTest, FloatTextAgainstCPython) {
    if (std::system("python3 -c pass") != 0) GTEST_SKIP() << "python3 not available";
    Gen g;
    std::ostringstream out;
#if MBPY_FLOAT_DOUBLE
    static const char* const types[] = {"e", "E", "f", "F", "g", "G", "%", ""};
    for (int i = 0; i < g.count(3000); ++i) {
        double d = g.dbl();
        if (g.u() % 4 == 0) d = -d;
        out << "repr|" << hexbits(d) << "|" << str_of(make_float(d)) << "\n";
        // Precisions: all small ones, some up to the longest exact expansions.
        int prec = g.u() % 4 ? g.range(0, 20) : g.u() % 2 ? g.range(21, 60) : g.range(300, 1100);
        std::string spec =
            std::string(g.u() % 5 == 0 ? "#" : "") + "." + std::to_string(prec) + types[g.u() % 8];
        if (std::fabs(d) > 1e250 && prec > 300 && spec.back() == '%') spec.back() = 'e';
        out << "fmt|" << hexbits(d) << "|" << spec << "|" << format_with(make_float(d), spec) << "\n";
        static const char* const pcts[] = {"%.3e", "%#.0f", "%g", "%.17g", "%.0e", "%10.4f", "%.25f", "%G"};
        const char* pf = pcts[g.u() % 8];
        Value r = binary_op(BinaryOp::Mod, make_str(pf), make_float(d));
        out << "pct|" << hexbits(d) << "|" << pf << "|" << str_of(r) << "\n";
        int nd = g.u() % 3 ? g.range(-20, 20) : g.range(-330, 330);
        out << "round|" << hexbits(d) << "|" << nd << "|"
            << numbers_test::str_of(repr(number_round(make_float(d), Value::small(nd)))) << "\n";
        // Parsing: repr, halfway points and their neighbours, long and odd texts.
        std::string text = str_of(repr(make_float(d)));
        out << "parse|" << text << "|" << parsed(text) << "\n";
        if (d != 0 && std::isfinite(d) && std::fabs(d) < 1.7e308) {
            std::string h = halfway_text(std::fabs(d), g.range(-1, 1));
            out << "parse|" << h << "|" << parsed(h) << "\n";
        }
        std::string t = random_digits(g, g.range(1, g.u() % 4 ? 25 : 900));
        if (g.u() % 2) t.insert(size_t(g.range(0, int(t.size()))), ".");
        if (g.u() % 2) t += "e" + std::to_string(g.range(-400, 400) - int(t.size()) / 2);
        out << "parse|" << t << "|" << parsed(t) << "\n";
    }
    // Syntax and extremes.
    static const char* const texts[] = {"1e-18446744073709551621",
                                        "1e400",
                                        "-1e400",
                                        "1e18446744073709551621",
                                        "0e99999999999999999999",
                                        "1_000.000_1",
                                        "1_2.3_4e1_0",
                                        "1__0",
                                        "_1",
                                        "1_",
                                        "1._5",
                                        "1e_5",
                                        "1e5_",
                                        ".5",
                                        "5.",
                                        ".",
                                        "e5",
                                        "1e",
                                        "1.2.3",
                                        "  -0.0  ",
                                        "+.5e-3",
                                        "infinity",
                                        "-Infinity",
                                        "nan",
                                        "-nan",
                                        "inF",
                                        "2.4703282292062327e-324",
                                        "2.4703282292062328e-324",
                                        "1.7976931348623158e308",
                                        "1.7976931348623159e308",
                                        "4.9406564584124654e-324",
                                        "0.000000000000000000000000000000001e33",
                                        "123456789012345678901234567890e-10",
                                        "9007199254740993",
                                        "9007199254740992.5",
                                        "9007199254740993.0000000000000000001"};
    for (const char* t : texts) out << "parse|" << t << "|" << parsed(t) << "\n";
#endif
    // The single-precision path (the device's Float): formats of float32 values are those of the equal
    // double; parsing must round correctly to float32 (not through a double).
    for (int i = 0; i < g.count(1500); ++i) {
        uint32_t b = uint32_t(g.u()) % 0x7F800000u;
        if (i % 3 == 0) b %= 0x00800000u;  // subnormals
        float x;
        memcpy(&x, &b, 4);
        if (x == 0) continue;
        int prec = g.range(0, 30);
        char spec[8];
        snprintf(spec, sizeof spec, ".%d%c", prec, "efg"[g.u() % 3]);
        fdec::Decimal<float> dec;
        std::string got;
        if (spec[strlen(spec) - 1] == 'f') {
            fdec::round_at(x, prec, &dec);
        } else {
            fdec::round_significant(x, spec[strlen(spec) - 1] == 'e' ? prec + 1 : (prec ? prec : 1), &dec);
        }
#if MBPY_FLOAT_DOUBLE
        // Compare through the double formatting: same digits mean the same text.
        std::string ours = format_with(make_float(double(x)), spec);
        fdec::Decimal<double> dd;
        if (spec[strlen(spec) - 1] == 'f') {
            fdec::round_at(double(x), prec, &dd);
        } else {
            fdec::round_significant(double(x), spec[strlen(spec) - 1] == 'e' ? prec + 1 : (prec ? prec : 1),
                                    &dd);
        }
        auto norm = [](const char* d, int n, int decpt) {
            while (n && d[n - 1] == '0') --n;
            return n ? std::string(d, size_t(n)) + "e" + std::to_string(decpt) : std::string("0");
        };
        bool same = norm(dec.d, dec.n, dec.decpt) == norm(dd.d, dd.n, dd.decpt);
#else
        // The build's Float is float32: format() runs the single-precision path itself.
        std::string ours = format_with(make_float(x), spec);
        bool same = true;
#endif
        char hx[12];
        snprintf(hx, sizeof hx, "%08x", b);
        out << "f32fmt|" << hx << "|" << spec << "|" << (same ? ours : "float32 digits differ") << "\n";
        std::string t = random_digits(g, g.range(1, g.u() % 4 ? 12 : 150));
        t += "e" + std::to_string(g.range(-60, 40) - int(t.size()) / 2);
        if (i % 2) {  // around float32 halfway points
            fdec::shortest(x, &dec);
            t = std::string(dec.d, dec.n) + random_digits(g, g.range(0, 12)) + "e" +
                std::to_string(dec.decpt - dec.n);
        }
#if MBPY_FLOAT_DOUBLE
        float y = fdec::decimal_to_float<float>(t.data(), t.size() - (t.size() - t.find('e')),
                                                std::strtoll(t.c_str() + t.find('e') + 1, nullptr, 10));
#else
        float y = -1;  // float() of the text, as the build parses it (its digits never fail to parse)
        if (!float_parse(t, &y)) y = -1;
#endif
        uint32_t yb;
        memcpy(&yb, &y, 4);
        snprintf(hx, sizeof hx, "%08x", yb);
        out << "f32parse|" << t << "|" << hx << "\n";
    }
    numbers_test::check_with_python("float_text_oracle", oracle_py, out.str());
}

// Every float32 formatted by the shortest-digits path reads back as itself, and one digit fewer never
// would (the digits are the shortest).
TEST(FloatSingle, ShortestRoundTrips) {
    std::mt19937_64 rng(7);
    int n = std::getenv("MBPY_FULL") ? 20000000 : 400000;
    for (int i = 0; i < n; ++i) {
        uint32_t b = uint32_t(rng()) % 0x7F800000u;
        if (i % 4 == 0) b %= 0x00800000u;
        if (i < 255) b = uint32_t(i) << 23 | (i & 1);  // every binade, with its power of two
        float x;
        memcpy(&x, &b, 4);
        if (x == 0) continue;
        fdec::Decimal<float> d;
        fdec::shortest(x, &d);
        float back = fdec::decimal_to_float<float>(d.d, size_t(d.n), d.decpt - d.n);
        ASSERT_EQ(back, x) << std::string(d.d, d.n) << "e" << d.decpt - d.n << " bits " << b;
        if (d.n > 1) {
            fdec::Decimal<float> s;
            fdec::round_significant(x, d.n - 1, &s);
            float shorter = fdec::decimal_to_float<float>(s.d, size_t(s.n), s.decpt - s.n);
            ASSERT_NE(shorter, x) << "bits " << b << " has a shorter form " << std::string(s.d, s.n);
        }
    }
}

#if MBPY_FLOAT_SCAN_FAST
// The binary search (float() without MBPY_FLOAT_SCAN_FAST, the device's) gives the fast scan's results:
// near float32 and double halfway points, long digit strings and both ends of the range.
TEST(FloatSingle, SearchMatchesFastScan) {
    std::mt19937_64 rng(11);
    int n = std::getenv("MBPY_FULL") ? 4000000 : 100000;
    auto digits = [&](int k) {
        std::string s;
        for (int i = 0; i < k; ++i) s += char('0' + rng() % 10);
        return s;
    };
    for (int i = 0; i < n; ++i) {
        std::string mant;
        int exp10;
        if (i % 2) {
            // A float32 halfway point (exact as a double), to 1-17 digits or in full, nudged at the end.
            uint32_t b = uint32_t(rng()) % 0x7F7FFFFFu;
            if (i % 3 == 0) b %= 0x00800000u;
            float x, y;
            uint32_t b1 = b + 1;
            memcpy(&x, &b, 4);
            memcpy(&y, &b1, 4);
            char buf[200];
            snprintf(buf, sizeof buf, "%.*e", i % 5 ? int(rng() % 17) : 120, (double(x) + double(y)) / 2);
            std::string t = buf;
            size_t e = t.find('e');
            mant = t.substr(0, e);
            if (rng() % 2) mant.back() = char('0' + (mant.back() - '0' + 1 + int(rng() % 9)) % 10);
            if (rng() % 4 == 0) mant += digits(int(rng() % 30));
            exp10 = std::atoi(t.c_str() + e + 1);
        } else {
            mant = digits(1 + int(rng() % (rng() % 4 ? 12 : 200)));
            if (rng() % 2) mant.insert(rng() % mant.size(), ".");
            exp10 = int(rng() % 760) - 400;
        }
        float fast = fdec::decimal_to_float<float>(mant.data(), mant.size(), exp10);
        float slow = fdec::decimal_to_float_search<float>(mant.data(), mant.size(), exp10);
        ASSERT_EQ(memcmp(&fast, &slow, 4), 0) << mant << "e" << exp10;
#if MBPY_FLOAT_DOUBLE
        if (i % 4 == 0) {
            double fd = fdec::decimal_to_float<double>(mant.data(), mant.size(), exp10);
            double sd = fdec::decimal_to_float_search<double>(mant.data(), mant.size(), exp10);
            ASSERT_EQ(memcmp(&fd, &sd, 8), 0) << mant << "e" << exp10;
        }
#endif
    }
}
#endif
