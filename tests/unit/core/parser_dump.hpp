// Test helper: renders an mbpy AST exactly as CPython's `ast.dump(tree)` does (3.11 rules: optional
// fields that are None are omitted, empty lists are shown), so trees compare against CPython's text.
#pragma once
#include <string>

#include "core/ast.hpp"
#include "core/numbers.hpp"
#include "core/parser.hpp"
#include "core/runtime.hpp"

namespace parser_test {

using namespace core::ast;

inline std::string py_repr_text(std::string_view s, bool bytes) {
    bool has_sq = s.find('\'') != std::string_view::npos, has_dq = s.find('"') != std::string_view::npos;
    char q = (has_sq && !has_dq) ? '"' : '\'';
    std::string out = bytes ? "b" : "";
    out += q;
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c == '\\')
            out += "\\\\";
        else if (c == static_cast<unsigned char>(q))
            out += std::string("\\") + q;
        else if (c == '\n')
            out += "\\n";
        else if (c == '\r')
            out += "\\r";
        else if (c == '\t')
            out += "\\t";
        else if (c < 0x20 || c == 0x7f || (bytes && c >= 0x80)) {
            char buf[8];
            snprintf(buf, sizeof buf, "\\x%02x", c);
            out += buf;
        } else {
            out += static_cast<char>(c);  // non-ASCII str text is printable in our test cases
        }
    }
    out += q;
    return out;
}

inline std::string value_repr(core::Value v) {
    if (v == core::none()) return "None";
    if (v == core::py_bool(true)) return "True";
    if (v == core::py_bool(false)) return "False";
    if (v == core::ellipsis()) return "Ellipsis";
    if (v.is_small()) return std::to_string(v.small_value());
    const core::Type* t = core::type_of(v);
    if (t == &core::str_type || t == &core::bytes_type)
        return py_repr_text(core::as_str(v)->view(), t == &core::bytes_type);
    if (t == &core::float_type) {  // CPython's digits, also where repr prints 6 (MBPY_FLOAT_SHORTEST off)
        char buf[40];
        return std::string(buf, core::float_shortest_chars(buf, core::float_value(v)));
    }
    core::Value r = core::repr(v);
    if (!r) {
        core::take_exception();
        return "<repr failed>";
    }
    return std::string(core::as_str(r)->view());
}

inline std::string str(const core::Str* s) { return py_repr_text(s->view(), false); }

class Dumper {
   public:
    std::string out;

    void node(const Node* n);
    template <class T>
    void seq(const Seq<T>& s) {
        out += '[';
        for (uint32_t i = 0; i < s.len; ++i) {
            if (i) out += ", ";
            if (!s.items[i])
                out += "None";
            else
                node(s.items[i]);
        }
        out += ']';
    }
    void names(const Seq<const core::Str>& s) {
        out += '[';
        for (uint32_t i = 0; i < s.len; ++i) out += (i ? ", " : "") + str(s.items[i]);
        out += ']';
    }

    // Field writers: `first` tracks the comma.
    bool first = true;
    void sep() {
        if (!first) out += ", ";
        first = false;
    }
    void f(const char* name, const Node* n, bool optional = true) {
        if (!n && optional) return;
        sep();
        out += name;
        out += '=';
        if (n)
            node(n);
        else
            out += "None";
    }
    template <class T>
    void f(const char* name, const Seq<T>& s) {
        sep();
        out += name;
        out += '=';
        seq(s);
    }
    void fs(const char* name, const core::Str* s) {
        if (!s) return;
        sep();
        out += name;
        out += '=';
        out += str(s);
    }
    void raw(const char* name, const std::string& text) {
        sep();
        out += name;
        out += '=';
        out += text;
    }
};

inline const char* ctx_name(ExprContext c) {
    return c == ExprContext::Load ? "Load()" : c == ExprContext::Store ? "Store()" : "Del()";
}
inline const char* binop_name(core::BinaryOp op) {
    using B = core::BinaryOp;
    switch (op) {
        case B::Add: return "Add()";
        case B::Sub: return "Sub()";
        case B::Mul: return "Mult()";
        case B::MatMul: return "MatMult()";
        case B::TrueDiv: return "Div()";
        case B::FloorDiv: return "FloorDiv()";
        case B::Mod: return "Mod()";
        case B::Pow: return "Pow()";
        case B::LShift: return "LShift()";
        case B::RShift: return "RShift()";
        case B::Or: return "BitOr()";
        case B::Xor: return "BitXor()";
        case B::And: return "BitAnd()";
        default: return "?";
    }
}
inline const char* cmp_name(CmpOp op) {
    static const char* n[] = {"Eq()",  "NotEq()", "Lt()",    "LtE()", "Gt()",
                              "GtE()", "Is()",    "IsNot()", "In()",  "NotIn()"};
    return n[int(op)];
}
inline const char* unop_name(UnOp op) {
    static const char* n[] = {"Invert()", "Not()", "UAdd()", "USub()"};
    return n[int(op)];
}

inline void Dumper::node(const Node* n) {
    bool saved = first;
    first = true;
    out += kind_name(n->kind);
    out += '(';
    switch (n->kind) {
        case Kind::Module:
            f("body", static_cast<const Module*>(n)->body);
            raw("type_ignores", "[]");
            break;
        case Kind::Interactive: f("body", static_cast<const Module*>(n)->body); break;
        case Kind::Expression: f("body", static_cast<const Expression*>(n)->body); break;
        case Kind::FunctionDef:
        case Kind::AsyncFunctionDef: {
            auto* d = static_cast<const FunctionDef*>(n);
            fs("name", d->name);
            f("args", d->args);
            f("body", d->body);
            f("decorator_list", d->decorator_list);
            f("returns", d->returns);
            break;
        }
        case Kind::ClassDef: {
            auto* d = static_cast<const ClassDef*>(n);
            fs("name", d->name);
            f("bases", d->bases);
            f("keywords", d->keywords);
            f("body", d->body);
            f("decorator_list", d->decorator_list);
            break;
        }
        case Kind::Return: f("value", static_cast<const Return*>(n)->value); break;
        case Kind::Delete: f("targets", static_cast<const Delete*>(n)->targets); break;
        case Kind::Assign: {
            auto* a = static_cast<const Assign*>(n);
            f("targets", a->targets);
            f("value", a->value);
            break;
        }
        case Kind::AugAssign: {
            auto* a = static_cast<const AugAssign*>(n);
            f("target", a->target);
            raw("op", binop_name(a->op));
            f("value", a->value);
            break;
        }
        case Kind::AnnAssign: {
            auto* a = static_cast<const AnnAssign*>(n);
            f("target", a->target);
            f("annotation", a->annotation);
            f("value", a->value);
            raw("simple", a->simple ? "1" : "0");
            break;
        }
        case Kind::For:
        case Kind::AsyncFor: {
            auto* a = static_cast<const For*>(n);
            f("target", a->target);
            f("iter", a->iter);
            f("body", a->body);
            f("orelse", a->orelse);
            break;
        }
        case Kind::While: {
            auto* a = static_cast<const While*>(n);
            f("test", a->test);
            f("body", a->body);
            f("orelse", a->orelse);
            break;
        }
        case Kind::If: {
            auto* a = static_cast<const If*>(n);
            f("test", a->test);
            f("body", a->body);
            f("orelse", a->orelse);
            break;
        }
        case Kind::With:
        case Kind::AsyncWith: {
            auto* a = static_cast<const With*>(n);
            f("items", a->items);
            f("body", a->body);
            break;
        }
        case Kind::Raise: {
            auto* a = static_cast<const Raise*>(n);
            f("exc", a->exc);
            f("cause", a->cause);
            break;
        }
        case Kind::Try:
        case Kind::TryStar: {
            auto* a = static_cast<const Try*>(n);
            f("body", a->body);
            f("handlers", a->handlers);
            f("orelse", a->orelse);
            f("finalbody", a->finalbody);
            break;
        }
        case Kind::Assert: {
            auto* a = static_cast<const Assert*>(n);
            f("test", a->test);
            f("msg", a->msg);
            break;
        }
        case Kind::Import: f("names", static_cast<const Import*>(n)->names); break;
        case Kind::ImportFrom: {
            auto* a = static_cast<const ImportFrom*>(n);
            fs("module", a->module);
            f("names", a->names);
            raw("level", std::to_string(a->level));
            break;
        }
        case Kind::Global:
        case Kind::Nonlocal:
            sep();
            out += "names=";
            names(static_cast<const Global*>(n)->names);
            break;
        case Kind::Expr: f("value", static_cast<const Expr*>(n)->value); break;
        case Kind::Pass:
        case Kind::Break:
        case Kind::Continue: break;
        case Kind::BoolOp: {
            auto* a = static_cast<const BoolOp*>(n);
            raw("op", a->op == BoolOpKind::And ? "And()" : "Or()");
            f("values", a->values);
            break;
        }
        case Kind::NamedExpr: {
            auto* a = static_cast<const NamedExpr*>(n);
            f("target", a->target);
            f("value", a->value);
            break;
        }
        case Kind::BinOp: {
            auto* a = static_cast<const BinOp*>(n);
            f("left", a->left);
            raw("op", binop_name(a->op));
            f("right", a->right);
            break;
        }
        case Kind::UnaryOp: {
            auto* a = static_cast<const core::ast::UnaryOp*>(n);
            raw("op", unop_name(a->op));
            f("operand", a->operand);
            break;
        }
        case Kind::Lambda: {
            auto* a = static_cast<const Lambda*>(n);
            f("args", a->args);
            f("body", a->body);
            break;
        }
        case Kind::IfExp: {
            auto* a = static_cast<const IfExp*>(n);
            f("test", a->test);
            f("body", a->body);
            f("orelse", a->orelse);
            break;
        }
        case Kind::Dict: {
            auto* a = static_cast<const core::ast::Dict*>(n);
            f("keys", a->keys);
            f("values", a->values);
            break;
        }
        case Kind::Set: f("elts", static_cast<const core::ast::Set*>(n)->elts); break;
        case Kind::ListComp:
        case Kind::SetComp:
        case Kind::GeneratorExp: {
            auto* a = static_cast<const Comprehension1*>(n);
            f("elt", a->elt);
            f("generators", a->generators);
            break;
        }
        case Kind::DictComp: {
            auto* a = static_cast<const DictComp*>(n);
            f("key", a->key);
            f("value", a->value);
            f("generators", a->generators);
            break;
        }
        case Kind::Await:
        case Kind::Yield:
        case Kind::YieldFrom: f("value", static_cast<const Await*>(n)->value); break;
        case Kind::Compare: {
            auto* a = static_cast<const Compare*>(n);
            f("left", a->left);
            std::string ops = "[";
            for (uint32_t i = 0; i < a->comparators.len; ++i)
                ops += std::string(i ? ", " : "") + cmp_name(a->ops[i]);
            raw("ops", ops + "]");
            f("comparators", a->comparators);
            break;
        }
        case Kind::Call: {
            auto* a = static_cast<const Call*>(n);
            f("func", a->func);
            f("args", a->args);
            f("keywords", a->keywords);
            break;
        }
        case Kind::FormattedValue: {
            auto* a = static_cast<const FormattedValue*>(n);
            f("value", a->value);
            raw("conversion", std::to_string(a->conversion));
            f("format_spec", a->format_spec);
            break;
        }
        case Kind::JoinedStr: f("values", static_cast<const JoinedStr*>(n)->values); break;
        case Kind::Constant: raw("value", value_repr(static_cast<const Constant*>(n)->value)); break;
        case Kind::Attribute: {
            auto* a = static_cast<const Attribute*>(n);
            f("value", a->value);
            fs("attr", a->attr);
            raw("ctx", ctx_name(a->ctx));
            break;
        }
        case Kind::Subscript: {
            auto* a = static_cast<const Subscript*>(n);
            f("value", a->value);
            f("slice", a->slice);
            raw("ctx", ctx_name(a->ctx));
            break;
        }
        case Kind::Starred: {
            auto* a = static_cast<const Starred*>(n);
            f("value", a->value);
            raw("ctx", ctx_name(a->ctx));
            break;
        }
        case Kind::Name: {
            auto* a = static_cast<const Name*>(n);
            fs("id", a->id);
            raw("ctx", ctx_name(a->ctx));
            break;
        }
        case Kind::List:
        case Kind::Tuple: {
            auto* a = static_cast<const core::ast::List*>(n);
            f("elts", a->elts);
            raw("ctx", ctx_name(a->ctx));
            break;
        }
        case Kind::Slice: {
            auto* a = static_cast<const core::ast::Slice*>(n);
            f("lower", a->lower);
            f("upper", a->upper);
            f("step", a->step);
            break;
        }
        case Kind::comprehension: {
            auto* a = static_cast<const comprehension*>(n);
            f("target", a->target);
            f("iter", a->iter);
            f("ifs", a->ifs);
            raw("is_async", a->is_async ? "1" : "0");
            break;
        }
        case Kind::ExceptHandler: {
            auto* a = static_cast<const ExceptHandler*>(n);
            f("type", a->type);
            fs("name", a->name);
            f("body", a->body);
            break;
        }
        case Kind::arguments: {
            auto* a = static_cast<const arguments*>(n);
            f("posonlyargs", a->posonlyargs);
            f("args", a->args);
            f("vararg", a->vararg);
            f("kwonlyargs", a->kwonlyargs);
            f("kw_defaults", a->kw_defaults);
            f("kwarg", a->kwarg);
            f("defaults", a->defaults);
            break;
        }
        case Kind::arg: {
            auto* a = static_cast<const arg*>(n);
            fs("arg", a->name);
            f("annotation", a->annotation);
            break;
        }
        case Kind::keyword: {
            auto* a = static_cast<const keyword*>(n);
            fs("arg", a->arg);
            f("value", a->value);
            break;
        }
        case Kind::alias: {
            auto* a = static_cast<const alias*>(n);
            fs("name", a->name);
            fs("asname", a->asname);
            break;
        }
        case Kind::withitem: {
            auto* a = static_cast<const withitem*>(n);
            f("context_expr", a->context_expr);
            f("optional_vars", a->optional_vars);
            break;
        }
        default: out += "?"; break;
    }
    out += ')';
    first = saved;
}

inline std::string dump(const Node* n) {
    Dumper d;
    d.node(n);
    return d.out;
}

}  // namespace parser_test
