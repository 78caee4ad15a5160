// The bytecode instruction set: one X-macro line per opcode (name, operand kind, stack effect, meaning).
//
// Encoding: a 1-byte opcode, then its operand. `U` operands are unsigned LEB128 varints (7 bits a byte,
// low first; almost always one byte), `W` two of them, `S` a signed zigzag varint, `J` a 2-byte
// little-endian absolute offset into the code (code objects are < 64 KB), `-` none.
// Stack effects: "TOS" is the top of stack; `v` marks an effect that depends on the operand.
// See docs/bytecode.md for frames, blocks and how exceptions unwind.
#pragma once
#include <cstdint>

// X(name, operand, effect, meaning)
#define MBPY_OPCODES(X)                                                                                     \
    X(NOP, '-', 0, "do nothing")                                                                            \
    X(POP_TOP, '-', -1, "discard TOS")                                                                      \
    X(ROT_TWO, '-', 0, "swap TOS and TOS1")                                                                 \
    X(ROT_THREE, '-', 0, "[a b c] -> [c a b]: TOS moves under two")                                         \
    X(ROT_FOUR, '-', 0, "[a b c d] -> [d a b c]: TOS moves under three")                                    \
    X(DUP_TOP, '-', 1, "push TOS again")                                                                    \
    X(DUP_TOP_TWO, '-', 2, "[a b] -> [a b a b]")                                                            \
    X(LOAD_CONST, 'U', 1, "push consts[U]")                                                                 \
    X(LOAD_SMALL_INT, 'S', 1, "push the small int S")                                                       \
    X(LOAD_NONE, '-', 1, "push None")                                                                       \
    X(LOAD_TRUE, '-', 1, "push True")                                                                       \
    X(LOAD_FALSE, '-', 1, "push False")                                                                     \
    X(LOAD_FAST, 'U', 1, "push local U (UnboundLocalError if unset)")                                       \
    X(STORE_FAST, 'U', -1, "local U = pop()")                                                               \
    X(DELETE_FAST, 'U', 0, "unset local U")                                                                 \
    X(LOAD_DEREF, 'U', 1, "push the contents of cell U (cells then free vars)")                             \
    X(STORE_DEREF, 'U', -1, "cell U contents = pop()")                                                      \
    X(DELETE_DEREF, 'U', 0, "empty cell U")                                                                 \
    X(LOAD_CLASSDEREF, 'W', 1, "class body: locals[names[U2]] if present, else cell U1")                    \
    X(LOAD_CLOSURE, 'U', 1, "push cell U itself (to build a closure)")                                      \
    X(LOAD_GLOBAL, 'U', 1, "push globals[names[U]], else builtins[...]")                                    \
    X(STORE_GLOBAL, 'U', -1, "globals[names[U]] = pop()")                                                   \
    X(DELETE_GLOBAL, 'U', 0, "del globals[names[U]]")                                                       \
    X(LOAD_NAME, 'U', 1, "push locals/globals/builtins[names[U]] (module and class bodies)")                \
    X(STORE_NAME, 'U', -1, "locals[names[U]] = pop()")                                                      \
    X(DELETE_NAME, 'U', 0, "del locals[names[U]]")                                                          \
    X(LOAD_ATTR, 'U', 0, "TOS = TOS.names[U]")                                                              \
    X(STORE_ATTR, 'U', -2, "[v obj] -> []: obj.names[U] = v")                                               \
    X(DELETE_ATTR, 'U', -1, "del pop().names[U]")                                                           \
    X(LOAD_METHOD, 'U', 1, "[obj] -> [f self|null]: method lookup without a bound method")                  \
    X(LOAD_SUBSCR, '-', -1, "[obj i] -> [obj[i]]")                                                          \
    X(STORE_SUBSCR, '-', -3, "[v obj i] -> []: obj[i] = v")                                                 \
    X(DELETE_SUBSCR, '-', -2, "[obj i] -> []: del obj[i]")                                                  \
    X(BINARY_OP, 'U', -1, "[a b] -> [a op b]; U is a core::BinaryOp (compare, arith, inplace, in)")         \
    X(UNARY_OP, 'U', 0, "TOS = op TOS; U is a core::UnaryOp (Pos, Neg, Invert)")                            \
    X(UNARY_NOT, '-', 0, "TOS = not TOS")                                                                   \
    X(IS_OP, 'U', -1, "[a b] -> [a is b] (U=1: is not)")                                                    \
    X(NOT_IN, '-', -1, "[a b] -> [a not in b]")                                                             \
    X(BUILD_TUPLE, 'U', 'v', "pop U items into a tuple")                                                    \
    X(BUILD_LIST, 'U', 'v', "pop U items into a list")                                                      \
    X(BUILD_SET, 'U', 'v', "pop U items into a set")                                                        \
    X(BUILD_MAP, 'U', 'v', "pop U key/value pairs into a dict")                                             \
    X(BUILD_SLICE, 'U', 'v', "pop U (2 or 3) bounds into a slice")                                          \
    X(BUILD_STRING, 'U', 'v', "pop U strs and concatenate them (f-strings)")                                \
    X(LIST_APPEND, 'U', -1, "stack[-U-1].append(pop()) (comprehensions, star displays)")                    \
    X(SET_ADD, 'U', -1, "stack[-U-1].add(pop())")                                                           \
    X(MAP_ADD, 'U', -2, "[.. k v] -> stack[-U-2][k] = v")                                                   \
    X(LIST_EXTEND, 'U', -1, "stack[-U-1].extend(pop())")                                                    \
    X(SET_UPDATE, 'U', -1, "stack[-U-1].update(pop())")                                                     \
    X(DICT_UPDATE, 'U', -1, "stack[-U-1].update(pop()) for {**m} displays")                                 \
    X(DICT_MERGE, 'U', -1, "like DICT_UPDATE but duplicate keys are an error (f(**a, **b))")                \
    X(LIST_TO_TUPLE, '-', 0, "TOS = tuple(TOS)")                                                            \
    X(FORMAT_VALUE, 'U', 'v', "f-string field: U&3 conversion (0 none, 1 !s, 2 !r, 3 !a), U&4 spec on TOS") \
    X(UNPACK_SEQUENCE, 'U', 'v', "pop an iterable, push its U items (last item first)")                     \
    X(UNPACK_EX, 'W', 'v', "a, *b, c = ...: U1 items before the star, U2 after")                            \
    X(JUMP, 'J', 0, "ip = J (checks Ctrl-C when jumping back)")                                             \
    X(POP_JUMP_IF_FALSE, 'J', -1, "if not pop(): ip = J")                                                   \
    X(POP_JUMP_IF_TRUE, 'J', -1, "if pop(): ip = J")                                                        \
    X(JUMP_IF_FALSE_OR_POP, 'J', 'v', "if not TOS: ip = J else pop() (`and`)")                              \
    X(JUMP_IF_TRUE_OR_POP, 'J', 'v', "if TOS: ip = J else pop() (`or`)")                                    \
    X(GET_ITER, '-', 0, "TOS = iter(TOS)")                                                                  \
    X(FOR_ITER, 'J', 1, "push next(TOS); when exhausted pop the iterator and ip = J")                       \
    X(SETUP_FINALLY, 'J', 0, "push a try block: on an exception ip = J with [saved exc] pushed")            \
    X(POP_BLOCK, '-', 0, "pop the innermost try block (normal exit of a try body)")                         \
    X(POP_EXCEPT, '-', -2, "leave an except/finally handler: [saved exc] -> [], restores handled exc")      \
    X(CHECK_EXC_MATCH, '-', 0, "[exc type] -> [exc isinstance(exc, type)]")                                 \
    X(RERAISE, '-', -2, "[saved exc] -> raise exc again, keeping its traceback")                            \
    X(RAISE_VARARGS, 'U', 'v', "U=0 re-raise the handled exception, 1 raise TOS, 2 raise TOS1 from TOS")    \
    X(LOAD_ASSERTION_ERROR, '-', 1, "push AssertionError")                                                  \
    X(SETUP_WITH, 'J', 1, "[mgr] -> [exit enter_result] + try block to J")                                  \
    X(WITH_EXIT, '-', -1, "[exit] -> []: exit(None, None, None)")                                           \
    X(WITH_EXCEPT, '-', 1, "[exit saved exc] -> [exit saved exc exit(type, exc, None)]")                    \
    X(RETURN_VALUE, '-', -1, "return pop() to the caller")                                                  \
    X(YIELD_VALUE, '-', 0, "suspend, yielding TOS; resumes with the sent value as TOS")                     \
    X(YIELD_FROM, '-', -1, "[it v] -> [result]: delegate to it until it returns (re-executed per yield)")   \
    X(GET_YIELD_FROM_ITER, '-', 0, "TOS = iter(TOS) unless it is a generator")                              \
    X(GET_AWAITABLE, '-', 0, "TOS = TOS.__await__() unless it is a generator/coroutine")                    \
    X(GET_AITER, '-', 0, "TOS = TOS.__aiter__()")                                                           \
    X(GET_ANEXT, '-', 1, "[ait] -> [ait awaitable of ait.__anext__()]")                                     \
    X(END_ASYNC_FOR, '-', -4, "[ait saved exc] -> []: swallow StopAsyncIteration, else re-raise")           \
    X(BEFORE_ASYNC_WITH, '-', 1, "[mgr] -> [aexit awaitable of mgr.__aenter__()]")                          \
    X(SETUP_ASYNC_WITH, 'J', 0, "push the try block of an async with (after awaiting __aenter__)")          \
    X(MAKE_FUNCTION, 'U', 'v', "U&1 defaults tuple, U&2 kwdefaults dict, U&4 closure tuple, then code")     \
    X(CALL, 'U', 'v', "[f a1..aU] -> [f(a1..aU)]")                                                          \
    X(CALL_KW, 'W', 'v', "[f U1 positionals, U2 (name value) pairs] -> [result]")                           \
    X(CALL_METHOD, 'U', 'v', "[f self|null a1..aU] -> [result]")                                            \
    X(CALL_METHOD_KW, 'W', 'v', "[f self|null U1 positionals, U2 (name value) pairs] -> [result]")          \
    X(CALL_EX, 'U', 'v', "[f args_tuple kwargs_dict?] -> [result]; U=1 when the dict is there")             \
    X(LOAD_BUILD_CLASS, '-', 1, "push builtins.__build_class__")                                            \
    X(IMPORT_NAME, 'U', -1, "[level fromlist] -> [module]: __import__(names[U], ...)")                      \
    X(IMPORT_FROM, 'U', 1, "[module] -> [module module.names[U]] (ImportError if absent)")                  \
    X(IMPORT_STAR, '-', -1, "from module import *: pop the module, copy its public names")                  \
    X(PRINT_EXPR, '-', -1, "REPL: print repr(pop()) unless None, and set builtins._")                       \
    X(SETUP_ANNOTATIONS, '-', 0, "reserved (annotations are dropped, as MicroPython does)")

namespace core {

enum class Op : uint8_t {
#define MBPY_OP_ENUM(name, operand, effect, doc) name,
    MBPY_OPCODES(MBPY_OP_ENUM)
#undef MBPY_OP_ENUM
        COUNT
};

// Operand kind of each opcode, for the disassembler and the decoder ('-', 'U', 'S', 'J', or 'W' -> 'W').
inline constexpr char op_operand_kind(Op op) {
    constexpr char kinds[] = {
#define MBPY_OP_KIND(name, operand, effect, doc) (operand == '-' ? '-' : char(operand)),
        MBPY_OPCODES(MBPY_OP_KIND)
#undef MBPY_OP_KIND
    };
    return kinds[int(op)];
}

// Opcode names for disassembly and error reports (host builds; constant data in flash on the device).
inline constexpr const char* op_names[] = {
#define MBPY_OP_NAME(name, operand, effect, doc) #name,
    MBPY_OPCODES(MBPY_OP_NAME)
#undef MBPY_OP_NAME
};

// Flags of MAKE_FUNCTION's operand.
inline constexpr unsigned make_fn_defaults = 1, make_fn_kwdefaults = 2, make_fn_closure = 4;
// FORMAT_VALUE's operand.
inline constexpr unsigned fmt_conv_mask = 3, fmt_conv_str = 1, fmt_conv_repr = 2, fmt_conv_ascii = 3,
                          fmt_have_spec = 4;

}  // namespace core
