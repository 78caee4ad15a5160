// Big-int edge cases at limb boundaries, checked by CPython: ints built from limb patterns (all ones, top
// bit, zero runs) at both 32- and 64-bit limb sizes, so carries ripple across whole numbers and Knuth
// division takes its rare paths (qhat = base - 1, the add-back step). Quick by default; MBPY_FULL=1 runs ten
// times more.
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

#include "numbers_support.hpp"

using namespace core;
using numbers_test::NumbersTest;
using numbers_test::str_of;

namespace {

const char* const limbs_oracle_py = R"PY(
import sys
OPS = {'add': lambda a, b: a + b, 'sub': lambda a, b: a - b, 'mul': lambda a, b: a * b,
       'floordiv': lambda a, b: a // b, 'mod': lambda a, b: a % b, 'divmod': lambda a, b: divmod(a, b),
       'truediv': lambda a, b: a / b, 'str': lambda a, b: str(a), 'hash': lambda a, b: hash(a),
       'float': lambda a, b: float(a), 'hex': lambda a, b: hex(a)}
def run(fn):
    try: return repr(fn())
    except Exception as e: return 'ERR:' + type(e).__name__
def want_and_ours(line):
    a, op, b, ours = line.split('|')
    return run(lambda: OPS[op](int(a, 16), int(b, 16))), ours
)PY";

struct LimbGen {
    std::mt19937_64 rng{77};
    uint64_t u() { return rng(); }
    // One 32-bit half-limb from the patterns that break carry and division code.
    uint32_t half() {
        static const uint32_t pat[] = {0, 1,       0xFFFFFFFFu, 0xFFFFFFFEu, 0x80000000u, 0x7FFFFFFFu,
                                       2, 0x8000u, 0x7FFFu,     0xFFFEu,     0xFFFFu};
        return u() % 3 == 0 ? uint32_t(u()) : pat[u() % 11];
    }
    // Hex text (with sign) of an int of 1..n 32-bit halves.
    std::string hex(int max_halves) {
        int n = 1 + int(u() % uint64_t(max_halves));
        std::string s;
        static const char* const hx = "0123456789abcdef";
        for (int i = 0; i < n; ++i) {  // most significant first
            uint32_t h = half();
            for (int k = 7; k >= 0; --k) s += hx[(h >> (4 * k)) & 15];
        }
        return (u() % 4 == 0 ? "-0x" : "0x") + s;
    }
};

std::string repr_of(Value v) {
    if (!v) return numbers_test::take_error();
    Value r = repr(v);
    if (!r) return numbers_test::take_error();
    return std::string(as_str(r)->view());
}

}  // namespace

TEST_F(NumbersTest, LimbBoundaryPatternsAgainstCPython) {
    if (std::system("python3 -c pass") != 0) GTEST_SKIP() << "python3 not available";
    LimbGen g;
    int count = std::getenv("MBPY_FULL") ? 30000 : 3000;
    static const char* const names[] = {"add", "sub", "mul", "floordiv", "mod", "divmod", "truediv"};
    static const BinaryOp ops[] = {BinaryOp::Add, BinaryOp::Sub,    BinaryOp::Mul,    BinaryOp::FloorDiv,
                                   BinaryOp::Mod, BinaryOp::DivMod, BinaryOp::TrueDiv};
    std::ostringstream out;
    for (int i = 0; i < count; ++i) {
        std::string a = g.hex(12), b = g.hex(8);
        Value va = int_from_string(a, 0), vb = int_from_string(b, 0);
        if (i % 2) {  // a = b * q + r with pattern quotients: qhat at its limits, the add-back step
            Value q = int_from_string(g.hex(6), 0), r = int_from_string(g.hex(8), 0);
            if (i % 16 ==
                1) {  // the largest one-limb quotients, remainder |b| - 1: the estimate overflows a limb
                q = int_from_string(g.u() % 2 ? "0xffffffffffffffff" : "0xffffffff", 0);
                r = binary_op(BinaryOp::Sub, unary_op(UnaryOp::Abs, vb), Value::small(1 + int(g.u() % 3)));
            }
            va = binary_op(BinaryOp::Add, binary_op(BinaryOp::Mul, vb, q), r);
            a = str_of(int_to_str(va, 16, true));
        }
        int k = int(g.u() % 7);
        if (!MBPY_FLOAT_DOUBLE && k == 6) k = 5;  // truediv: CPython's floats are doubles
        out << a << "|" << names[k] << "|" << b << "|" << repr_of(binary_op(ops[k], va, vb)) << "\n";
        if (i % 8 == 0) {  // conversions of the same patterns
            out << a << "|str|0|'" << str_of(va) << "'\n";
            out << a << "|hash|0|" << str_of(unary_op(UnaryOp::Hash, va)) << "\n";
#if MBPY_FLOAT_DOUBLE  // CPython's float() is a double: a single-precision Float cannot match it
            double d;
            out << a << "|float|0|"
                << (int_to_float(va, &d) ? repr_of(make_float(d)) : numbers_test::take_error()) << "\n";
#endif
            out << a << "|hex|0|'" << str_of(int_to_str(va, 16, true)) << "'\n";
        }
    }
    numbers_test::check_with_python("numbers_limbs", limbs_oracle_py, out.str());
}
