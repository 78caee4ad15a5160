// The compiler: AST (core/ast.hpp) -> Code objects (core/code.hpp). Raises SyntaxError for what the
// parser leaves to it (scope errors, misplaced break/continue/return/yield).
#pragma once
#include <string_view>

#include "core/ast.hpp"
#include "core/code.hpp"
#include "core/parser.hpp"

namespace core {

enum class CompileMode : uint8_t {
    File,    // a module body (ast::Module)
    Single,  // one REPL input (ast::Module of kind Interactive): expression statements print their repr
    Eval,    // one expression (ast::Expression): the code returns its value
};

// Compiles a parsed tree. Returns null with an exception pending.
Code* compile_ast(ast::Node* root, const Str* filename, CompileMode mode);
// Parses and compiles source text; in File mode, with a reader that reads it (a file), instead of `source`.
Code* compile_source(std::string_view source, const Str* filename, CompileMode mode,
                     const SourceReader* reader = nullptr);

}  // namespace core
