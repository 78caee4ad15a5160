// Names of the operator slots (for error messages and for mapping them to dunder methods).
#pragma once
#include "core/runtime.hpp"

namespace core {

const char* binary_op_name(BinaryOp op);  // "__add__", "__radd__", "__iadd__", ...
const char* unary_op_name(UnaryOp op);    // "__bool__", "__len__", ...
const Str* binary_op_str(BinaryOp op);    // the same names as constant Strs
const Str* unary_op_str(UnaryOp op);

// binary_op's last steps for an arithmetic operator (plain or in-place) after the left operand's own
// method returned NotImplemented: the right operand's reflected method, else TypeError. For the VM, which
// runs that first method in a frame of its loop, and only where binary_op would not try rhs first.
Value binary_op_reflected(BinaryOp op, Value lhs, Value rhs);

// The comparison `op` (Lt .. Ne) of two values whose order is `c` (-1, 0, 1): True or False; NotImplemented
// for any other operator. One copy of the six cases for the types that compute an order.
Value compare_order(BinaryOp op, int c);

// `item in container` by iterating the container and comparing: for containers without a Contains slot,
// and for those whose slot has no faster way.
Value contains_by_iteration(Value container, Value item);

}  // namespace core
