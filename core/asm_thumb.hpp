// The inline assembler (@micropython.asm_thumb): the compiler hands over the body as data and gets back
// the function, assembled while the module compiles.
#pragma once
#include "core/runtime.hpp"

namespace core {

// What the function's r0 is given back as: its return annotation (none: int).
enum AsmReturn : uint8_t { asm_return_int, asm_return_uint, asm_return_bool, asm_return_object };

// The function of `program`, a tuple of the body's statements: each an instruction, a tuple (op,
// operands...) with registers and labels as str, immediates as int, `[rn, offset]` as a list, `{r0, ...}`
// as a tuple and an operand of another kind as None; or None (`pass`). Null on an error: a SyntaxError with
// the original's message, `*at` the index of the statement at fault (-1: none, as for a MemoryError).
Value asm_thumb_function(Tuple* program, const Str* name, uint32_t n_params, AsmReturn ret, int32_t* at);
extern const Type asm_function_type;

}  // namespace core
