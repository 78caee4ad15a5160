// Names of the operator slots (for error messages and for mapping them to dunder methods).
#pragma once
#include "core/runtime.hpp"

namespace core {

const char* binary_op_name(BinaryOp op);  // "__add__", "__radd__", "__iadd__", ...
const char* unary_op_name(UnaryOp op);    // "__bool__", "__len__", ...
const Str* binary_op_str(BinaryOp op);    // the same names as constant Strs
const Str* unary_op_str(UnaryOp op);

}  // namespace core
