// The bool type (a subtype of int): True/False, their repr, and & | ^ that stay bool.
#include "core/names.hpp"
#include "core/numbers.hpp"

namespace core {

static bool bool_print(Printer& out, Value self, PrintKind) {
    out.write(self == py_bool(true) ? "True" : "False");
    return true;
}

static Value bool_make_new(const Type*, const Args& args) {
    if (args.n_kw) return raise_type_error("function doesn't take keyword arguments"_msg);
    if (args.n_pos > 1) return raise_type_error("function takes at most 1 argument"_msg);
    if (args.n_pos == 0) return py_bool(false);
    int t = truth(args.pos[0]);
    if (t < 0) return {};
    return py_bool(t);
}

static Value bool_unary(UnaryOp op, Value self) {
    Value i = Value::small(self == py_bool(true) ? 1 : 0);
    switch (op) {
        case UnaryOp::Bool: return self;
        case UnaryOp::Hash:
        case UnaryOp::Pos:
        case UnaryOp::Abs: return i;
        case UnaryOp::Neg: return Value::small(-i.small_value());
        case UnaryOp::Invert: return Value::small(~i.small_value());
        default: return not_implemented();
    }
}

static Value bool_binary(BinaryOp op, Value lhs, Value rhs) {
    bool bits = false;
    switch (op) {
        case BinaryOp::And:
        case BinaryOp::Or:
        case BinaryOp::Xor:
        case BinaryOp::InplaceAnd:
        case BinaryOp::InplaceOr:
        case BinaryOp::InplaceXor:
        case BinaryOp::ReverseAnd:
        case BinaryOp::ReverseOr:
        case BinaryOp::ReverseXor: bits = true; break;
        default: break;
    }
    if (bits && is_type(lhs, &bool_type) && is_type(rhs, &bool_type)) {
        bool a = lhs == py_bool(true), b = rhs == py_bool(true);
        BinaryOp base = op;
        if (op >= BinaryOp::ReverseOr)
            base = BinaryOp(int(op) - binary_reverse_offset);
        else if (op >= BinaryOp::InplaceOr)
            base = BinaryOp(int(op) - binary_inplace_offset);
        return py_bool(base == BinaryOp::And ? (a && b) : base == BinaryOp::Or ? (a || b) : (a != b));
    }
    // Everything else is int arithmetic on 0/1 (int's slot maps bools through int_of).
    return int_type.binary_op(op, lhs, rhs);
}

// bool cannot be subclassed (no type_flag_base_ok), as in Python.
const Type bool_type = builtin_type({.name = &q_bool,
                                     .make_new = bool_make_new,
                                     .print = bool_print,
                                     .unary_op = bool_unary,
                                     .binary_op = bool_binary,
                                     .base = &int_type});

MBPY_CONST_OBJ(1) const Obj true_obj{&bool_type};
MBPY_CONST_OBJ(0) const Obj false_obj{&bool_type};

}  // namespace core
