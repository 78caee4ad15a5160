// Assignment/deletion target checks, node kind names, and the REPL's "needs more input" test.
#include "core/parser_impl.hpp"

namespace core {

using namespace ast;

// Sets ctx on a target expression (and on the elements of tuples and lists, depth first) or reports
// MicroPython's error. Nested targets are walked on the operand stack, not by recursion: the tag 1 marks
// a list's second starred element (an error when reached), 2 a starred element.
bool Parser::set_context(Node* root, ExprContext ctx) {
    bool del = ctx == ExprContext::Del;
    uint32_t base = n_vals_;
    if (!push_val(root)) return false;
    while (n_vals_ > base) {
        uintptr_t w = reinterpret_cast<uintptr_t>(vals_[--n_vals_]);
        Node* n = reinterpret_cast<Node*>(w & ~uintptr_t(3));
        if (w & 1) return n_vals_ = base, fail_at(n, "multiple *x in assignment"_msg), false;
        if (w & 2) {
            n->ctx = ctx;
            n = static_cast<Starred*>(n)->value;
        }
        switch (n->kind) {
            case Kind::Name:
            case Kind::Attribute:
            case Kind::Subscript: n->ctx = ctx; continue;
            case Kind::Tuple:
            case Kind::List: {
                ast::List* l = static_cast<ast::List*>(n);
                l->ctx = ctx;
                uint32_t second = UINT32_MAX;  // a second starred element, when not deleting
                for (uint32_t i = 0, seen = 0; i < l->elts.len && !del; ++i) {
                    if (l->elts[i]->kind != Kind::Starred) continue;
                    if (seen++) {
                        second = i;
                        break;
                    }
                }
                uint32_t end = second == UINT32_MAX ? l->elts.len : second + 1;
                for (uint32_t i = end; i-- > 0;) {  // reversed: popped in order
                    Node* e = l->elts[i];
                    uintptr_t tag = i == second ? 1 : !del && e->kind == Kind::Starred ? 2 : 0;
                    if (!push_val(reinterpret_cast<Node*>(reinterpret_cast<uintptr_t>(e) | tag)))
                        return n_vals_ = base, false;
                }
                continue;
            }
            case Kind::Constant:
                n_vals_ = base;
                return fail_at(n, del ? "can't delete expression"_msg : "can't assign to literal"_msg), false;
            default:
                n_vals_ = base;
                return fail_at(n, del ? "can't delete expression"_msg : "can't assign to expression"_msg),
                       false;
        }
    }
    return true;
}

const char* ast::kind_name(Kind k) {
    static const char* const names[] = {"Module",
                                        "Interactive",
                                        "Expression",
                                        "FunctionDef",
                                        "AsyncFunctionDef",
                                        "ClassDef",
                                        "Return",
                                        "Delete",
                                        "Assign",
                                        "AugAssign",
                                        "AnnAssign",
                                        "For",
                                        "AsyncFor",
                                        "While",
                                        "If",
                                        "With",
                                        "AsyncWith",
                                        "Raise",
                                        "Try",
                                        "TryStar",
                                        "Assert",
                                        "Import",
                                        "ImportFrom",
                                        "Global",
                                        "Nonlocal",
                                        "Expr",
                                        "Pass",
                                        "Break",
                                        "Continue",
                                        "BoolOp",
                                        "NamedExpr",
                                        "BinOp",
                                        "UnaryOp",
                                        "Lambda",
                                        "IfExp",
                                        "Dict",
                                        "Set",
                                        "ListComp",
                                        "SetComp",
                                        "DictComp",
                                        "GeneratorExp",
                                        "Await",
                                        "Yield",
                                        "YieldFrom",
                                        "Compare",
                                        "Call",
                                        "FormattedValue",
                                        "JoinedStr",
                                        "Constant",
                                        "Attribute",
                                        "Subscript",
                                        "Starred",
                                        "Name",
                                        "List",
                                        "Tuple",
                                        "Slice",
                                        "comprehension",
                                        "ExceptHandler",
                                        "arguments",
                                        "arg",
                                        "keyword",
                                        "alias",
                                        "withitem"};
    static_assert(sizeof(names) / sizeof(names[0]) == size_t(Kind::Count), "one name per kind");
    return k < Kind::Count ? names[size_t(k)] : "?";
}

// MicroPython's rule (py/repl.c) so our REPL asks for more lines exactly when theirs does: an open
// bracket or triple quote, a trailing backslash, or a compound statement not yet ended by an empty line.
bool is_incomplete_input(std::string_view input) {
    if (input.empty()) return false;
    auto starts_with_word = [&](std::string_view w) {
        return input.substr(0, w.size()) == w &&
               (input.size() == w.size() || !is_ident_char(input[w.size()]));
    };
    bool compound = input[0] == '@' || starts_with_word("if") || starts_with_word("while") ||
                    starts_with_word("for") || starts_with_word("try") || starts_with_word("with") ||
                    starts_with_word("def") || starts_with_word("class") || starts_with_word("async");
    enum { none, single1, double1, single3, double3 } quote = none;
    int paren = 0, brack = 0, brace = 0;
    size_t i = 0;
    for (; i < input.size(); ++i) {
        char c = input[i];
        bool three = i + 2 < input.size() && input[i + 1] == c && input[i + 2] == c;
        if (c == '\'') {
            if (quote == none && three)
                quote = single3, i += 2;
            else if (quote == single3 && three)
                quote = none, i += 2;
            else if (quote == none)
                quote = single1;
            else if (quote == single1)
                quote = none;
        } else if (c == '"') {
            if (quote == none && three)
                quote = double3, i += 2;
            else if (quote == double3 && three)
                quote = none, i += 2;
            else if (quote == none)
                quote = double1;
            else if (quote == double1)
                quote = none;
        } else if (c == '\\' && i + 1 < input.size()) {
            ++i;  // skip the escaped character
        } else if (quote == none) {
            if (c == '(')
                ++paren;
            else if (c == ')')
                --paren;
            else if (c == '[')
                ++brack;
            else if (c == ']')
                --brack;
            else if (c == '{')
                ++brace;
            else if (c == '}')
                --brace;
        }
    }
    if (quote == single3 || quote == double3) return true;
    if ((paren > 0 || brack > 0 || brace > 0) && quote == none) return true;
    if (input.back() == '\\') return true;
    return compound && input.back() != '\n';
}

}  // namespace core
