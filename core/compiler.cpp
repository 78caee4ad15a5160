// The compiler's statements, function/class bodies and entry points (expressions: compiler_expr.cpp).
#include "core/asm_thumb.hpp"
#include "core/compiler_impl.hpp"
#include "core/gc.hpp"
#include "core/names.hpp"
#include "core/obj_exception.hpp"

namespace core {
namespace comp {

namespace {

uint16_t runtime_blocks(Unit* u) {
    int n = 0;
    for (int i = 0; i < u->n_fblocks; ++i) {
        BlockKind k = u->fblocks[i].kind;
        if (k != BlockKind::While && k != BlockKind::For && k != BlockKind::AsyncFor &&
            k != BlockKind::PopValue)
            ++n;
    }
    return uint16_t(n);
}

}  // namespace

bool push_fblock(Compiler* c, BlockKind kind, Label* brk, Label* cont, Node* fin, const Str* name) {
    Unit* u = c->u;
    if (u->n_fblocks >= max_fblocks) return syntax_error(fin, "too many statically nested blocks");
    u->fblocks[u->n_fblocks++] = FBlock{kind, brk, cont, fin, name};
    int rb = runtime_blocks(u);
    if (rb > u->max_runtime_blocks) u->max_runtime_blocks = rb;
    return true;
}

void pop_fblock(Compiler* c) { --c->u->n_fblocks; }

namespace {

// Emits what leaving fblock `fb` early needs (break/continue/return). `preserve` keeps TOS (the
// return value) on top. The finally body is compiled with the fblock stack cut below `fb`.

// `await exit(None, None, None)` of an `async with` left normally; the result is dropped.
static void emit_async_exit_none(Unit* u) {
    emit_op(u, Op::LOAD_NONE, 1);
    emit_op(u, Op::LOAD_NONE, 1);
    emit_op(u, Op::LOAD_NONE, 1);
    emit_op_u(u, Op::CALL, 3, -3);
    emit_op(u, Op::GET_AWAITABLE, 0);
    emit_op(u, Op::LOAD_NONE, 1);
    emit_op(u, Op::YIELD_FROM, -1);
    emit_op(u, Op::POP_TOP, -1);
}

bool unwind_fblock(Compiler* c, int index, bool preserve) {
    Unit* u = c->u;
    FBlock fb = u->fblocks[index];
    switch (fb.kind) {
        case BlockKind::While: return true;
        case BlockKind::PopValue:
            if (preserve) emit_op(u, Op::ROT_TWO, 0);
            emit_op(u, Op::POP_TOP, -1);
            return true;
        case BlockKind::For:
        case BlockKind::AsyncFor:
            if (preserve) emit_op(u, Op::ROT_TWO, 0);
            emit_op(u, Op::POP_TOP, -1);
            return true;
        case BlockKind::TryExcept: emit_op(u, Op::POP_BLOCK, 0); return true;
        case BlockKind::FinallyTry: {
            emit_op(u, Op::POP_BLOCK, 0);
            int saved_n = u->n_fblocks;
            FBlock saved[max_fblocks];
            for (int i = 0; i < saved_n; ++i) saved[i] = u->fblocks[i];
            u->n_fblocks = index;
            bool ok = true;
            if (preserve) ok = push_fblock(c, BlockKind::PopValue, nullptr, nullptr, fb.finally_, nullptr);
            ok = ok && compile_stmts(c, static_cast<Try*>(fb.finally_)->finalbody);
            for (int i = 0; i < saved_n; ++i) u->fblocks[i] = saved[i];
            u->n_fblocks = saved_n;
            return ok;
        }
        case BlockKind::FinallyEnd:
        case BlockKind::Handler:
            if (preserve) emit_op(u, Op::ROT_THREE, 0);
            emit_op(u, Op::POP_EXCEPT, -2);
            if (fb.name) {
                emit_op(u, Op::LOAD_NONE, 1);
                compile_name(c, fb.name, ExprContext::Store);
                compile_name(c, fb.name, ExprContext::Del);
            }
            return true;
        case BlockKind::With:
            emit_op(u, Op::POP_BLOCK, 0);
            if (preserve) emit_op(u, Op::ROT_TWO, 0);
            emit_op(u, Op::WITH_EXIT, -1);
            return true;
        case BlockKind::AsyncWith:
            emit_op(u, Op::POP_BLOCK, 0);
            if (preserve) emit_op(u, Op::ROT_TWO, 0);
            emit_async_exit_none(u);
            return true;
    }
    return true;
}

bool compile_break_continue(Compiler* c, Node* s, bool is_break) {
    Unit* u = c->u;
    int saved_depth = u->depth;
    int i = u->n_fblocks - 1;
    for (; i >= 0; --i) {
        BlockKind k = u->fblocks[i].kind;
        if (k == BlockKind::While || k == BlockKind::For || k == BlockKind::AsyncFor) break;
    }
    if (i < 0) return syntax_error(s, is_break ? "'break' outside loop" : "'continue' not properly in loop");
    for (int j = u->n_fblocks - 1; j > i; --j)
        if (!unwind_fblock(c, j, false)) return false;
    FBlock& loop = u->fblocks[i];
    if (is_break) {
        if (loop.kind != BlockKind::While) emit_op(u, Op::POP_TOP, -1);
        emit_jump(u, Op::JUMP, *loop.brk, 0);
    } else {
        emit_jump(u, Op::JUMP, *loop.cont, 0);
    }
    u->depth = saved_depth;
    return true;
}

bool compile_return(Compiler* c, Return* s) {
    Unit* u = c->u;
    if (u->scope->kind != ScopeKind::Function) return syntax_error(s, "'return' outside function");
    if (s->value) {
        if (!compile_expr(c, s->value)) return false;
    } else {
        emit_op(u, Op::LOAD_NONE, 1);
    }
    int saved_depth = u->depth;
    for (int j = u->n_fblocks - 1; j >= 0; --j)
        if (!unwind_fblock(c, j, true)) return false;
    emit_op(u, Op::RETURN_VALUE, -1);
    u->depth = saved_depth - 1;
    return true;
}

bool compile_if(Compiler* c, If* s) {
    Unit* u = c->u;
    Label l_else, l_end;
    if (!compile_jump_if(c, s->test, false, l_else)) return false;
    if (!compile_stmts(c, s->body)) return false;
    if (!s->orelse.empty()) {
        emit_jump(u, Op::JUMP, l_end, 0);
        bind_label(u, l_else);
        if (!compile_stmts(c, s->orelse)) return false;
        bind_label(u, l_end);
    } else {
        bind_label(u, l_else);
    }
    return true;
}

bool compile_while(Compiler* c, While* s) {
    Unit* u = c->u;
    Label l_top, l_else, l_break;
    bind_label(u, l_top);
    bool forever = s->test->kind == Kind::Constant && truth(static_cast<Constant*>(s->test)->value) == 1;
    if (!forever && !compile_jump_if(c, s->test, false, l_else)) return false;
    if (!push_fblock(c, BlockKind::While, &l_break, &l_top, s, nullptr)) return false;
    if (!compile_stmts(c, s->body)) return false;
    pop_fblock(c);
    emit_jump(u, Op::JUMP, l_top, 0);
    bind_label(u, l_else);
    if (!compile_stmts(c, s->orelse)) return false;
    bind_label(u, l_break);
    return true;
}

bool compile_for(Compiler* c, For* s) {
    Unit* u = c->u;
    bool async = s->kind == Kind::AsyncFor;
    Label l_top, l_exit, l_break;
    if (!compile_expr(c, s->iter)) return false;
    int base = u->depth;
    if (async) {
        emit_op(u, Op::GET_AITER, 0);
        bind_label(u, l_top);
        Label l_handler;
        emit_jump(u, Op::SETUP_FINALLY, l_handler, 0);
        if (!push_fblock(c, BlockKind::TryExcept, nullptr, nullptr, s, nullptr)) return false;
        emit_op(u, Op::GET_ANEXT, 1);
        emit_op(u, Op::LOAD_NONE, 1);
        emit_op(u, Op::YIELD_FROM, -1);
        pop_fblock(c);
        emit_op(u, Op::POP_BLOCK, 0);
        if (!compile_store(c, s->target)) return false;
        if (!push_fblock(c, BlockKind::AsyncFor, &l_break, &l_top, s, nullptr)) return false;
        if (!compile_stmts(c, s->body)) return false;
        pop_fblock(c);
        emit_jump(u, Op::JUMP, l_top, 0);
        bind_label(u, l_handler);
        u->depth = base + 2;
        adjust_depth(u, 0);
        emit_op(u, Op::END_ASYNC_FOR, -3);
    } else {
        emit_op(u, Op::GET_ITER, 0);
        bind_label(u, l_top);
        emit_jump(u, Op::FOR_ITER, l_exit, 1);
        if (!compile_store(c, s->target)) return false;
        if (!push_fblock(c, BlockKind::For, &l_break, &l_top, s, nullptr)) return false;
        if (!compile_stmts(c, s->body)) return false;
        pop_fblock(c);
        emit_jump(u, Op::JUMP, l_top, 0);
        bind_label(u, l_exit);
    }
    u->depth = base - 1;
    if (!compile_stmts(c, s->orelse)) return false;
    bind_label(u, l_break);
    return true;
}

bool compile_try_except(Compiler* c, Try* s) {
    Unit* u = c->u;
    Label l_handler, l_end;
    int base = u->depth;
    emit_jump(u, Op::SETUP_FINALLY, l_handler, 0);
    if (!push_fblock(c, BlockKind::TryExcept, nullptr, nullptr, s, nullptr)) return false;
    if (!compile_stmts(c, s->body)) return false;
    pop_fblock(c);
    emit_op(u, Op::POP_BLOCK, 0);
    if (!compile_stmts(c, s->orelse)) return false;
    emit_jump(u, Op::JUMP, l_end, 0);
    bind_label(u, l_handler);
    for (ExceptHandler* h : s->handlers) {
        u->depth = base;
        adjust_depth(u, 2);  // [saved exc]
        set_line(u, h->line);
        Label l_next;
        if (h->type) {
            if (!compile_expr(c, h->type)) return false;
            emit_op(u, Op::CHECK_EXC_MATCH, 0);
            emit_jump(u, Op::POP_JUMP_IF_FALSE, l_next, -1);
        } else if (h != s->handlers[s->handlers.len - 1]) {
            return syntax_error(h, "default 'except:' must be last");
        }
        if (h->name) {
            emit_op(u, Op::DUP_TOP, 1);
            if (!compile_name(c, h->name, ExprContext::Store)) return false;
        }
        if (!push_fblock(c, BlockKind::Handler, nullptr, nullptr, h, h->name)) return false;
        if (!compile_stmts(c, h->body)) return false;
        pop_fblock(c);
        emit_op(u, Op::POP_EXCEPT, -2);
        if (h->name) {
            emit_op(u, Op::LOAD_NONE, 1);
            compile_name(c, h->name, ExprContext::Store);
            compile_name(c, h->name, ExprContext::Del);
        }
        emit_jump(u, Op::JUMP, l_end, 0);
        bind_label(u, l_next);
    }
    u->depth = base;
    adjust_depth(u, 2);
    emit_op(u, Op::RERAISE, -2);
    bind_label(u, l_end);
    u->depth = base;
    return true;
}

bool compile_try(Compiler* c, Try* s) {
    Unit* u = c->u;
    if (s->finalbody.empty()) return compile_try_except(c, s);
    Label l_finally, l_end;
    int base = u->depth;
    emit_jump(u, Op::SETUP_FINALLY, l_finally, 0);
    if (!push_fblock(c, BlockKind::FinallyTry, nullptr, nullptr, s, nullptr)) return false;
    if (!s->handlers.empty()) {
        if (!compile_try_except(c, s)) return false;
    } else {
        if (!compile_stmts(c, s->body)) return false;
    }
    pop_fblock(c);
    emit_op(u, Op::POP_BLOCK, 0);
    if (!compile_stmts(c, s->finalbody)) return false;
    emit_jump(u, Op::JUMP, l_end, 0);
    bind_label(u, l_finally);
    u->depth = base;
    adjust_depth(u, 2);
    if (!push_fblock(c, BlockKind::FinallyEnd, nullptr, nullptr, s, nullptr)) return false;
    if (!compile_stmts(c, s->finalbody)) return false;
    pop_fblock(c);
    emit_op(u, Op::RERAISE, -2);
    bind_label(u, l_end);
    u->depth = base;
    return true;
}

bool compile_with_item(Compiler* c, With* s, uint32_t i) {
    Unit* u = c->u;
    bool async = s->kind == Kind::AsyncWith;
    withitem* item = s->items[i];
    Label l_handler, l_end, l_suppress;
    if (!compile_expr(c, item->context_expr)) return false;
    int base = u->depth;  // the manager, replaced by its __exit__
    if (async) {
        emit_op(u, Op::BEFORE_ASYNC_WITH, 1);
        emit_op(u, Op::LOAD_NONE, 1);
        emit_op(u, Op::YIELD_FROM, -1);
        emit_jump(u, Op::SETUP_ASYNC_WITH, l_handler, 0);
    } else {
        emit_jump(u, Op::SETUP_WITH, l_handler, 1);
    }
    if (!push_fblock(c, async ? BlockKind::AsyncWith : BlockKind::With, nullptr, nullptr, s, nullptr))
        return false;
    if (item->optional_vars) {
        if (!compile_store(c, item->optional_vars)) return false;
    } else {
        emit_op(u, Op::POP_TOP, -1);
    }
    if (i + 1 < s->items.len) {
        if (!compile_with_item(c, s, i + 1)) return false;
    } else {
        if (!compile_stmts(c, s->body)) return false;
    }
    pop_fblock(c);
    emit_op(u, Op::POP_BLOCK, 0);
    if (async) {
        emit_async_exit_none(u);
    } else {
        emit_op(u, Op::WITH_EXIT, -1);
    }
    emit_jump(u, Op::JUMP, l_end, 0);
    bind_label(u, l_handler);
    u->depth = base;
    adjust_depth(u, 2);  // [exit saved exc]
    emit_op(u, Op::WITH_EXCEPT, 1);
    if (async) {
        emit_op(u, Op::GET_AWAITABLE, 0);
        emit_op(u, Op::LOAD_NONE, 1);
        emit_op(u, Op::YIELD_FROM, -1);
    }
    emit_jump(u, Op::POP_JUMP_IF_TRUE, l_suppress, -1);
    emit_op(u, Op::RERAISE, -2);
    bind_label(u, l_suppress);
    u->depth = base + 2;
    emit_op(u, Op::POP_EXCEPT, -2);
    emit_op(u, Op::POP_TOP, -1);
    bind_label(u, l_end);
    u->depth = base - 1;
    return true;
}

bool compile_import(Compiler* c, Import* s) {
    Unit* u = c->u;
    for (alias* a : s->names) {
        emit_small_int(u, 0);
        emit_op(u, Op::LOAD_NONE, 1);
        emit_op_u(u, Op::IMPORT_NAME, name_index(u, a->name), -1);
        std::string_view v = a->name->view();
        size_t dot = v.find('.');
        if (a->asname) {
            // import a.b.c as d: d is the innermost module
            while (dot != std::string_view::npos) {
                size_t next = v.find('.', dot + 1);
                Value part =
                    intern(v.substr(dot + 1, next == std::string_view::npos ? v.npos : next - dot - 1));
                if (!part) return false;
                emit_op_u(u, Op::LOAD_ATTR, name_index(u, part.as<Str>()), 0);
                dot = next;
            }
            if (!compile_name(c, a->asname, ExprContext::Store)) return false;
        } else if (dot != std::string_view::npos) {
            Value first = intern(v.substr(0, dot));
            if (!first || !compile_name(c, first.as<Str>(), ExprContext::Store)) return false;
        } else {
            if (!compile_name(c, a->name, ExprContext::Store)) return false;
        }
    }
    return true;
}

bool compile_import_from(Compiler* c, ImportFrom* s) {
    Unit* u = c->u;
    emit_small_int(u, s->level);
    bool star = s->names.len == 1 && s->names[0]->name->view() == "*";
    core::Tuple* from = new_tuple(s->names.len);
    if (!from) return false;
    for (uint32_t i = 0; i < s->names.len; ++i) from->items[i] = Value(s->names[i]->name);
    emit_const(u, Value(from));
    Value empty = intern("");
    if (!empty) return false;
    const Str* mod = s->module ? s->module : empty.as<Str>();
    emit_op_u(u, Op::IMPORT_NAME, name_index(u, mod), -1);
    if (star) {
        emit_op(u, Op::IMPORT_STAR, -1);
        return true;
    }
    for (alias* a : s->names) {
        emit_op_u(u, Op::IMPORT_FROM, name_index(u, a->name), 1);
        if (!compile_name(c, a->asname ? a->asname : a->name, ExprContext::Store)) return false;
    }
    emit_op(u, Op::POP_TOP, -1);
    return true;
}

bool compile_aug_assign(Compiler* c, AugAssign* s) {
    Unit* u = c->u;
    uint32_t op = uint32_t(s->op) + binary_inplace_offset;
    Node* t = s->target;
    switch (t->kind) {
        case Kind::Name: {
            const Str* id = static_cast<Name*>(t)->id;
            if (!compile_name(c, id, ExprContext::Load) || !compile_expr(c, s->value)) return false;
            emit_op_u(u, Op::BINARY_OP, op, -1);
            return compile_name(c, id, ExprContext::Store);
        }
        case Kind::Attribute: {
            auto* a = static_cast<Attribute*>(t);
            if (!compile_expr(c, a->value)) return false;
            emit_op(u, Op::DUP_TOP, 1);
            emit_op_u(u, Op::LOAD_ATTR, name_index(u, a->attr), 0);
            if (!compile_expr(c, s->value)) return false;
            emit_op_u(u, Op::BINARY_OP, op, -1);
            emit_op(u, Op::ROT_TWO, 0);
            emit_op_u(u, Op::STORE_ATTR, name_index(u, a->attr), -2);
            return true;
        }
        case Kind::Subscript: {
            auto* a = static_cast<Subscript*>(t);
            if (!compile_expr(c, a->value) || !compile_expr(c, a->slice)) return false;
            emit_op(u, Op::DUP_TOP_TWO, 2);
            emit_op(u, Op::LOAD_SUBSCR, -1);
            if (!compile_expr(c, s->value)) return false;
            emit_op_u(u, Op::BINARY_OP, op, -1);
            emit_op(u, Op::ROT_THREE, 0);
            emit_op(u, Op::STORE_SUBSCR, -3);
            return true;
        }
        default: return syntax_error(t, "illegal expression for augmented assignment");
    }
}

}  // namespace

bool compile_stmts(Compiler* c, const Seq<Node>& body) {
    for (Node* s : body)
        if (!compile_stmt(c, s)) return false;
    return true;
}

// `@micropython.native` and `@micropython.viper` choose MicroPython's code emitter; its compiler handles them
// without a name lookup (no import needed) and the function means the same with bytecode: drop them.
static bool is_code_emitter_decorator(Node* d) {
    if (d->kind != Kind::Attribute) return false;
    auto* a = static_cast<ast::Attribute*>(d);
    if (a->value->kind != Kind::Name || static_cast<Name*>(a->value)->id->view() != "micropython")
        return false;
    return a->attr->view() == "native" || a->attr->view() == "viper";
}

// `@micropython.asm_thumb`: the body is Thumb assembler, one `op(operands)` call per line. The board runs it
// through core/asm_thumb.cpp, so the compiler passes the instructions on as constant data.
static bool is_asm_thumb(Node* d) {
    if (d->kind != Kind::Attribute) return false;
    auto* a = static_cast<ast::Attribute*>(d);
    return a->value->kind == Kind::Name && static_cast<Name*>(a->value)->id->view() == "micropython" &&
           a->attr->view() == "asm_thumb";
}

static Value asm_operand(Node* a) {
    if (a->kind == Kind::Name) return Value(static_cast<Name*>(a)->id);
    if (a->kind == Kind::List || a->kind == Kind::Tuple || a->kind == Kind::Set) {
        const Seq<Node>& elts =
            a->kind == Kind::Set ? static_cast<ast::Set*>(a)->elts : static_cast<ast::List*>(a)->elts;
        core::Tuple* t = new_tuple(elts.len);
        if (!t) return {};
        for (uint32_t i = 0; i < elts.len; ++i) {
            if (!(t->items[i] = asm_operand(elts[i]))) return {};
        }
        return Value(t);
    }
    return fold(a);  // constants, including -1 and 1 << 4
}

static bool compile_asm_function(Compiler* c, FunctionDef* f) {
    core::Tuple* prog = new_tuple(f->body.len);
    if (!prog) return false;
    size_t n = 0;
    for (Node* st : f->body) {
        if (st->kind != Kind::Expr) return syntax_error(st, "asm_thumb: expecting an instruction");
        Node* e = static_cast<Expr*>(st)->value;
        if (e->kind == Kind::Constant) continue;  // a docstring
        auto* call = static_cast<Call*>(e);
        if (e->kind != Kind::Call || call->func->kind != Kind::Name) {
            return syntax_error(st, "asm_thumb: expecting an instruction");
        }
        core::Tuple* ins = new_tuple(call->args.len + 1);
        if (!ins) return false;
        ins->items[0] = Value(static_cast<Name*>(call->func)->id);
        for (uint32_t i = 0; i < call->args.len; ++i) {
            if (!(ins->items[i + 1] = asm_operand(call->args[i]))) {
                if (!pending()) return syntax_error(st, "asm_thumb: unsupported operand");
                return false;
            }
        }
        prog->items[n++] = Value(ins);
    }
    prog->len = n;
    emit_const(c->u, Value(&asm_thumb_make));
    emit_const(c->u, Value(prog));
    emit_const(c->u, Value(f->name));
    emit_op_u(c->u, Op::CALL, 2, -2);
    return true;
}

static bool has_starred(const Seq<Node>& elts) {
    for (Node* e : elts)
        if (e->kind == Kind::Starred) return true;
    return false;
}

// `a, b = x, y` and `a, b, c = x, y, z` need no tuple, as CPython compiles them: the values are pushed
// in order, reversed on the stack, and stored left to right.
static bool is_small_swap(Node* target, Node* value) {
    if ((target->kind != Kind::Tuple && target->kind != Kind::List) || value->kind != Kind::Tuple)
        return false;
    const Seq<Node>& to = static_cast<ast::List*>(target)->elts;
    const Seq<Node>& from = static_cast<ast::Tuple*>(value)->elts;
    return to.len == from.len && to.len >= 2 && to.len <= 3 && !has_starred(to) && !has_starred(from);
}
static bool compile_small_swap(Compiler* c, Node* target, Node* value) {
    const Seq<Node>& to = static_cast<ast::List*>(target)->elts;
    for (Node* e : static_cast<ast::Tuple*>(value)->elts)
        if (!compile_expr(c, e)) return false;
    if (to.len == 3) emit_op(c->u, Op::ROT_THREE, 0);
    emit_op(c->u, Op::ROT_TWO, 0);
    for (Node* t : to)
        if (!compile_store(c, t)) return false;
    return true;
}

bool compile_stmt(Compiler* c, Node* s) {
    Unit* u = c->u;
    if (u->failed) return false;
    gc::note_stack_depth();
    if (!check_c_stack()) return false;
    set_line(u, s->line);
    switch (s->kind) {
        case Kind::FunctionDef:
        case Kind::AsyncFunctionDef: {
            auto* f = static_cast<FunctionDef*>(s);
            for (Node* d : f->decorator_list) {
                if (is_asm_thumb(d)) {
                    set_line(u, s->line);
                    if (!compile_asm_function(c, f)) return false;
                    return compile_name(c, f->name, ExprContext::Store);
                }
            }
            uint32_t n_decorators = 0;
            for (Node* d : f->decorator_list) {
                if (is_code_emitter_decorator(d)) continue;
                if (!compile_expr(c, d)) return false;
                ++n_decorators;
            }
            set_line(u, s->line);
            if (!compile_function(c, s, child_scope(u->scope, s))) return false;
            for (uint32_t i = 0; i < n_decorators; ++i) emit_op_u(u, Op::CALL, 1, -1);
            return compile_name(c, f->name, ExprContext::Store);
        }
        case Kind::ClassDef: {
            auto* k = static_cast<ClassDef*>(s);
            for (Node* d : k->decorator_list)
                if (!compile_expr(c, d)) return false;
            set_line(u, s->line);
            emit_op(u, Op::LOAD_BUILD_CLASS, 1);
            if (!compile_function(c, s, child_scope(u->scope, s))) return false;
            emit_const(u, Value(k->name));
            // The rest is an ordinary call: __build_class__(body, name, *bases, **keywords).
            Call call{};
            call.kind = Kind::Call;
            call.line = s->line;
            call.args = k->bases;
            call.keywords = k->keywords;
            if (!compile_call_args(c, &call, 2, false)) return false;
            for (uint32_t i = 0; i < k->decorator_list.len; ++i) emit_op_u(u, Op::CALL, 1, -1);
            return compile_name(c, k->name, ExprContext::Store);
        }
        case Kind::Return: return compile_return(c, static_cast<Return*>(s));
        case Kind::Delete:
            for (Node* t : static_cast<Delete*>(s)->targets)
                if (!compile_delete(c, t)) return false;
            return true;
        case Kind::Assign: {
            auto* a = static_cast<Assign*>(s);
            if (a->targets.len == 1 && is_small_swap(a->targets[0], a->value))
                return compile_small_swap(c, a->targets[0], a->value);
            if (!compile_expr(c, a->value)) return false;
            for (uint32_t i = 0; i < a->targets.len; ++i) {
                if (i + 1 < a->targets.len) emit_op(u, Op::DUP_TOP, 1);
                if (!compile_store(c, a->targets[i])) return false;
            }
            return true;
        }
        case Kind::AugAssign: return compile_aug_assign(c, static_cast<AugAssign*>(s));
        case Kind::AnnAssign: {
            auto* a = static_cast<AnnAssign*>(s);
            if (!a->value) return true;  // annotations are dropped, as MicroPython does
            if (!compile_expr(c, a->value)) return false;
            return compile_store(c, a->target);
        }
        case Kind::For:
        case Kind::AsyncFor: return compile_for(c, static_cast<For*>(s));
        case Kind::While: return compile_while(c, static_cast<While*>(s));
        case Kind::If: return compile_if(c, static_cast<If*>(s));
        case Kind::With:
        case Kind::AsyncWith: return compile_with_item(c, static_cast<With*>(s), 0);
        case Kind::Raise: {
            auto* r = static_cast<Raise*>(s);
            uint32_t n = 0;
            if (r->exc) {
                if (!compile_expr(c, r->exc)) return false;
                ++n;
                if (r->cause) {
                    if (!compile_expr(c, r->cause)) return false;
                    ++n;
                }
            }
            emit_op_u(u, Op::RAISE_VARARGS, n, -int(n));
            return true;
        }
        case Kind::Try:
        case Kind::TryStar: return compile_try(c, static_cast<Try*>(s));
        case Kind::Assert: {
            auto* a = static_cast<Assert*>(s);
            Label l_ok;
            if (!compile_jump_if(c, a->test, true, l_ok)) return false;
            emit_op(u, Op::LOAD_ASSERTION_ERROR, 1);
            if (a->msg) {
                if (!compile_expr(c, a->msg)) return false;
                emit_op_u(u, Op::CALL, 1, -1);
            }
            emit_op_u(u, Op::RAISE_VARARGS, 1, -1);
            bind_label(u, l_ok);
            return true;
        }
        case Kind::Import: return compile_import(c, static_cast<Import*>(s));
        case Kind::ImportFrom: return compile_import_from(c, static_cast<ImportFrom*>(s));
        case Kind::Global:
        case Kind::Nonlocal:
        case Kind::Pass: return true;
        case Kind::Expr: {
            Node* v = static_cast<ast::Expr*>(s)->value;
            if (c->interactive_top && u->scope->kind == ScopeKind::Module) {
                if (!compile_expr(c, v)) return false;
                emit_op(u, Op::PRINT_EXPR, -1);
                return true;
            }
            if (v->kind == Kind::Constant) return true;  // docstrings and bare constants do nothing
            if (!compile_expr(c, v)) return false;
            emit_op(u, Op::POP_TOP, -1);
            return true;
        }
        case Kind::Break: return compile_break_continue(c, s, true);
        case Kind::Continue: return compile_break_continue(c, s, false);
        default: return syntax_error(s, "invalid syntax");
    }
}

// A module's or class's docstring becomes __doc__, as in CPython (cheap: one name and the constant;
// functions keep none, as MicroPython).
static void store_docstring(Unit* u, const Seq<Node>& body) {
    if (body.empty() || body[0]->kind != Kind::Expr) return;
    Node* v = static_cast<ast::Expr*>(body[0])->value;
    if (v->kind != Kind::Constant || !is_str(static_cast<ast::Constant*>(v)->value)) return;
    emit_const(u, static_cast<ast::Constant*>(v)->value);
    emit_op_u(u, Op::STORE_NAME, name_index(u, &q_dunder_doc), -1);
}

static arguments* args_of(Node* node) {
    if (node->kind == Kind::FunctionDef || node->kind == Kind::AsyncFunctionDef)
        return static_cast<FunctionDef*>(node)->args;
    return node->kind == Kind::Lambda ? static_cast<Lambda*>(node)->args : nullptr;
}

// Compiles the body of a def/lambda/class/comprehension into a Code object.
static Code* compile_body(Compiler* c, Node* node, Scope* scope) {
    Unit* outer = c->u;
    const Str* name = scope->name;
    arguments* args = args_of(node);
    Unit unit;
    if (!unit_init(&unit, scope, node->line)) return nullptr;
    c->u = &unit;
    const Str* saved_scope = error_scope;
    error_scope = name;
    bool saved_interactive = c->interactive_top;
    c->interactive_top = false;
    uint16_t code_flags = 0;
    bool ok = true;
    if (node->kind == Kind::ClassDef) {
        code_flags |= code_class_body;
        set_line(&unit, node->line);
        emit_op_u(&unit, Op::LOAD_NAME, name_index(&unit, &q_dunder_name), 1);
        emit_op_u(&unit, Op::STORE_NAME, name_index(&unit, &q_dunder_module), -1);
        emit_const(&unit, Value(name));
        emit_op_u(&unit, Op::STORE_NAME, name_index(&unit, &q_dunder_qualname), -1);
        store_docstring(&unit, static_cast<ClassDef*>(node)->body);
        ok = compile_stmts(c, static_cast<ClassDef*>(node)->body);
        int cell = index_of(scope->cells, scope->n_cells, &q_dunder_class);
        if (cell >= 0)
            emit_op_u(&unit, Op::LOAD_CLOSURE, uint32_t(cell), 1);
        else
            emit_op(&unit, Op::LOAD_NONE, 1);
        emit_op(&unit, Op::RETURN_VALUE, -1);
    } else if (node->kind == Kind::Lambda) {
        ok = compile_expr(c, static_cast<Lambda*>(node)->body);
        if (scope->generator) {
            emit_op(&unit, Op::POP_TOP, -1);
            emit_op(&unit, Op::LOAD_NONE, 1);
        }
        emit_op(&unit, Op::RETURN_VALUE, -1);
    } else if (node->kind == Kind::FunctionDef || node->kind == Kind::AsyncFunctionDef) {
        auto* f = static_cast<FunctionDef*>(node);
        ok = compile_stmts(c, f->body);
        emit_op(&unit, Op::LOAD_NONE, 1);
        emit_op(&unit, Op::RETURN_VALUE, -1);
    } else {
        ok = compile_comprehension(c, node);
    }
    c->u = outer;
    c->interactive_top = saved_interactive;
    error_scope = saved_scope;
    if (!ok) return nullptr;

    uint8_t n_pos = 0, n_posonly = 0, n_kwonly = 0;
    if (args) {
        n_posonly = uint8_t(args->posonlyargs.len);
        n_pos = uint8_t(args->posonlyargs.len + args->args.len);
        n_kwonly = uint8_t(args->kwonlyargs.len);
        if (args->vararg) code_flags |= code_varargs;
        if (args->kwarg) code_flags |= code_varkw;
    } else if (node->kind != Kind::ClassDef) {
        n_pos = 1;  // comprehensions take the outermost iterator
    }
    if (scope->generator) code_flags |= code_generator;
    if (scope->coroutine) code_flags |= scope->generator ? code_async_gen : code_coroutine;
    if (scope->n_frees) code_flags |= code_nested;
    return unit_finish(c, &unit, name, code_flags, n_pos, n_posonly, n_kwonly);
}

// Emits the code that makes the function object of a def/lambda/class/comprehension (defaults,
// kw-defaults, closure, MAKE_FUNCTION), compiling its body unless the parser had it compiled already.
bool compile_function(Compiler* c, Node* node, Scope* scope) {
    Unit* outer = c->u;
    arguments* args = args_of(node);

    // Defaults are evaluated in the enclosing scope, before the function exists.
    uint32_t flags = 0;
    if (args && !args->defaults.empty()) {
        for (Node* d : args->defaults)
            if (!compile_expr(c, d)) return false;
        emit_op_u(outer, Op::BUILD_TUPLE, args->defaults.len, 1 - int(args->defaults.len));
        flags |= make_fn_defaults;
    }
    if (args) {
        uint32_t n = 0;
        for (uint32_t i = 0; i < args->kwonlyargs.len; ++i) {
            Node* d = args->kw_defaults.len > i ? args->kw_defaults[i] : nullptr;
            if (!d) continue;
            emit_const(outer, Value(args->kwonlyargs[i]->name));
            if (!compile_expr(c, d)) return false;
            ++n;
        }
        if (n) {
            emit_op_u(outer, Op::BUILD_MAP, n, 1 - 2 * int(n));
            flags |= make_fn_kwdefaults;
        }
    }

    // A def that the parser had compiled already (compile_parsed_def) brings its code.
    bool is_def = node->kind == Kind::FunctionDef || node->kind == Kind::AsyncFunctionDef;
    Code* code = is_def ? static_cast<FunctionDef*>(node)->code : nullptr;
    if (!code && !scope) return syntax_error(node, "internal error: no scope");
    if (!code && !(code = compile_body(c, node, scope))) return false;

    // Closure: the cells of the free variables, from this scope's cells or frees.
    if (code->n_free) {
        for (uint32_t i = 0; i < code->n_free; ++i) {
            const Str* fv = code->cellnames->items[code->n_cells + i].as<Str>();
            Scope* os = outer->scope;
            int idx = index_of(os->cells, os->n_cells, fv);
            if (idx < 0) {
                idx = index_of(os->frees, os->n_frees, fv);
                if (idx < 0) return syntax_error(node, "internal error: closure of '%q'", fv);
                idx += int(os->n_cells);
            }
            emit_op_u(outer, Op::LOAD_CLOSURE, uint32_t(idx), 1);
        }
        emit_op_u(outer, Op::BUILD_TUPLE, code->n_free, 1 - int(code->n_free));
        flags |= make_fn_closure;
    }
    emit_const(outer, Value(code));
    int pops = (flags & make_fn_defaults ? 1 : 0) + (flags & make_fn_kwdefaults ? 1 : 0) +
               (flags & make_fn_closure ? 1 : 0);
    emit_op_u(outer, Op::MAKE_FUNCTION, flags, -pops);
    return !outer->failed;
}

}  // namespace comp

using namespace comp;

// The parser's hook: a def inside no other def is compiled as soon as it is parsed, and its body dropped.
static bool compile_parsed_def(FunctionDef* f, bool in_class, void* ctx) {
    for (Node* d : f->decorator_list)
        if (is_asm_thumb(d)) return true;  // its body is assembler, which compile_stmt turns into data
    Compiler c = *static_cast<const Compiler*>(ctx);  // the file's name and mode
    error_filename = c.filename;
    error_scope = nullptr;
    Scope* scope = analyze_def(f, in_class);
    Code* code = scope ? compile_body(&c, f, scope) : nullptr;
    error_filename = nullptr;
    if (!code) return false;
    f->code = code;
    f->body = {};
    return true;
}

static Code* parse_and_compile(std::string_view source, const Str* filename, CompileMode mode) {
    ParseMode pm = mode == CompileMode::Eval     ? ParseMode::Eval
                   : mode == CompileMode::Single ? ParseMode::Single
                                                 : ParseMode::File;
    Compiler ctx{};
    ctx.filename = filename;
    ctx.mode = mode;
    ParseError err;
    ast::Node* root = parse(source, filename, pm, &err, ParseHook{compile_parsed_def, &ctx});
    if (!root) {
        // MicroPython's form: `File "x.py", line 3` (plus `, in f` for errors found while compiling).
        if (err.line && (exc_matches(state.exc, &syntax_error_type)))
            exception_add_traceback(state.exc, filename, err.line,
                                    err.compile_time ? (err.scope ? err.scope : &q_angle_module) : nullptr);
        return nullptr;
    }
    return compile_ast(root, filename, mode);
}

Code* compile_ast(ast::Node* root, const Str* filename, CompileMode mode) {
    error_filename = filename;
    error_scope = nullptr;
    Scope* top = analyze_scopes(root);
    if (!top) return nullptr;
    Compiler c{};
    c.filename = filename;
    c.mode = mode;
    c.interactive_top = mode == CompileMode::Single;
    Unit unit;
    if (!unit_init(&unit, top, 1)) return nullptr;
    c.u = &unit;
    bool ok;
    if (mode == CompileMode::Eval) {
        ok = compile_expr(&c, static_cast<Expression*>(root)->body);
        emit_op(&unit, Op::RETURN_VALUE, -1);
    } else {
        if (mode == CompileMode::File) store_docstring(&unit, static_cast<Module*>(root)->body);
        ok = compile_stmts(&c, static_cast<Module*>(root)->body);
        emit_op(&unit, Op::LOAD_NONE, 1);
        emit_op(&unit, Op::RETURN_VALUE, -1);
    }
    error_filename = nullptr;
    if (!ok) return nullptr;
    return unit_finish(&c, &unit, &q_angle_module, code_module, 0, 0, 0);
}

Code* compile_source(std::string_view source, const Str* filename, CompileMode mode) {
    Code* code = parse_and_compile(source, filename, mode);
    gc::scrub_stack();  // the tree must not stay alive through the parser's and compiler's dead frames
    return code;
}

}  // namespace core
