// int: known values for big arithmetic, parsing, conversions, errors and the int/float boundary.
#include <chrono>
#include <cmath>

#include "numbers_support.hpp"

using namespace core;
using numbers_test::format_with;
using numbers_test::int_of_text;
using numbers_test::NumbersTest;
using numbers_test::str_of;
using numbers_test::take_error;

namespace {
Value op(BinaryOp o, const char* a, const char* b) { return binary_op(o, int_of_text(a), int_of_text(b)); }
}  // namespace

TEST_F(NumbersTest, BigArithmeticKnownValues) {
    EXPECT_EQ(str_of(binary_op(BinaryOp::Pow, Value::small(2), Value::small(100))),
              "1267650600228229401496703205376");
    EXPECT_EQ(str_of(op(BinaryOp::Mul, "123456789012345678901234567890", "-987654321098765432109876543210")),
              "-121932631137021795226185032733622923332237463801111263526900");
    EXPECT_EQ(str_of(op(BinaryOp::FloorDiv, "-100000000000000000000000000001", "7")),
              "-14285714285714285714285714286");
    EXPECT_EQ(str_of(op(BinaryOp::Mod, "-100000000000000000000000000001", "7")), "1");
    EXPECT_EQ(str_of(op(BinaryOp::Mod, "100000000000000000000000000001", "-300000000000000000007")),
              "-200000000002333333337");
    EXPECT_EQ(str_of(op(BinaryOp::Sub, "9223372036854775808", "1")), "9223372036854775807");
    EXPECT_EQ(str_of(op(BinaryOp::Add, "-4611686018427387904", "-1")), "-4611686018427387905");
    EXPECT_EQ(str_of(op(BinaryOp::And, "-1180591620717411303424", "1180591620717411303423")), "0");
    EXPECT_EQ(str_of(op(BinaryOp::Or, "-1180591620717411303425", "255")), "-1180591620717411303425");
    EXPECT_EQ(str_of(op(BinaryOp::Xor, "-5", "340282366920938463463374607431768211455")),
              "-340282366920938463463374607431768211452");
    EXPECT_EQ(str_of(op(BinaryOp::RShift, "-340282366920938463463374607431768211457", "100")), "-268435457");
    EXPECT_EQ(str_of(op(BinaryOp::LShift, "-3", "70")), "-3541774862152233910272");
#if MBPY_FLOAT_DOUBLE
    EXPECT_EQ(str_of(op(BinaryOp::TrueDiv,
                        "10"
                        "000000000000000000000000000000000000000",
                        "3")),
              "3.333333333333333e+39");
#else  // single precision: 10**40 / 3 is past the largest float32 (3.4e38)
    EXPECT_EQ(str_of(op(BinaryOp::TrueDiv, "100000000000000000000000000000000000000", "3")),
              MBPY_FLOAT_SHORTEST ? "3.3333334e+37" : "3.33333e+37");
    EXPECT_EQ(str_of(op(BinaryOp::TrueDiv, "10000000000000000000000000000000000000000", "3")),
              "ERR:OverflowError");
#endif
}

TEST_F(NumbersTest, ParsingAndErrors) {
    EXPECT_EQ(str_of(int_from_string("  -0x_ff_ff ", 0)), "-65535");
    EXPECT_EQ(str_of(int_from_string("0b101", 0)), "5");
    EXPECT_EQ(str_of(int_from_string("z", 36)), "35");
    EXPECT_EQ(str_of(int_from_string("1_000_000", 10)), "1000000");
    EXPECT_EQ(str_of(int_from_string("00", 0)), "0");
    EXPECT_EQ(str_of(int_from_string("010", 0)), "ERR:ValueError");
    EXPECT_EQ(str_of(int_from_string("1__0", 10)), "ERR:ValueError");
    EXPECT_EQ(str_of(int_from_string("_1", 10)), "ERR:ValueError");
    EXPECT_EQ(str_of(int_from_string("", 10)), "ERR:ValueError");
    EXPECT_EQ(str_of(op(BinaryOp::FloorDiv, "5", "0")), "ERR:ZeroDivisionError");
    EXPECT_EQ(str_of(op(BinaryOp::LShift, "5", "-1")), "ERR:ValueError");
    EXPECT_EQ(str_of(int_from_float(HUGE_VAL)), "ERR:OverflowError");
    EXPECT_EQ(str_of(int_from_float(NAN)), "ERR:ValueError");
    EXPECT_EQ(str_of(int_from_float(2.5)), "2");
#if MBPY_FLOAT_DOUBLE
    EXPECT_EQ(str_of(int_from_float(-1e20)), "-100000000000000000000");
    EXPECT_EQ(str_of(int_from_float(9223372036854774784.0)), "9223372036854774784");  // 2**63 range
    EXPECT_EQ(str_of(int_from_float(-18446744073709549568.0)), "-18446744073709549568");
    EXPECT_EQ(str_of(int_from_float(1e30)), "1000000000000000019884624838656");
#else  // the nearest float32 of each: its exact value
    EXPECT_EQ(str_of(int_from_float(-1e20f)), "-100000002004087734272");
    EXPECT_EQ(str_of(int_from_float(9223371487098961920.0f)), "9223371487098961920");  // 2**63 range
    EXPECT_EQ(str_of(int_from_float(-18446744073709551616.0f)), "-18446744073709551616");
    EXPECT_EQ(str_of(int_from_float(1e30f)), "1000000015047466219876688855040");
#endif
    EXPECT_EQ(str_of(parse_int_literal("ffffffffffffffffffff", 16)), "1208925819614629174706175");
}

TEST_F(NumbersTest, IntFloatBoundary) {
    Value big = binary_op(BinaryOp::Add, binary_op(BinaryOp::Pow, Value::small(2), Value::small(53)),
                          Value::small(1));
    Value f = make_float(9007199254740992.0);
    EXPECT_EQ(binary_op(BinaryOp::Gt, big, f), py_bool(true));
    EXPECT_EQ(binary_op(BinaryOp::Eq, big, f), py_bool(false));
    EXPECT_EQ(binary_op(BinaryOp::Lt, f, big), py_bool(true));
    EXPECT_EQ(binary_op(BinaryOp::Eq, Value::small(1), make_float(1.0)), py_bool(true));
    EXPECT_EQ(binary_op(BinaryOp::Add, py_bool(true), Value::small(1)), Value::small(2));
    EXPECT_EQ(str_of(py_bool(true)), "True");
    EXPECT_EQ(str_of(binary_op(BinaryOp::And, py_bool(true), py_bool(false))), "False");
    intptr_t h1, h2;
    Value huge = binary_op(BinaryOp::Pow, Value::small(2), Value::small(80));
    ASSERT_TRUE(hash(huge, &h1));
    ASSERT_TRUE(hash(make_float(std::ldexp(1.0, 80)), &h2));
    EXPECT_EQ(h1, h2);
    EXPECT_EQ(str_of(binary_op(BinaryOp::Pow, Value::small(2), Value::small(-2))), "0.25");
#if MBPY_POW_MOD
    EXPECT_EQ(str_of(int_pow_mod(Value::small(3), Value::small(-1), Value::small(7))), "5");
    EXPECT_EQ(str_of(int_pow_mod(int_of_text("12345678901234567890"), Value::small(65537),
                                 int_of_text("1000000000000000000000007"))),
              "409037016729219845957972");
#endif
}

TEST_F(NumbersTest, HugeDecimalConversionIsFast) {
    auto t0 = std::chrono::steady_clock::now();
    // 100,001 digits, or 60,001 where a str holds at most 65,535 bytes (MBPY_STR_LONG off).
    constexpr intptr_t digits = str_limit > 100001 ? 100000 : 60000;
    Value big = binary_op(BinaryOp::Pow, Value::small(10), Value::small(digits));
    ASSERT_TRUE(big) << take_error();
    Value s = to_str(big);
    ASSERT_TRUE(s) << take_error();
    EXPECT_EQ(as_str(s)->len, size_t(digits + 1));
    EXPECT_EQ(as_str(s)->view().substr(0, 3), "100");
    Value back = int_from_string(as_str(s)->view(), 10);
    EXPECT_EQ(binary_op(BinaryOp::Eq, back, big), py_bool(true));
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_LT(secs, 5.0);
}

TEST_F(NumbersTest, FormatKnownValues) {
    EXPECT_EQ(format_with(make_float(1e16), ""), "1e+16");
    EXPECT_EQ(format_with(make_float(0.1), ".3g"), "0.1");
    EXPECT_EQ(format_with(Value::small(123456789), ",d"), "123,456,789");
    EXPECT_EQ(format_with(make_float(-0.0), "+"), "-0.0");
    EXPECT_EQ(format_with(Value::small(255), "#x"), "0xff");
    EXPECT_EQ(format_with(make_float(3.5), "%"), "350.000000%");
    EXPECT_EQ(format_with(Value::small(1234), "08,"), "0,001,234");
    EXPECT_EQ(format_with(make_float(12345.678), "010,.2f"), "012,345.68");
    EXPECT_EQ(format_with(Value::small(255), "#010_x"),
              MBPY_FORMAT_SPEC_EXTRA ? "0x000_00ff" : "ERR:ValueError");  // the firmware has no '_' separator
    EXPECT_EQ(format_with(make_float(100.0), ".3"), "1e+02");
    if (MBPY_COMPLEX) {
        EXPECT_EQ(format_with(make_complex(1, 2), ""), "(1+2j)");
        EXPECT_EQ(format_with(make_complex(0, -1), ""), "-1j");
    }
    EXPECT_EQ(format_with(Value::small(5), ".2"), "ERR:ValueError");
    EXPECT_EQ(format_with(make_float(1.5), "x"), "ERR:ValueError");
}
