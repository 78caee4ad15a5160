// The inline assembler (@micropython.asm_thumb) interpreted: the compiler hands over the body as data.
#pragma once
#include "core/runtime.hpp"

namespace core {

// asm_thumb(program, name): `program` is a tuple of instructions, each a tuple (op, operands...) with
// registers and labels as str, immediates as int, `[rn, offset]` as a tuple. Returns the function.
extern const NativeFunction asm_thumb_make;
extern const Type asm_function_type;

}  // namespace core
