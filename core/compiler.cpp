// The compiler's machine, statements, function and class bodies, and entry points (expressions:
// compiler_expr.cpp). Nothing here recurses in C over the tree: see Task in compiler_impl.hpp.
#include "core/asm_thumb.hpp"
#include "core/compiler_impl.hpp"
#include "core/gc.hpp"
#include "core/names.hpp"
#include "core/obj_exception.hpp"

namespace core {
namespace comp {

// ---- the machine -------------------------------------------------------------------------------------

namespace {

// Each step its own function (not inlined into run_tasks): the loop's frame stays small, and only the
// step running adds its own.
[[gnu::noinline]] bool step_stmt(Compiler* c, Task& t);
[[gnu::noinline]] bool step_function(Compiler* c, Task& t);
[[gnu::noinline]] bool step_body(Compiler* c, Task& t);
[[gnu::noinline]] bool step_unwind(Compiler* c, Task& t);
[[gnu::noinline]] bool step_try_except(Compiler* c, Task& t);
[[gnu::noinline]] bool step_with_item(Compiler* c, Task& t);

}  // namespace

// Steps push at most one task each, and the machine makes room for it before every step, so a step's
// Task& stays valid while it runs (the stacks live in the GC heap and may move only between steps).
bool push_task(Compiler* c, uint8_t op, Node* n, uint16_t flags, uint32_t i, uint32_t b) {
    if (c->n_tasks == c->cap_tasks && !grow_array(c->tasks, c->cap_tasks, c->n_tasks + 1, 8)) return false;
    c->tasks[c->n_tasks++] = Task{n, i, 0, b, c->n_labels, op, 0, flags};
    return true;
}

bool task_done(Compiler* c) {
    c->n_labels = c->tasks[--c->n_tasks].lmark;
    return true;
}

uint32_t new_labels(Compiler* c, uint32_t n) {
    if (!grow_array(c->labels, c->cap_labels, c->n_labels + n, 8)) return no_label;
    uint32_t first = c->n_labels;
    for (uint32_t i = 0; i < n; ++i) c->labels[first + i] = Label{};
    c->n_labels += n;
    return first;
}

bool run_tasks(Compiler* c, uint32_t base) {
    gc::note_stack_depth();
    // The steps' frames below this one: 668 B on the board (scripts/device-stack --path run_tasks --cut
    // collect float_parse), checked here, where each body is compiled, rather than in every compile's room.
    if (!check_c_stack_room(672)) return false;
    while (c->n_tasks > base && !c->waiting) {
        if ((c->u && c->u->failed) ||
            (c->n_tasks + 2 > c->cap_tasks && !grow_array(c->tasks, c->cap_tasks, c->n_tasks + 2, 8)))
            return false;
        Task& t = c->tasks[c->n_tasks - 1];
        bool ok;
        switch (t.op) {
            case t_expr: ok = step_expr(c, t); break;
            case t_jump_if: ok = step_jump_if(c, t); break;
            case t_store: ok = step_store(c, t, false); break;
            case t_delete: ok = step_store(c, t, true); break;
            case t_stmt: ok = step_stmt(c, t); break;
            case t_stmts:
                if (t.i < t.a) {
                    Node* s = reinterpret_cast<Node**>(t.node)[t.i++];
                    ok = push_task(c, t_stmt, s);
                    set_line(c->u, s->line);  // the statement's code starts here
                } else if (is_streamed(t.node) && !t.i) {
                    // A streamed block: the parser pushes its statements on top (compile_parsed_stmt),
                    // then ends it (compile_block_end).
                    c->waiting = ok = true;
                } else {
                    ok = task_done(c);
                }
                break;
            case t_function: ok = step_function(c, t); break;
            case t_body: ok = step_body(c, t); break;
            case t_call_args: ok = step_call_args(c, t); break;
            case t_gen_loop: ok = step_gen_loop(c, t); break;
            case t_unwind: ok = step_unwind(c, t); break;
            case t_try_except: ok = step_try_except(c, t); break;
            default: ok = step_with_item(c, t); break;
        }
        if (!ok) return false;
    }
    return !(c->u && c->u->failed);
}

bool compile_free(Compiler* c) {
    gc::free(c->tasks);
    gc::free(c->labels);
    gc::free(c->fblocks);
    gc::free(c->saved);
    c->tasks = nullptr;
    c->labels = nullptr;
    c->fblocks = c->saved = nullptr;
    c->cap_tasks = c->cap_labels = c->cap_fblocks = c->cap_saved = 0;
    return true;
}

static bool push_stmts(Compiler* c, const Seq<Node>& body) {
    return push_task(c, t_stmts, reinterpret_cast<Node*>(body.items), 0, 0, 0) &&
           ((c->tasks[c->n_tasks - 1].a = body.len), true);
}

// ---- blocks ------------------------------------------------------------------------------------------

namespace {

uint16_t runtime_blocks(Compiler* c) {
    int n = 0;
    for (int i = 0; i < unit_fblocks(c); ++i) {
        BlockKind k = fblock(c, i).kind;
        if (k != BlockKind::While && k != BlockKind::For && k != BlockKind::AsyncFor &&
            k != BlockKind::PopValue)
            ++n;
    }
    return uint16_t(n);
}

}  // namespace

bool push_fblock(Compiler* c, BlockKind kind, uint32_t brk, uint32_t cont, Node* fin, const Str* name) {
    if (unit_fblocks(c) >= max_fblocks) return syntax_error(fin, "too many statically nested blocks"_msg);
    if (!grow_array(c->fblocks, c->cap_fblocks, c->n_fblocks + 1, 4)) return false;
    c->fblocks[c->n_fblocks++] = FBlock{kind, brk, cont, fin, name};
    int rb = runtime_blocks(c);
    if (rb > c->u->max_runtime_blocks) c->u->max_runtime_blocks = rb;
    return true;
}

void pop_fblock(Compiler* c) { --c->n_fblocks; }

namespace {

#if MBPY_ASYNC
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
#else
static void emit_async_exit_none(Unit*) {}  // nothing compiles an async with
#endif

// Leaving blocks t.i down to t.b early (break/continue/return); flags 1 (`preserve`) keeps TOS (the
// return value) on top. A finally body is compiled inline with the blocks from its own set aside
// (Compiler::saved, t.a of them), so that a break inside it sees only the blocks around the try.
bool step_unwind(Compiler* c, Task& t) {
    Unit* u = c->u;
    bool preserve = t.flags & 1;
    if (t.step == 1) {  // the finally body of block t.i is compiled: its blocks come back
        c->n_fblocks = u->fblock_base + t.i;
        for (uint32_t k = 0; k < t.a; ++k) c->fblocks[c->n_fblocks++] = c->saved[c->n_saved - t.a + k];
        c->n_saved -= t.a;
        t.step = 0;
        if (t.i == t.b) return task_done(c);
        --t.i;
    }
    for (;;) {
        FBlock fb = fblock(c, int(t.i));
        switch (fb.kind) {
            case BlockKind::While: break;
            case BlockKind::PopValue:
            case BlockKind::For:
            case BlockKind::AsyncFor:
                if (preserve) emit_op(u, Op::ROT_TWO, 0);
                emit_op(u, Op::POP_TOP, -1);
                break;
            case BlockKind::TryExcept: emit_op(u, Op::POP_BLOCK, 0); break;
            case BlockKind::FinallyTry: {
                emit_op(u, Op::POP_BLOCK, 0);
                uint32_t n = uint32_t(unit_fblocks(c)) - t.i;
                if (!grow_array(c->saved, c->cap_saved, c->n_saved + n, 4)) return false;
                for (uint32_t k = 0; k < n; ++k) c->saved[c->n_saved++] = fblock(c, int(t.i + k));
                c->n_fblocks -= n;
                t.a = n;
                t.step = 1;
                if (preserve &&
                    !push_fblock(c, BlockKind::PopValue, no_label, no_label, fb.finally_, nullptr))
                    return false;
                return push_stmts(c, static_cast<Try*>(fb.finally_)->finalbody);
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
                break;
            case BlockKind::With:
                emit_op(u, Op::POP_BLOCK, 0);
                if (preserve) emit_op(u, Op::ROT_TWO, 0);
                emit_op(u, Op::WITH_EXIT, -1);
                break;
            case BlockKind::AsyncWith:
                emit_op(u, Op::POP_BLOCK, 0);
                if (preserve) emit_op(u, Op::ROT_TWO, 0);
                emit_async_exit_none(u);
                break;
        }
        if (t.i == t.b) return task_done(c);
        --t.i;
    }
}

// break/continue (flags 1: break): t.b the loop's block, t.a the stack depth to come back to.
bool step_break_continue(Compiler* c, Task& t, bool is_break) {
    Unit* u = c->u;
    if (t.step++ == 0) {
        int i = unit_fblocks(c) - 1;
        for (; i >= 0; --i) {
            BlockKind k = fblock(c, i).kind;
            if (k == BlockKind::While || k == BlockKind::For || k == BlockKind::AsyncFor) break;
        }
        if (i < 0)
            return syntax_error(
                t.node, is_break ? "'break' outside loop"_msg : "'continue' not properly in loop"_msg);
        t.a = uint32_t(u->depth);
        t.b = uint32_t(i);
        if (unit_fblocks(c) - 1 > i)
            return push_task(c, t_unwind, t.node, 0, uint32_t(unit_fblocks(c) - 1), uint32_t(i + 1));
    }
    FBlock& loop = fblock(c, int(t.b));
    if (is_break) {
        if (loop.kind != BlockKind::While) emit_op(u, Op::POP_TOP, -1);
        emit_jump(c, Op::JUMP, loop.brk, 0);
    } else {
        emit_jump(c, Op::JUMP, loop.cont, 0);
    }
    u->depth = int(t.a);
    return task_done(c);
}

// t.a: the stack depth with the value on it.
bool step_return(Compiler* c, Task& t, Return* s) {
    Unit* u = c->u;
    switch (t.step++) {
        case 0:
            if (u->scope->kind != ScopeKind::Function)
                return syntax_error(s, "'return' outside function"_msg);
            if (s->value) return push_task(c, t_expr, s->value);
            emit_op(u, Op::LOAD_NONE, 1);
            [[fallthrough]];
        case 1:
            t.step = 2;
            t.a = uint32_t(u->depth);
            if (unit_fblocks(c) > 0) return push_task(c, t_unwind, s, 1, uint32_t(unit_fblocks(c) - 1), 0);
            [[fallthrough]];
        default:
            emit_op(u, Op::RETURN_VALUE, -1);
            u->depth = int(t.a) - 1;
            return task_done(c);
    }
}

// ---- compound statements: labels from t.a ------------------------------------------------------------

bool step_if(Compiler* c, Task& t, If* s) {  // labels: else, end
    switch (t.step++) {
        case 0:
            if ((t.a = new_labels(c, 2)) == no_label) return false;
            return push_task(c, t_jump_if, s->test, 0, 0, t.a);
        case 1: return push_stmts(c, s->body);
        case 2:
            if (!s->orelse.empty() || is_streamed(s->orelse.items)) {
                emit_jump(c, Op::JUMP, t.a + 1, 0);
                bind_label(c, t.a);
                return push_stmts(c, s->orelse);
            }
            bind_label(c, t.a);
            return task_done(c);
        default: bind_label(c, t.a + 1); return task_done(c);
    }
}

bool step_while(Compiler* c, Task& t, While* s) {  // labels: top, else, break
    switch (t.step++) {
        case 0: {
            if ((t.a = new_labels(c, 3)) == no_label) return false;
            bind_label(c, t.a);
            bool forever =
                s->test->kind == Kind::Constant && truth(static_cast<Constant*>(s->test)->value) == 1;
            if (!forever) return push_task(c, t_jump_if, s->test, 0, 0, t.a + 1);
            [[fallthrough]];
        }
        case 1:
            t.step = 2;
            if (!push_fblock(c, BlockKind::While, t.a + 2, t.a, s, nullptr)) return false;
            return push_stmts(c, s->body);
        case 2:
            pop_fblock(c);
            emit_jump(c, Op::JUMP, t.a, 0);
            bind_label(c, t.a + 1);
            return push_stmts(c, s->orelse);
        default: bind_label(c, t.a + 2); return task_done(c);
    }
}

bool step_for(Compiler* c, Task& t, For* s) {  // labels: top, exit, break, handler; t.b: the base depth
    Unit* u = c->u;
    bool async = MBPY_ASYNC && s->kind == Kind::AsyncFor;
    uint32_t l_top = t.a, l_exit = t.a + 1, l_break = t.a + 2, l_handler = t.a + 3;
    switch (t.step++) {
        case 0:
            if ((t.a = new_labels(c, 4)) == no_label) return false;
            return push_task(c, t_expr, s->iter);
        case 1:
            t.b = uint32_t(u->depth);
            if (async) {
                emit_op(u, Op::GET_AITER, 0);
                bind_label(c, l_top);
                emit_jump(c, Op::SETUP_FINALLY, l_handler, 0);
                if (!push_fblock(c, BlockKind::TryExcept, no_label, no_label, s, nullptr)) return false;
                emit_op(u, Op::GET_ANEXT, 1);
                emit_op(u, Op::LOAD_NONE, 1);
                emit_op(u, Op::YIELD_FROM, -1);
                pop_fblock(c);
                emit_op(u, Op::POP_BLOCK, 0);
            } else {
                emit_op(u, Op::GET_ITER, 0);
                bind_label(c, l_top);
                emit_jump(c, Op::FOR_ITER, l_exit, 1);
            }
            return push_task(c, t_store, s->target);
        case 2:
            if (!push_fblock(c, async ? BlockKind::AsyncFor : BlockKind::For, l_break, l_top, s, nullptr))
                return false;
            return push_stmts(c, s->body);
        case 3:
            pop_fblock(c);
            emit_jump(c, Op::JUMP, l_top, 0);
            if (async) {
                bind_label(c, l_handler);
                u->depth = int(t.b) + 2;
                adjust_depth(u, 0);
                emit_op(u, Op::END_ASYNC_FOR, -3);
            } else {
                bind_label(c, l_exit);
            }
            u->depth = int(t.b) - 1;
            return push_stmts(c, s->orelse);
        default: bind_label(c, l_break); return task_done(c);
    }
}

// try/except; labels: handler, end, then each handler's "next"; t.b: the base depth, t.i: the handler.
bool step_try_except(Compiler* c, Task& t) {
    Unit* u = c->u;
    Try* s = static_cast<Try*>(t.node);
    switch (t.step++) {
        case 0:
            if ((t.a = new_labels(c, 2 + s->handlers.len)) == no_label) return false;
            t.b = uint32_t(u->depth);
            emit_jump(c, Op::SETUP_FINALLY, t.a, 0);
            if (!push_fblock(c, BlockKind::TryExcept, no_label, no_label, s, nullptr)) return false;
            return push_stmts(c, s->body);
        case 1:
            pop_fblock(c);
            emit_op(u, Op::POP_BLOCK, 0);
            return push_stmts(c, s->orelse);
        case 2:
            emit_jump(c, Op::JUMP, t.a + 1, 0);
            bind_label(c, t.a);
            t.i = 0;
            [[fallthrough]];
        case 3: {  // handler t.i begins
            if (t.i == s->handlers.len) {
                u->depth = int(t.b);
                adjust_depth(u, 2);
                emit_op(u, Op::RERAISE, -2);
                bind_label(c, t.a + 1);
                u->depth = int(t.b);
                return task_done(c);
            }
            ExceptHandler* h = s->handlers[t.i];
            u->depth = int(t.b);
            adjust_depth(u, 2);  // [saved exc]
            set_line(u, h->line);
            if (h->type) {
                t.step = 4;
                return push_task(c, t_expr, h->type);
            }
            if (h != s->handlers[s->handlers.len - 1])
                return syntax_error(h, "default 'except:' must be last"_msg);
            t.step = 5;
            [[fallthrough]];
        }
        case 4:
        case 5: {
            ExceptHandler* h = s->handlers[t.i];
            if (t.step == 5 && h->type) {  // came from case 4: the type is on the stack
                emit_op(u, Op::CHECK_EXC_MATCH, 0);
                emit_jump(c, Op::POP_JUMP_IF_FALSE, t.a + 2 + t.i, -1);
            }
            if (h->name) {
                emit_op(u, Op::DUP_TOP, 1);
                if (!compile_name(c, h->name, ExprContext::Store)) return false;
            }
            if (!push_fblock(c, BlockKind::Handler, no_label, no_label, h, h->name)) return false;
            t.step = 6;
            return push_stmts(c, h->body);
        }
        default: {  // handler t.i's body is compiled
            ExceptHandler* h = s->handlers[t.i];
            pop_fblock(c);
            emit_op(u, Op::POP_EXCEPT, -2);
            if (h->name) {
                emit_op(u, Op::LOAD_NONE, 1);
                compile_name(c, h->name, ExprContext::Store);
                compile_name(c, h->name, ExprContext::Del);
            }
            emit_jump(c, Op::JUMP, t.a + 1, 0);
            bind_label(c, t.a + 2 + t.i);
            ++t.i;
            t.step = 3;
            return true;
        }
    }
}

bool step_try_finally(Compiler* c, Task& t, Try* s) {  // labels: finally, end; t.b: the base depth
    Unit* u = c->u;
    switch (t.step++) {
        case 0:
            if ((t.a = new_labels(c, 2)) == no_label) return false;
            t.b = uint32_t(u->depth);
            emit_jump(c, Op::SETUP_FINALLY, t.a, 0);
            if (!push_fblock(c, BlockKind::FinallyTry, no_label, no_label, s, nullptr)) return false;
            if (!s->handlers.empty()) return push_task(c, t_try_except, s);
            return push_stmts(c, s->body);
        case 1:
            pop_fblock(c);
            emit_op(u, Op::POP_BLOCK, 0);
            return push_stmts(c, s->finalbody);
        case 2:
            emit_jump(c, Op::JUMP, t.a + 1, 0);
            bind_label(c, t.a);
            u->depth = int(t.b);
            adjust_depth(u, 2);
            if (!push_fblock(c, BlockKind::FinallyEnd, no_label, no_label, s, nullptr)) return false;
            return push_stmts(c, s->finalbody);
        default:
            pop_fblock(c);
            emit_op(u, Op::RERAISE, -2);
            bind_label(c, t.a + 1);
            u->depth = int(t.b);
            return task_done(c);
    }
}

// With-item t.i of a With, then the next item or the body; labels: handler, end, suppress; t.b: the
// depth of the manager, replaced by its __exit__.
bool step_with_item(Compiler* c, Task& t) {
    Unit* u = c->u;
    With* s = static_cast<With*>(t.node);
    bool async = MBPY_ASYNC && s->kind == Kind::AsyncWith;
    withitem* item = s->items[t.i];
    switch (t.step++) {
        case 0:
            if ((t.a = new_labels(c, 3)) == no_label) return false;
            return push_task(c, t_expr, item->context_expr);
        case 1:
            t.b = uint32_t(u->depth);
            if (async) {
                emit_op(u, Op::BEFORE_ASYNC_WITH, 1);
                emit_op(u, Op::LOAD_NONE, 1);
                emit_op(u, Op::YIELD_FROM, -1);
                emit_jump(c, Op::SETUP_ASYNC_WITH, t.a, 0);
            } else {
                emit_jump(c, Op::SETUP_WITH, t.a, 1);
            }
            if (!push_fblock(c, async ? BlockKind::AsyncWith : BlockKind::With, no_label, no_label, s,
                             nullptr))
                return false;
            if (item->optional_vars) return push_task(c, t_store, item->optional_vars);
            emit_op(u, Op::POP_TOP, -1);
            [[fallthrough]];
        case 2:
            t.step = 3;
            if (t.i + 1 < s->items.len) return push_task(c, t_with_item, s, 0, t.i + 1);
            return push_stmts(c, s->body);
        default:
            pop_fblock(c);
            emit_op(u, Op::POP_BLOCK, 0);
            if (async) {
                emit_async_exit_none(u);
            } else {
                emit_op(u, Op::WITH_EXIT, -1);
            }
            emit_jump(c, Op::JUMP, t.a + 1, 0);
            bind_label(c, t.a);
            u->depth = int(t.b);
            adjust_depth(u, 2);  // [exit saved exc]
            emit_op(u, Op::WITH_EXCEPT, 1);
            if (async) {
                emit_op(u, Op::GET_AWAITABLE, 0);
                emit_op(u, Op::LOAD_NONE, 1);
                emit_op(u, Op::YIELD_FROM, -1);
            }
            emit_jump(c, Op::POP_JUMP_IF_TRUE, t.a + 2, -1);
            emit_op(u, Op::RERAISE, -2);
            bind_label(c, t.a + 2);
            u->depth = int(t.b) + 2;
            emit_op(u, Op::POP_EXCEPT, -2);
            emit_op(u, Op::POP_TOP, -1);
            bind_label(c, t.a + 1);
            u->depth = int(t.b) - 1;
            return task_done(c);
    }
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

bool step_aug_assign(Compiler* c, Task& t, AugAssign* s) {
    Unit* u = c->u;
    uint32_t op = uint32_t(s->op) + binary_inplace_offset;
    Node* target = s->target;
    switch (target->kind) {
        case Kind::Name: {
            const Str* id = static_cast<Name*>(target)->id;
            if (t.step++ == 0)
                return compile_name(c, id, ExprContext::Load) && push_task(c, t_expr, s->value);
            emit_op_u(u, Op::BINARY_OP, op, -1);
            return compile_name(c, id, ExprContext::Store) && task_done(c);
        }
        case Kind::Attribute: {
            auto* a = static_cast<Attribute*>(target);
            switch (t.step++) {
                case 0: return push_task(c, t_expr, a->value);
                case 1:
                    emit_op(u, Op::DUP_TOP, 1);
                    emit_op_u(u, Op::LOAD_ATTR, name_index(u, a->attr), 0);
                    return push_task(c, t_expr, s->value);
                default:
                    emit_op_u(u, Op::BINARY_OP, op, -1);
                    emit_op(u, Op::ROT_TWO, 0);
                    emit_op_u(u, Op::STORE_ATTR, name_index(u, a->attr), -2);
                    return task_done(c);
            }
        }
        case Kind::Subscript: {
            auto* a = static_cast<Subscript*>(target);
            switch (t.step++) {
                case 0: return push_task(c, t_expr, a->value);
                case 1: return push_task(c, t_expr, a->slice);
                case 2:
                    emit_op(u, Op::DUP_TOP_TWO, 2);
                    emit_op(u, Op::LOAD_SUBSCR, -1);
                    return push_task(c, t_expr, s->value);
                default:
                    emit_op_u(u, Op::BINARY_OP, op, -1);
                    emit_op(u, Op::ROT_THREE, 0);
                    emit_op(u, Op::STORE_SUBSCR, -3);
                    return task_done(c);
            }
        }
        default: return syntax_error(target, "illegal expression for augmented assignment"_msg);
    }
}

}  // namespace

// `@micropython.native` and `@micropython.viper` choose MicroPython's code emitter; its compiler handles them
// without a name lookup (no import needed) and the function means the same with bytecode: drop them.
static bool is_code_emitter_decorator(Node* d) {
    if (d->kind != Kind::Attribute) return false;
    auto* a = static_cast<ast::Attribute*>(d);
    if (a->value->kind != Kind::Name || static_cast<Name*>(a->value)->id->view() != "micropython")
        return false;
    return a->attr->view() == "native" || a->attr->view() == "viper";
}

// `@micropython.asm_thumb`: the body is Thumb assembler, one `op(operands)` call per line, which
// core/asm_thumb.cpp assembles here: the function is a constant of the code, and a bad instruction is a
// SyntaxError of the compile, `File "x.py", line 5, in f`, as MicroPython's. Without MBPY_ASM_THUMB the
// decorator is an ordinary one (micropython has no asm_thumb: AttributeError).
#if MBPY_ASM_THUMB
static bool is_asm_thumb(Node* d) {  // names are interned: the table's own Strs
    if (d->kind != Kind::Attribute) return false;
    auto* a = static_cast<ast::Attribute*>(d);
    return a->value->kind == Kind::Name && static_cast<Name*>(a->value)->id == &q_micropython &&
           a->attr == &q_asm_thumb;
}

// An operand: a name as str, `{...}` as a tuple, `[...]` as a list, a number (folded: -1, 1 << 4) as
// itself; anything else (a `(...)` or a string among them) as None, which no instruction takes.
[[gnu::noinline]] static Value asm_operand(Node* a) {
    if (a->kind == Kind::Name) return Value(static_cast<Name*>(a)->id);
    if (!check_c_stack()) return {};  // nested operand lists recurse
    if (a->kind == Kind::List || a->kind == Kind::Set) {
        const Seq<Node>& elts =
            a->kind == Kind::Set ? static_cast<ast::Set*>(a)->elts : static_cast<ast::List*>(a)->elts;
        core::Tuple* t = a->kind == Kind::Set ? new_tuple(elts.len) : nullptr;
        core::List* l = t ? nullptr : new_list(elts.len);
        if (!t && !l) return {};
        Value* items = t ? t->items : l->items;
        for (uint32_t i = 0; i < elts.len; ++i) {
            if (!(items[i] = asm_operand(elts[i]))) return {};
        }
        return t ? Value(t) : Value(l);
    }
    Value v = a->kind == Kind::Tuple ? none() : fold(a);
    return !v ? (pending() ? v : none()) : is_str(v) ? none() : v;  // 'r1' is no register
}

// The error at `line` of the function `f` (MicroPython's compile error in the assembler: `in f`).
[[gnu::noinline]] static bool asm_error(FunctionDef* f, size_t line, const char* msg) {
    if (pending()) return false;
    raise(&syntax_error_type, msg);
    if (error_filename) exception_add_traceback(state.exc, error_filename, line, f->name);
    return false;
}

// The checks in MicroPython's order: the return annotation, the statements, the parameters (r0 to r3),
// then each instruction. The lines are the original's, line 0 where its parse tree has none.
[[gnu::noinline]] static bool compile_asm_function(Compiler* c, FunctionDef* f) {
    AsmReturn ret = asm_return_int;
    if (Node* r = f->returns) {
        if (r->kind != Kind::Name) {
            // A constant has no line there: the first statement's that is not `pass` (else the last's).
            size_t line = r->line;
            if (r->kind == Kind::Constant) {
                for (Node* st : f->body)
                    if ((line = st->line), st->kind != Kind::Pass) break;
            }
            return asm_error(f, line, "return annotation must be an identifier"_msg);
        }
        const Str* t = static_cast<Name*>(r)->id;
        if (t == &q_bool) {
            ret = asm_return_bool;
        } else if (t == &q_object) {
            ret = asm_return_object;
        } else if (t->view() == "uint") {
            ret = asm_return_uint;
        } else if (t != &q_int) {
            return asm_error(f, 0, "unknown type"_msg);
        }
    }
    // One entry a statement (None for `pass`), so that the instruction at fault is the statement's index.
    core::Tuple* prog = new_tuple(f->body.len);
    if (!prog) return false;
    for (uint32_t k = 0; k < f->body.len; ++k) {
        Node* st = f->body[k];
        prog->items[k] = none();
        if (st->kind == Kind::Pass) continue;
        Node* e = st->kind == Kind::Expr ? static_cast<Expr*>(st)->value : nullptr;
        auto* call = static_cast<Call*>(e);
        if (!e || e->kind != Kind::Call || call->func->kind != Kind::Name)
            return asm_error(f, st->line, "expecting an assembler instruction"_msg);
        // Keyword arguments count as operands no instruction takes, and so does the original's empty one:
        // `nop()` is an instruction with 1 operand, which it does not take.
        uint32_t n = call->args.len + call->keywords.len;
        core::Tuple* ins = new_tuple((n ? n : 1) + 1);
        if (!ins) return false;
        ins->items[0] = Value(static_cast<Name*>(call->func)->id);
        for (uint32_t i = 1; i < ins->len; ++i) {
            if (!(ins->items[i] = i <= call->args.len ? asm_operand(call->args[i - 1]) : none()))
                return false;
        }
        prog->items[k] = Value(ins);
    }
    const arguments* a = f->args;
    uint32_t n_params = a->posonlyargs.len + a->args.len + a->kwonlyargs.len + !!a->vararg + !!a->kwarg;
    if (n_params > 4) return asm_error(f, f->line, "can only have up to 4 parameters to Thumb assembly"_msg);
    // Names r0, r1, ... in order, with no default, annotation, star or `/` (which the original has not).
    bool plain = n_params == a->args.len && !a->defaults.len;
    for (uint32_t i = 0; i < n_params && plain; ++i) {
        std::string_view v = a->args[i]->name->view();
        plain = !a->args[i]->annotation && v.size() == 2 && v[0] == 'r' && v[1] == char('0' + i);
    }
    if (!plain) {
        // One plain name is a leaf of the original's parse tree: no line.
        bool leaf = n_params == 1 && a->args.len == 1 && !a->args[0]->annotation && !a->defaults.len;
        return asm_error(f, leaf ? 0 : f->line, "parameters must be registers in sequence r0 to r3"_msg);
    }
    int32_t at;
    Value fn = asm_thumb_function(prog, f->name, n_params, ret, &at);
    if (!fn)
        return at >= 0 && error_filename &&
               (exception_add_traceback(state.exc, error_filename, f->body[at]->line, f->name), false);
    emit_const(c->u, fn);
    return true;
}
#else
static constexpr bool is_asm_thumb(Node*) { return false; }
static bool compile_asm_function(Compiler*, FunctionDef*) { return false; }
#endif

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
// `a, b = x, y` (flags 1): the values in order (t.i), rotated, then stored left to right (t.b);
// otherwise the value, then each target (t.i), all but the last from a copy.
static bool step_assign(Compiler* c, Task& t, Assign* a) {
    Unit* u = c->u;
    if (t.step == 0) {
        t.step = 1;
        if (a->targets.len == 1 && is_small_swap(a->targets[0], a->value)) {
            t.flags = 1;
        } else {
            return push_task(c, t_expr, a->value);
        }
    }
    if (t.flags & 1) {
        const Seq<Node>& from = static_cast<ast::Tuple*>(a->value)->elts;
        const Seq<Node>& to = static_cast<ast::List*>(a->targets[0])->elts;
        if (t.i < from.len) return push_task(c, t_expr, from[t.i++]);
        if (t.b == 0) {
            if (to.len == 3) emit_op(u, Op::ROT_THREE, 0);
            emit_op(u, Op::ROT_TWO, 0);
        }
        if (t.b < to.len) return push_task(c, t_store, to[t.b++]);
        return task_done(c);
    }
    if (t.i == a->targets.len) return task_done(c);
    if (t.i + 1 < a->targets.len) emit_op(u, Op::DUP_TOP, 1);
    return push_task(c, t_store, a->targets[t.i++]);
}

namespace {

bool step_stmt(Compiler* c, Task& t) {
    Unit* u = c->u;
    Node* s = t.node;
    switch (s->kind) {
        case Kind::FunctionDef:
        case Kind::AsyncFunctionDef: {  // t.i: the decorator, t.b: how many are called
            auto* f = static_cast<FunctionDef*>(s);
            if (t.step == 0) {
                for (Node* d : f->decorator_list) {
                    if (is_asm_thumb(d)) {
                        set_line(u, s->line);
                        if (!compile_asm_function(c, f)) return false;
                        return compile_name(c, f->name, ExprContext::Store) && task_done(c);
                    }
                }
                t.step = 1;
            }
            if (t.step == 1) {
                while (t.i < f->decorator_list.len) {
                    Node* d = f->decorator_list[t.i++];
                    if (is_code_emitter_decorator(d)) continue;
                    ++t.b;
                    return push_task(c, t_expr, d);
                }
                set_line(u, s->line);
                t.step = 2;
                return push_task(c, t_function, s);
            }
            for (uint32_t i = 0; i < t.b; ++i) emit_op_u(u, Op::CALL, 1, -1);
            return compile_name(c, f->name, ExprContext::Store) && task_done(c);
        }
        case Kind::ClassDef: {
            auto* k = static_cast<ClassDef*>(s);
            switch (t.step) {
                case 0:
                    if (t.i < k->decorator_list.len) return push_task(c, t_expr, k->decorator_list[t.i++]);
                    set_line(u, s->line);
                    emit_op(u, Op::LOAD_BUILD_CLASS, 1);
                    t.step = 1;
                    return push_task(c, t_function, s);
                case 1:
                    emit_const(u, Value(k->name));
                    t.step = 2;
                    // The rest is an ordinary call: __build_class__(body, name, *bases, **keywords).
                    return push_task(c, t_call_args, s, 0, 0, 2);
                default:
                    for (uint32_t i = 0; i < k->decorator_list.len; ++i) emit_op_u(u, Op::CALL, 1, -1);
                    return compile_name(c, k->name, ExprContext::Store) && task_done(c);
            }
        }
        case Kind::Return: return step_return(c, t, static_cast<Return*>(s));
        case Kind::Delete: {
            const Seq<Node>& targets = static_cast<Delete*>(s)->targets;
            if (t.i < targets.len) return push_task(c, t_delete, targets[t.i++]);
            return task_done(c);
        }
        case Kind::Assign: return step_assign(c, t, static_cast<Assign*>(s));
        case Kind::AugAssign: return step_aug_assign(c, t, static_cast<AugAssign*>(s));
#if MBPY_VAR_ANNOTATIONS
        case Kind::AnnAssign: {
            auto* a = static_cast<AnnAssign*>(s);
            if (!a->value) return task_done(c);  // annotations are dropped, as MicroPython does
            if (t.step++ == 0) return push_task(c, t_expr, a->value);
            t.op = t_store;
            t.node = a->target;
            t.step = 0;
            return true;
        }
#endif
        case Kind::For:
        case Kind::AsyncFor: return step_for(c, t, static_cast<For*>(s));
        case Kind::While: return step_while(c, t, static_cast<While*>(s));
        case Kind::If: return step_if(c, t, static_cast<If*>(s));
        case Kind::With:
        case Kind::AsyncWith: t.op = t_with_item; return true;
        case Kind::Raise: {
            auto* r = static_cast<Raise*>(s);
            switch (t.step++) {
                case 0:
                    if (r->exc) return push_task(c, t_expr, r->exc);
                    [[fallthrough]];
                case 1:
                    t.step = 2;
                    if (r->exc && r->cause) return push_task(c, t_expr, r->cause);
                    [[fallthrough]];
                default: {
                    uint32_t n = r->exc ? (r->cause ? 2 : 1) : 0;
                    emit_op_u(u, Op::RAISE_VARARGS, n, -int(n));
                    return task_done(c);
                }
            }
        }
        case Kind::Try:
        case Kind::TryStar: {
            auto* tr = static_cast<Try*>(s);
            if (tr->finalbody.empty()) {
                t.op = t_try_except;
                return true;
            }
            return step_try_finally(c, t, tr);
        }
        case Kind::Assert: {  // label a: past the assertion
            auto* a = static_cast<Assert*>(s);
            switch (t.step++) {
                case 0:
                    if (state.opt_level) return task_done(c);  // micropython.opt_level(1) and up
                    if ((t.a = new_labels(c, 1)) == no_label) return false;
                    return push_task(c, t_jump_if, a->test, 1, 0, t.a);
                case 1:
                    emit_op(u, Op::LOAD_ASSERTION_ERROR, 1);
                    if (a->msg) return push_task(c, t_expr, a->msg);
                    [[fallthrough]];
                default:
                    if (a->msg) emit_op_u(u, Op::CALL, 1, -1);
                    emit_op_u(u, Op::RAISE_VARARGS, 1, -1);
                    bind_label(c, t.a);
                    return task_done(c);
            }
        }
        case Kind::Import: return compile_import(c, static_cast<Import*>(s)) && task_done(c);
        case Kind::ImportFrom: return compile_import_from(c, static_cast<ImportFrom*>(s)) && task_done(c);
        case Kind::Global:
        case Kind::Nonlocal:
        case Kind::Pass: return task_done(c);
        case Kind::Expr: {
            Node* v = static_cast<ast::Expr*>(s)->value;
            if (t.step++ == 0) {
                if (c->interactive_top && u->scope->kind == ScopeKind::Module) {
                    t.flags = 1;
                } else if (v->kind == Kind::Constant) {
                    return task_done(c);  // docstrings and bare constants do nothing
                }
                return push_task(c, t_expr, v);
            }
            emit_op(u, t.flags ? Op::PRINT_EXPR : Op::POP_TOP, -1);
            return task_done(c);
        }
        case Kind::Break: return step_break_continue(c, t, true);
        case Kind::Continue: return step_break_continue(c, t, false);
        default: return syntax_error(s, "invalid syntax"_msg);
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

// The body of a def/lambda/class/comprehension as a new unit, its scope in Compiler::body_scope; the
// code object goes to Compiler::last_code.
bool step_body(Compiler* c, Task& t) {
    Node* node = t.node;
    if (t.step++ == 0) {
        Scope* scope = c->body_scope;
        Unit* unit = static_cast<Unit*>(alloc_raw(sizeof(Unit)));
        if (!unit || !unit_init(unit, scope, node->line)) return false;
        unit->outer = c->u;
        unit->fblock_base = c->n_fblocks;
        unit->saved_scope = error_scope;
        unit->saved_interactive = c->interactive_top;
        c->u = unit;
        error_scope = scope->name;
        c->interactive_top = false;
        switch (node->kind) {
            case Kind::ClassDef:
                set_line(unit, node->line);
                emit_op_u(unit, Op::LOAD_NAME, name_index(unit, &q_dunder_name), 1);
                emit_op_u(unit, Op::STORE_NAME, name_index(unit, &q_dunder_module), -1);
                emit_const(unit, Value(scope->name));
                emit_op_u(unit, Op::STORE_NAME, name_index(unit, &q_dunder_qualname), -1);
                store_docstring(unit, static_cast<ClassDef*>(node)->body);
                return push_stmts(c, static_cast<ClassDef*>(node)->body);
            case Kind::Lambda: return push_task(c, t_expr, static_cast<Lambda*>(node)->body);
            case Kind::FunctionDef:
            case Kind::AsyncFunctionDef: return push_stmts(c, static_cast<FunctionDef*>(node)->body);
            default:  // a comprehension: its argument (local 0) is the outermost iterator
                set_line(unit, node->line);
                switch (node->kind) {
                    case Kind::ListComp: emit_op_u(unit, Op::BUILD_LIST, 0, 1); break;
                    case Kind::SetComp: emit_op_u(unit, Op::BUILD_SET, 0, 1); break;
                    case Kind::DictComp: emit_op_u(unit, Op::BUILD_MAP, 0, 1); break;
                    default: break;
                }
                emit_op_u(unit, Op::LOAD_FAST, 0, 1);
                return push_task(c, t_gen_loop, node);
        }
    }
    Unit* unit = c->u;
    Scope* scope = unit->scope;
    uint16_t code_flags = 0;
    switch (node->kind) {
        case Kind::ClassDef: {
            code_flags |= code_class_body;
            int cell = index_of(scope->cells, scope->n_cells, &q_dunder_class);
            if (cell >= 0)
                emit_op_u(unit, Op::LOAD_CLOSURE, uint32_t(cell), 1);
            else
                emit_op(unit, Op::LOAD_NONE, 1);
            break;
        }
        case Kind::Lambda:
            if (scope->generator) {
                emit_op(unit, Op::POP_TOP, -1);
                emit_op(unit, Op::LOAD_NONE, 1);
            }
            break;
        case Kind::FunctionDef:
        case Kind::AsyncFunctionDef: emit_op(unit, Op::LOAD_NONE, 1); break;
        default:
            if (node->kind == Kind::GeneratorExp) emit_op(unit, Op::LOAD_NONE, 1);
            break;
    }
    emit_op(unit, Op::RETURN_VALUE, -1);
    c->u = unit->outer;
    c->interactive_top = unit->saved_interactive;
    error_scope = unit->saved_scope;

    arguments* args = args_of(node);
    uint8_t n_pos = 0, n_posonly = 0, n_kwonly = 0;
    if (args) {
        n_posonly = MBPY_SYNTAX_EXTRA ? uint8_t(args->posonlyargs.len) : 0;
        n_pos = uint8_t(n_posonly + args->args.len);
        n_kwonly = uint8_t(args->kwonlyargs.len);
        if (args->vararg) code_flags |= code_varargs;
        if (args->kwarg) code_flags |= code_varkw;
    } else if (node->kind != Kind::ClassDef) {
        n_pos = 1;  // comprehensions take the outermost iterator
    }
    if (scope->generator) code_flags |= code_generator;
    if (MBPY_ASYNC && scope->coroutine) code_flags |= scope->generator ? code_async_gen : code_coroutine;
    if (scope->n_frees) code_flags |= code_nested;
    c->last_code = unit_finish(c, unit, scope->name, code_flags, n_pos, n_posonly, n_kwonly);
    gc::free(unit);
    return c->last_code && task_done(c);
}

// The code that makes the function object of a def/lambda/class/comprehension: defaults (t.i), kw-defaults
// (t.i, t.b of them), its body unless the parser had it compiled already, closure, MAKE_FUNCTION. The
// MAKE_FUNCTION flags gather in t.flags.
bool step_function(Compiler* c, Task& t) {
    Unit* outer = c->u;
    Node* node = t.node;
    arguments* args = args_of(node);
    switch (t.step) {
        case 0:  // defaults are evaluated in the enclosing scope, before the function exists
            if (args && t.i < args->defaults.len) return push_task(c, t_expr, args->defaults[t.i++]);
            if (args && !args->defaults.empty()) {
                emit_op_u(outer, Op::BUILD_TUPLE, args->defaults.len, 1 - int(args->defaults.len));
                t.flags |= make_fn_defaults;
            }
            t.step = 1;
            t.i = 0;
            [[fallthrough]];
        case 1: {
            while (args && t.i < args->kwonlyargs.len) {
                uint32_t i = t.i++;
                Node* d = args->kw_defaults.len > i ? args->kw_defaults[i] : nullptr;
                if (!d) continue;
                emit_const(outer, Value(args->kwonlyargs[i]->name));
                ++t.b;
                return push_task(c, t_expr, d);
            }
            if (t.b) {
                emit_op_u(outer, Op::BUILD_MAP, t.b, 1 - 2 * int(t.b));
                t.flags |= make_fn_kwdefaults;
            }
            t.step = 2;
            // A def that the parser had compiled already (compile_parsed_def) brings its code.
            bool is_def = node->kind == Kind::FunctionDef || node->kind == Kind::AsyncFunctionDef;
            Code* code = is_def ? static_cast<FunctionDef*>(node)->code : nullptr;
            if (!code) {
                if (!(c->body_scope = child_scope(outer->scope, node)))
                    return syntax_error(node, "internal error: no scope"_msg);
                return push_task(c, t_body, node);
            }
            c->last_code = code;
            [[fallthrough]];
        }
        default: {
            Code* code = c->last_code;
            uint32_t flags = t.flags;
            // Closure: the cells of the free variables, from this scope's cells or frees.
            if (code->n_free) {
                for (uint32_t i = 0; i < code->n_free; ++i) {
                    const Str* fv = code->cellnames->items[code->n_cells + i].as<Str>();
                    Scope* os = outer->scope;
                    int idx = index_of(os->cells, os->n_cells, fv);
                    if (idx < 0) {
                        idx = index_of(os->frees, os->n_frees, fv);
                        if (idx < 0) return syntax_error(node, "internal error: closure of '%q'"_msg, fv);
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
            return !outer->failed && task_done(c);
        }
    }
}

}  // namespace

}  // namespace comp

using namespace comp;

namespace {
struct HookContext {
    const Str* filename;
    CompileMode mode;
    Compiler* module;  // File mode: the module's compiler, its unit taking each statement as it is parsed
    Scope* top;
    bool first;  // the next statement is the module's first (its docstring?)
};
}  // namespace

// The parser's hook: a def inside no other def is compiled as soon as it is parsed, and its body dropped.
static bool compile_parsed_def(FunctionDef* f, bool in_class, void* ctx) {
    // Its frames below this one, run_tasks' checked there: 388 B on the board (scripts/device-stack --path
    // compile_parsed_def --cut collect float_parse run_tasks; the parser calls it through a pointer, so
    // parse_and_compile's room does not count it).
    if (!check_c_stack_room(392)) return false;
    for (Node* d : f->decorator_list)
        if (is_asm_thumb(d)) return true;  // its body is assembler, which compile_stmt assembles
    Compiler c{};
    c.filename = static_cast<const HookContext*>(ctx)->filename;
    c.mode = static_cast<const HookContext*>(ctx)->mode;
    error_filename = c.filename;
    error_scope = nullptr;
    c.body_scope = analyze_def(f, in_class);
    bool ok = c.body_scope && push_task(&c, t_body, f) && run_tasks(&c, 0);
    compile_free(&c);
    error_filename = nullptr;
    if (!ok) return false;
    f->code = c.last_code;
    f->body = {};
    return true;
}

// Runs the module's tasks until they are done or wait for the parser's next statement.
static bool resume(const HookContext* h, bool ok) {
    Compiler* c = h->module;
    c->waiting = false;
    ok = ok && run_tasks(c, 0) && !c->u->failed;
    // The stacks are empty between statements: freed, they leave no block among the next one's tree.
    if (!c->n_tasks) compile_free(c);
    error_filename = nullptr;
    return ok;
}

// The parser's hook in File mode: each module-level statement is compiled into the module's code as soon
// as it is parsed, and the parser drops it, so the heap holds the tree of one statement at a time. So is
// each statement of a streamed block, where the module's tasks wait for it.
static bool compile_parsed_stmt(Node* stmt, void* ctx) {
    // As compile_parsed_def: 436 B below this frame.
    if (!check_c_stack_room(440)) return false;
    auto* h = static_cast<HookContext*>(ctx);
    Compiler* c = h->module;
    error_filename = h->filename;
    error_scope = nullptr;
    if (h->first) store_docstring(c->u, Seq<Node>{&stmt, 1});
    h->first = false;
    bool ok = analyze_module_stmt(h->top, stmt) && push_task(c, t_stmt, stmt);
    if (ok) set_line(c->u, stmt->line);
    return resume(h, ok);
}

// The end of a streamed block: its statement's code goes on to its next block or its end.
static bool compile_block_end(void* ctx) {
    if (!check_c_stack_room(440)) return false;  // as compile_parsed_stmt
    auto* h = static_cast<HookContext*>(ctx);
    error_filename = h->filename;
    error_scope = nullptr;
    Compiler* c = h->module;
    if (c->n_tasks) c->tasks[c->n_tasks - 1].i = 1;  // the streamed block waiting on top: ended
    return resume(h, true);
}

// The module's source file, read as it is parsed: not a parameter of the calls down to the parser, so
// that the frames under a compile started deep (an exec() in a __repr__) are no bigger for it.
static const SourceReader* file_reader;

// Parsing and compiling are two calls, not one frame: neither's locals sit under the other's work.
[[gnu::noinline]] static ast::Node* parse_for_compile(std::string_view source, const Str* filename,
                                                      CompileMode mode, Compiler* module = nullptr) {
    ParseMode pm = mode == CompileMode::Eval     ? ParseMode::Eval
                   : mode == CompileMode::Single ? ParseMode::Single
                                                 : ParseMode::File;
    HookContext ctx{filename, mode, module, module ? module->u->scope : nullptr, true};
    ParseError err;
    ast::Node* root = parse(source, filename, pm, &err,
                            ParseHook{compile_parsed_def, module ? compile_parsed_stmt : nullptr,
                                      module ? compile_block_end : nullptr, &ctx},
                            module ? file_reader : nullptr);
    // MicroPython's form: `File "x.py", line 3` (plus `, in f` for errors found while compiling).
    if (!root && err.line && exc_matches(state.exc, &syntax_error_type))
        exception_add_traceback(state.exc, filename, err.line,
                                err.compile_time ? (err.scope ? err.scope : &q_angle_module) : nullptr);
    return root;
}

// After the code's last RETURN_VALUE: the top-level code object, if `ok` (everything compiled).
static Code* finish_top(Compiler* c, bool ok) {
    compile_free(c);
    error_filename = nullptr;
    Code* code = ok ? unit_finish(c, c->u, &q_angle_module, code_module, 0, 0, 0) : nullptr;
    gc::free(c->u);
    return code;
}

static Code* finish_module(Compiler* c, bool ok) {
    emit_op(c->u, Op::LOAD_NONE, 1);
    emit_op(c->u, Op::RETURN_VALUE, -1);
    return finish_top(c, ok);
}

// A module (File mode) is compiled while it is parsed, statement by statement; an eval or REPL input is
// parsed whole, then compiled.
static Code* parse_and_compile(std::string_view source, const Str* filename, CompileMode mode) {
    // The parser's frames below this one: 776 B on the board (scripts/device-stack --path parse_and_compile
    // --cut collect float_parse open_compound end_block run_tasks: 888 B with this frame's 112, which the
    // stack in use already counts). The deeper parts check their own room where they are reached, so
    // that a compile starting deep fails only where it goes deep: a compound statement (open_compound,
    // end_block), the compiler's steps (run_tasks) and its hooks (compile_parsed_stmt, _def), a float
    // literal's scan (parse_float_literal) and a collection under an allocation (room_to_collect).
    if (!check_c_stack_room(784)) return nullptr;
    if (mode != CompileMode::File) {
        ast::Node* root = parse_for_compile(source, filename, mode);
        return root ? compile_ast(root, filename, mode) : nullptr;
    }
    Scope* top = module_scope(nullptr);
    Unit* unit = top ? static_cast<Unit*>(alloc_raw(sizeof(Unit))) : nullptr;
    if (!unit || !unit_init(unit, top, 1)) return nullptr;
    Compiler c{};
    c.filename = filename;
    c.mode = mode;
    c.u = unit;
    bool ok = parse_for_compile(source, filename, mode, &c) != nullptr;
    return finish_module(&c, ok);
}

[[gnu::noinline]] Code* compile_ast(ast::Node* root, const Str* filename, CompileMode mode) {
    error_filename = filename;
    error_scope = nullptr;
    Scope* top = analyze_scopes(root);
    if (!top) return nullptr;
    Compiler c{};
    c.filename = filename;
    c.mode = mode;
    c.interactive_top = mode == CompileMode::Single;
    Unit* unit = static_cast<Unit*>(alloc_raw(sizeof(Unit)));
    if (!unit || !unit_init(unit, top, 1)) return nullptr;
    c.u = unit;
    if (mode == CompileMode::Eval) {
        bool ok = push_task(&c, t_expr, static_cast<Expression*>(root)->body) && run_tasks(&c, 0);
        emit_op(unit, Op::RETURN_VALUE, -1);
        return finish_top(&c, ok);
    }
    if (mode == CompileMode::File) store_docstring(unit, static_cast<Module*>(root)->body);
    return finish_module(&c, push_stmts(&c, static_cast<Module*>(root)->body) && run_tasks(&c, 0));
}

Code* compile_source(std::string_view source, const Str* filename, CompileMode mode,
                     const SourceReader* reader) {
    file_reader = reader;  // (compiling runs no code: no other compile starts meanwhile)
    Code* code = parse_and_compile(source, filename, mode);
    gc::scrub_stack();  // the tree must not stay alive through the parser's and compiler's dead frames
    return code;
}

}  // namespace core
