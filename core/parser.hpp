// Python source -> AST (core/ast.hpp). Raises SyntaxError / IndentationError as MicroPython words them.
#pragma once
#include <cstdint>
#include <string_view>

#include "core/ast.hpp"
#include "core/lexer.hpp"
#include "core/runtime.hpp"

namespace core {

enum class ParseMode : uint8_t {
    File,    // a module: returns ast::Module (kind Module)
    Single,  // one REPL input (a statement or compound statement): ast::Module with kind Interactive
    Eval,    // one expression (eval()): ast::Expression
};

// Where and why parsing stopped. Filled on failure (and zeroed on success).
struct ParseError {
    uint32_t line = 0;  // 1-based line of the error, as MicroPython reports it
    uint32_t col = 0;   // 0-based byte column (for carets; MicroPython prints none)
    // The input ended while a bracket, a string, a block (`def f():` ...) or a `\` continuation was
    // still open: in the REPL, read more lines instead of reporting the error.
    bool incomplete = false;
    // MicroPython finds some errors while compiling rather than parsing ("can't assign to literal",
    // "non-default argument follows default argument"...) and then prints the scope in the traceback:
    //   File "x.py", line 3, in <module>      (compile_time, scope == nullptr)
    //   File "x.py", line 3, in f             (compile_time, scope = the enclosing def/class name)
    // Plain parse errors print `  File "x.py", line 3` only.
    bool compile_time = false;
    const Str* scope = nullptr;
};

// Parses `source` (UTF-8; a BOM, CRLF and CR line ends are accepted). On success returns the root
// (ast::Module for File/Single, ast::Expression for Eval; cast by its kind). On failure returns nullptr
// with core::state.exc set to a SyntaxError or IndentationError whose args are (message,) and `err`
// (if given) filled in. MemoryError and RuntimeError (C stack exhausted) are reported the same way.
// `filename` is unused for now (reserved for SyntaxError.filename); may be nullptr.
//
// With a hook, each def that is inside no other def (at module level, or in classes only) goes to
// `function_parsed` as soon as it is parsed: the compiler compiles it then and drops its body, so the
// tree of a whole module never has to fit in the heap at once, only that of its largest function. If the
// hook fails (an error pending), parsing goes on without it: a syntax error later in the source is still
// the one reported, as when a whole module is parsed before it is compiled; otherwise the hook's error is.
// In File mode `statement_parsed` then takes each module-level statement once it is parsed (its defs
// have been to `function_parsed`) and the parser drops it: the module's body stays empty, and the tree
// in the heap is never more than one top-level statement. A module-level if/while/for (and one nested
// in such a block) goes to `statement_parsed` as soon as its header is parsed, its blocks
// ast::streamed_block(); then each statement of its blocks as it is parsed, and `block_ended` at the end
// of each block (an elif's If comes as the only statement of the else block before it, and ends last).
// So the tree of a program's main loop is never in the heap whole, only its open headers.
struct ParseHook {
    bool (*function_parsed)(ast::FunctionDef* def, bool in_class, void* ctx) = nullptr;
    bool (*statement_parsed)(ast::Node* stmt, void* ctx) = nullptr;
    bool (*block_ended)(void* ctx) = nullptr;
    void* ctx = nullptr;
};
// With a reader (File mode), the source is read from it, through the lexer's window, instead of `source`.
ast::Node* parse(std::string_view source, const Str* filename, ParseMode mode, ParseError* err = nullptr,
                 ParseHook hook = {}, const SourceReader* reader = nullptr);

// For the REPL: true when `source` is an unfinished input (open bracket, unterminated triple-quoted
// string, trailing `\`, a compound statement header without a blank line after its block). Leaves
// no exception pending.
bool is_incomplete_input(std::string_view source);

}  // namespace core
