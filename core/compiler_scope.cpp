// Scope analysis: which names are local, global, free or cells, per function/class/comprehension.
#include "core/compiler_impl.hpp"
#include "core/gc.hpp"
#include "core/names.hpp"

namespace core::comp {

namespace {

bool add_name(const Str**& list, uint32_t& n, uint32_t& cap, const Str* name) {
    if (index_of(list, n, name) >= 0) return true;
    if (!grow_array(list, cap, n + 1, 4)) return false;
    list[n++] = name;
    return true;
}

struct Builder {
    Scope* cur;
    bool ok = true;

    Scope* new_scope(ScopeKind kind, Node* node, const Str* name) {
        Scope* s = static_cast<Scope*>(alloc_raw(sizeof(Scope)));
        if (!s) return ok = false, nullptr;
        s->kind = kind;
        s->node = node;
        s->parent = cur;
        s->name = name;
        if (cur) {
            if (!grow_array(cur->children, cur->cap_children, cur->n_children + 1, 4))
                return ok = false, nullptr;
            cur->children[cur->n_children++] = s;
        }
        return s;
    }

    void fail(Node* n, const char* msg, const Str* name = nullptr) {
        syntax_error(n, msg, name);
        ok = false;
    }

    // await, async for and async with belong in an async def, a comprehension in one, or a generator
    // expression (which is then an async generator).
    bool async_ok(Node* n, const char* msg) {
        if (!MBPY_ASYNC) return false;  // the parser made no async node
        Scope* f = cur;
        for (; f->kind == ScopeKind::Comprehension && f->parent; f = f->parent)
            if (f->node->kind == Kind::GeneratorExp) return true;  // an async generator expression
        if (f->kind == ScopeKind::Function && f->coroutine) return true;
        fail(n, msg);
        return false;
    }

    void add(const Str* name, uint8_t flags) {
        if (!ok) return;
        Symbol* sym = find_symbol(cur, name);
        if (!sym) {
            if (!grow_array(cur->syms, cur->cap_syms, cur->n_syms + 1, 4)) {
                ok = false;
                return;
            }
            sym = &cur->syms[cur->n_syms++];
            sym->name = name;
            sym->flags = 0;
        }
        sym->flags |= flags;
        if (name == &q_super && (flags & sym_use)) cur->uses_super = true;
    }

    void param(arg* a) {
        if (!a || !ok) return;
        Symbol* dup = find_symbol(cur, a->name);
        if (dup && (dup->flags & sym_param))
            return fail(a, "duplicate argument '%q' in function definition"_msg, a->name);
        add(a->name, sym_param | sym_bound);
        uint32_t cap = cur->n_params;  // params are added once, in order
        const Str** p = static_cast<const Str**>(
            cur->params ? realloc_raw(cur->params, (cap + 1) * sizeof(Str*)) : alloc_raw(sizeof(Str*)));
        if (!p) {
            ok = false;
            return;
        }
        cur->params = p;
        p[cur->n_params++] = a->name;
    }

    // The tree is walked with an explicit stack of work (in the GC heap), not by recursion, so nesting
    // costs no C stack. Items run in the order a recursive walk would visit them: pushed in reverse.
    enum Tag : uint8_t {
        w_stmt,
        w_expr,
        w_restore,        // cur = the scope saved
        w_add,            // add(name, flags)
        w_function,       // a def's or lambda's own scope, after its defaults
        w_compiled,       // a def compiled when parsed, after its defaults
        w_class,          // a class's own scope, after its decorators, bases and keywords
        w_comprehension,  // a comprehension's own scope, after its outermost iterable
        w_named,          // the binding of `name := value`, after the value
        w_iter_begin,     // a comprehension iterable opens (:= is refused in it)
        w_iter_end,       // and closes
        w_exprs,          // n expressions from p (one at a time: wide nodes cost no more work stack)
        w_stmts,          // n statements from p
    };
    struct Work {
        uint8_t tag;
        uint32_t n;  // a sequence's length; w_add's flags
        const void* p;
    };
    uint32_t comp_iter = 0;  // comprehension iterables open (and every scope in them): := is refused
    Work* work = nullptr;
    uint32_t n_work = 0, cap_work = 0;

    // Three arguments (the C calling convention's registers) and one-argument forms for the common
    // items: the walk has ~60 call sites.
    void push(uint8_t tag, const void* p, uint32_t n = 0) {
        if (!ok || !p) return;
        if (n_work == cap_work) {
            uint32_t cap = cap_work;
            if (!grow_array(work, cap, n_work + 1, 4)) return void(ok = false);
            cap_work = cap;
        }
        work[n_work++] = Work{tag, n, p};
    }
    [[gnu::noinline]] void push_expr(const Node* n) { push(w_expr, n); }
    [[gnu::noinline]] void exprs(const Seq<Node>& s) {
        if (s.len) push(w_exprs, s.items, s.len);
    }
    [[gnu::noinline]] void stmts(const Seq<Node>& s) {
        if (s.len) push(w_stmts, s.items, s.len);
    }
    void arguments_defaults(arguments* a) {  // pushed: they run before what was pushed earlier
        if (!a) return;
        for (uint32_t i = a->kw_defaults.len; i-- > 0;) push_expr(a->kw_defaults[i]);
        exprs(a->defaults);
    }
    void arguments_params(arguments* a) {
        if (!a) return;
        if (MBPY_SYNTAX_EXTRA)
            for (arg* p : a->posonlyargs) param(p);
        for (arg* p : a->args) param(p);
        for (arg* p : a->kwonlyargs) param(p);
        param(a->vararg);
        param(a->kwarg);
    }

    // Runs the work pushed until the stack is back to `base`.
    void run(uint32_t base) {
        while (ok && n_work > base) {
            Work w = work[--n_work];
            switch (w.tag) {
                case w_stmt: stmt(static_cast<Node*>(const_cast<void*>(w.p))); break;
                case w_expr: expr(static_cast<Node*>(const_cast<void*>(w.p))); break;
                case w_restore: cur = static_cast<Scope*>(const_cast<void*>(w.p)); break;
                case w_add: add(static_cast<const Str*>(w.p), uint8_t(w.n)); break;
                case w_function: function_scope(static_cast<Node*>(const_cast<void*>(w.p))); break;
                case w_compiled: compiled_function(static_cast<FunctionDef*>(const_cast<void*>(w.p))); break;
                case w_class: {
                    auto* k = static_cast<ClassDef*>(const_cast<void*>(w.p));
                    Scope* s = new_scope(ScopeKind::Class, k, k->name);
                    if (!s) return;
                    push(w_add, k->name, sym_bound);
                    push(w_restore, cur);
                    cur = s;
                    stmts(k->body);
                    break;
                }
                case w_comprehension: comp_scope(static_cast<Node*>(const_cast<void*>(w.p))); break;
#if MBPY_WALRUS
                case w_named: named(static_cast<NamedExpr*>(const_cast<void*>(w.p))); break;
#endif
                case w_iter_begin: comp_iter++; break;
                case w_iter_end: comp_iter--; break;
                default: {  // the first of a sequence now, the rest after it
                    Node* const* items = static_cast<Node* const*>(w.p);
                    if (w.n > 1) push(w.tag, items + 1, w.n - 1);
                    push(w.tag == w_exprs ? w_expr : w_stmt, items[0]);
                    break;
                }
            }
        }
    }

    void comp_iterable(Node* iter) {  // pushed between markers (p: any non-null)
        push(w_iter_end, cur);
        push_expr(iter);
        push(w_iter_begin, cur);
    }

    // def/lambda: defaults in the enclosing scope, then (w_function) parameters and body in its own.
    void function(Node* node) {
        push(w_function, node);
        arguments_defaults(node->kind == Kind::Lambda ? static_cast<Lambda*>(node)->args
                                                      : static_cast<FunctionDef*>(node)->args);
    }
    void function_scope(Node* node) {
        bool lambda = node->kind == Kind::Lambda;
        arguments* args = lambda ? static_cast<Lambda*>(node)->args : static_cast<FunctionDef*>(node)->args;
        Scope* s = new_scope(ScopeKind::Function, node,
                             lambda ? &q_angle_lambda : static_cast<FunctionDef*>(node)->name);
        if (!s) return;
        s->coroutine = node->kind == Kind::AsyncFunctionDef;
        push(w_restore, cur);
        cur = s;
        arguments_params(args);
        if (lambda)
            push_expr(static_cast<Lambda*>(node)->body);
        else
            stmts(static_cast<FunctionDef*>(node)->body);
    }

    // A def compiled when it was parsed has no scope here: its defaults are evaluated in this one, and a
    // method that uses super() or __class__ needs this class's __class__ cell.
    void compiled_function(FunctionDef* f) {
        Code* code = f->code;
        if (cur->kind != ScopeKind::Class) return;
        for (uint32_t i = 0; i < code->n_free; ++i)
            if (code->cellnames->items[code->n_cells + i] == Value(&q_dunder_class)) {
                cur->needs_class_cell = true;
                if (!add_name(cur->cells, cur->n_cells, cur->cap_cells, &q_dunder_class)) ok = false;
            }
    }

    // After the outermost iterable (evaluated in the enclosing scope): the rest in the comprehension's own.
    void comp_scope(Node* node) {
        const Str* name;
        Seq<comprehension> gens;
        Node *a, *b = nullptr;
        if (node->kind == Kind::DictComp) {
            auto* c = static_cast<DictComp*>(node);
            name = &q_angle_dictcomp;
            gens = c->generators;
            a = c->key;
            b = c->value;
        } else {
            auto* c = static_cast<Comprehension1*>(node);
            name = node->kind == Kind::ListComp  ? &q_angle_listcomp
                   : node->kind == Kind::SetComp ? &q_angle_setcomp
                                                 : &q_angle_genexpr;
            gens = c->generators;
            a = c->elt;
        }
        Scope* s = new_scope(ScopeKind::Comprehension, node, name);
        if (!s) return;
        if (node->kind == Kind::GeneratorExp) s->generator = true;
        push(w_restore, cur);
        cur = s;
        add(&q_dot0, sym_param | sym_bound);
        s->params = static_cast<const Str**>(alloc_raw(sizeof(Str*)));
        if (!s->params) {
            ok = false;
            return;
        }
        s->params[0] = &q_dot0;
        s->n_params = 1;
        for (comprehension* g : gens)
            if (MBPY_ASYNC && g->is_async && node->kind != Kind::GeneratorExp &&
                !async_ok(g, "asynchronous comprehension outside of an asynchronous function"_msg))
                return;
        push_expr(b);
        push_expr(a);
        for (uint32_t i = gens.len; i-- > 0;) {
            comprehension* g = gens[i];
            exprs(g->ifs);
            push_expr(g->target);
            if (i) comp_iterable(g->iter);
        }
    }

#if MBPY_WALRUS
    // PEP 572: in a comprehension, binds in the nearest enclosing other scope, which must not be a class,
    // and never rebinds an iteration variable of the comprehensions in between.
    void named(NamedExpr* w) {
        const Str* id = static_cast<Name*>(w->target)->id;
        if (comp_iter)
            return fail(w, "assignment expression cannot be used in a comprehension iterable expression"_msg);
        if (cur->kind == ScopeKind::Comprehension) {
            Scope* t = cur;
            for (; t->kind == ScopeKind::Comprehension; t = t->parent) {
                Symbol* it = find_symbol(t, id);
                if (it && (it->flags & sym_bound) && !(it->flags & (sym_global | sym_nonlocal)))
                    return fail(
                        w, "assignment expression cannot rebind comprehension iteration variable '%q'"_msg,
                        id);
            }
            if (t->kind == ScopeKind::Class)
                return fail(
                    w, "assignment expression within a comprehension cannot be used in a class body"_msg);
            Scope* saved = cur;
            cur = t;
            add(id, sym_bound);
            cur = saved;
            add(id, t->kind == ScopeKind::Module ? sym_global : sym_nonlocal);
            add(id, sym_use);
        } else {
            add(id, sym_bound);
        }
    }
#endif

    // One statement: what it binds now, its parts pushed to be visited in order.
    void stmt(Node* n) {
        switch (n->kind) {
            case Kind::FunctionDef:
            case Kind::AsyncFunctionDef: {
                auto* f = static_cast<FunctionDef*>(n);
                push(w_add, f->name, sym_bound);
                if (f->code) {
                    push(w_compiled, f);
                    arguments_defaults(f->args);
                } else {
                    function(n);
                }
                exprs(f->decorator_list);
                break;
            }
            case Kind::ClassDef: {
                auto* k = static_cast<ClassDef*>(n);
                push(w_class, k);
                for (uint32_t i = k->keywords.len; i-- > 0;) push_expr(k->keywords[i]->value);
                exprs(k->bases);
                exprs(k->decorator_list);
                break;
            }
            case Kind::Return: push_expr(static_cast<Return*>(n)->value); break;
            case Kind::Delete: exprs(static_cast<Delete*>(n)->targets); break;
            case Kind::Assign:
                push_expr(static_cast<Assign*>(n)->value);
                exprs(static_cast<Assign*>(n)->targets);
                break;
            case Kind::AugAssign: {
                auto* a = static_cast<AugAssign*>(n);
                push_expr(a->value);
                if (a->target->kind == Kind::Name)
                    add(static_cast<Name*>(a->target)->id, sym_use | sym_bound);
                else
                    push_expr(a->target);
                break;
            }
#if MBPY_VAR_ANNOTATIONS
            case Kind::AnnAssign: {
                auto* a = static_cast<AnnAssign*>(n);
                push_expr(a->value);
                if (a->value || a->target->kind != Kind::Name)
                    push_expr(a->target);
                else
                    add(static_cast<Name*>(a->target)->id, sym_bound);
                break;
            }
#endif
            case Kind::For:
            case Kind::AsyncFor: {
                if (MBPY_ASYNC && n->kind == Kind::AsyncFor &&
                    !async_ok(n, "'async for' outside async function"_msg))
                    return;
                auto* f = static_cast<For*>(n);
                stmts(f->orelse);
                stmts(f->body);
                push_expr(f->iter);
                push_expr(f->target);
                break;
            }
            case Kind::While: {
                auto* w = static_cast<While*>(n);
                stmts(w->orelse);
                stmts(w->body);
                push_expr(w->test);
                break;
            }
            case Kind::If: {
                auto* w = static_cast<If*>(n);
                stmts(w->orelse);
                stmts(w->body);
                push_expr(w->test);
                break;
            }
            case Kind::With:
            case Kind::AsyncWith: {
                if (MBPY_ASYNC && n->kind == Kind::AsyncWith &&
                    !async_ok(n, "'async with' outside async function"_msg))
                    return;
                auto* w = static_cast<With*>(n);
                stmts(w->body);
                for (uint32_t i = w->items.len; i-- > 0;) {
                    push_expr(w->items[i]->optional_vars);
                    push_expr(w->items[i]->context_expr);
                }
                break;
            }
            case Kind::Raise:
                push_expr(static_cast<Raise*>(n)->cause);
                push_expr(static_cast<Raise*>(n)->exc);
                break;
            case Kind::Try:
            case Kind::TryStar: {
                auto* t = static_cast<Try*>(n);
                stmts(t->finalbody);
                stmts(t->orelse);
                for (uint32_t i = t->handlers.len; i-- > 0;) {
                    ExceptHandler* h = t->handlers[i];
                    stmts(h->body);
                    push(w_add, h->name, sym_bound);
                    push_expr(h->type);
                }
                stmts(t->body);
                break;
            }
            case Kind::Assert:
                push_expr(static_cast<Assert*>(n)->msg);
                push_expr(static_cast<Assert*>(n)->test);
                break;
            case Kind::Import:
            case Kind::ImportFrom: {
                Seq<alias> al = n->kind == Kind::Import ? static_cast<Import*>(n)->names
                                                        : static_cast<ImportFrom*>(n)->names;
                for (alias* a : al) {
                    if (a->asname) {
                        add(a->asname, sym_bound);
                        continue;
                    }
                    std::string_view v = a->name->view();
                    if (v == "*") {
                        if (cur->kind != ScopeKind::Module && cur->kind != ScopeKind::Class) {
                            syntax_error(n, "import * only allowed at module level"_msg);
                            ok = false;
                        }
                        continue;
                    }
                    size_t dot = v.find('.');
                    if (dot == std::string_view::npos || n->kind == Kind::ImportFrom) {
                        add(a->name, sym_bound);
                    } else {
                        Value first = intern(v.substr(0, dot));
                        if (!first) return void(ok = false);
                        add(first.as<Str>(), sym_bound);
                    }
                }
                break;
            }
            case Kind::Global:
            case Kind::Nonlocal: {
                auto* g = static_cast<Global*>(n);
                for (const Str* name : g->names) {
                    Symbol* s = find_symbol(cur, name);
                    if (s && (s->flags & (sym_use | sym_bound)) &&
                        !(s->flags & (sym_global | sym_nonlocal))) {
                        syntax_error(n,
                                     n->kind == Kind::Global
                                         ? "name '%q' is assigned to before global declaration"_msg
                                         : "name '%q' is assigned to before nonlocal declaration"_msg,
                                     name);
                        ok = false;
                        return;
                    }
                    if (s && (s->flags & (n->kind == Kind::Global ? sym_nonlocal : sym_global)))
                        return fail(n, "name '%q' is nonlocal and global"_msg, name);
                    if (n->kind == Kind::Nonlocal && cur->kind == ScopeKind::Module) {
                        syntax_error(n, "nonlocal declaration not allowed at module level"_msg);
                        ok = false;
                        return;
                    }
                    add(name, n->kind == Kind::Global ? sym_global : sym_nonlocal);
                }
                break;
            }
            case Kind::Expr: push_expr(static_cast<ast::Expr*>(n)->value); break;
            default: break;
        }
    }

    // One expression: what it binds now, its parts pushed to be visited in order.
    void expr(Node* n) {
        switch (n->kind) {
            case Kind::BoolOp: exprs(static_cast<BoolOp*>(n)->values); break;
#if MBPY_WALRUS
            case Kind::NamedExpr:
                push(w_named, n);
                push_expr(static_cast<NamedExpr*>(n)->value);
                break;
#endif
            case Kind::BinOp:
                push_expr(static_cast<BinOp*>(n)->right);
                push_expr(static_cast<BinOp*>(n)->left);
                break;
            case Kind::UnaryOp: push_expr(static_cast<ast::UnaryOp*>(n)->operand); break;
            case Kind::Lambda: function(n); break;
            case Kind::IfExp: {
                auto* i = static_cast<IfExp*>(n);
                push_expr(i->orelse);
                push_expr(i->body);
                push_expr(i->test);
                break;
            }
            case Kind::Dict: {  // the keys, then the values
                auto* d = static_cast<ast::Dict*>(n);
                exprs(d->values);
                exprs(d->keys);  // `{**m}`'s null key is skipped
                break;
            }
            case Kind::Set: exprs(static_cast<ast::Set*>(n)->elts); break;
            case Kind::ListComp:
            case Kind::SetComp:
            case Kind::GeneratorExp:
            case Kind::DictComp: {
                Seq<comprehension> gens = n->kind == Kind::DictComp
                                              ? static_cast<DictComp*>(n)->generators
                                              : static_cast<Comprehension1*>(n)->generators;
                push(w_comprehension, n);
                comp_iterable(gens[0]->iter);
                break;
            }
            case Kind::Await:
                if (!MBPY_ASYNC || !async_ok(n, "'await' outside async function"_msg)) return;
                push_expr(static_cast<Await*>(n)->value);
                break;
            case Kind::Yield:
            case Kind::YieldFrom: {
                const char* bad = cur->kind == ScopeKind::Comprehension ? "'yield' inside comprehension"_msg
                                  : cur->kind != ScopeKind::Function    ? "'yield' outside function"_msg
                                  : MBPY_ASYNC && n->kind == Kind::YieldFrom && cur->coroutine
                                      ? "'yield from' inside async function"_msg
                                      : nullptr;
                if (bad) return fail(n, bad);
                cur->generator = true;
                push_expr(static_cast<Await*>(n)->value);
                break;
            }
            case Kind::Compare:
                exprs(static_cast<Compare*>(n)->comparators);
                push_expr(static_cast<Compare*>(n)->left);
                break;
            case Kind::Call: {
                auto* c = static_cast<Call*>(n);
                for (uint32_t i = 1; i < c->keywords.len; ++i)
                    for (uint32_t j = 0; c->keywords[i]->arg && j < i; ++j)
                        if (c->keywords[j]->arg && str_equal(c->keywords[j]->arg, c->keywords[i]->arg))
                            return fail(c->keywords[i], "keyword argument repeated: %q"_msg,
                                        c->keywords[i]->arg);
                for (uint32_t i = c->keywords.len; i-- > 0;) push_expr(c->keywords[i]->value);
                exprs(c->args);
                push_expr(c->func);
                break;
            }
            case Kind::FormattedValue:
                push_expr(static_cast<FormattedValue*>(n)->format_spec);
                push_expr(static_cast<FormattedValue*>(n)->value);
                break;
            case Kind::JoinedStr: exprs(static_cast<JoinedStr*>(n)->values); break;
            case Kind::Attribute: push_expr(static_cast<Attribute*>(n)->value); break;
            case Kind::Subscript:
                push_expr(static_cast<Subscript*>(n)->slice);
                push_expr(static_cast<Subscript*>(n)->value);
                break;
            case Kind::Starred: push_expr(static_cast<Starred*>(n)->value); break;
            case Kind::Name: {
                auto* nm = static_cast<Name*>(n);
                add(nm->id, nm->ctx == ExprContext::Load ? sym_use : sym_bound);
                break;
            }
            case Kind::List:
            case Kind::Tuple: exprs(static_cast<ast::List*>(n)->elts); break;
            case Kind::Slice: {
                auto* s = static_cast<Slice*>(n);
                push_expr(s->step);
                push_expr(s->upper);
                push_expr(s->lower);
                break;
            }
            default: break;
        }
    }
};

bool binds(Scope* s, const Str* name) {
    Symbol* sym = find_symbol(s, name);
    return sym && (sym->flags & (sym_bound | sym_param)) && !(sym->flags & (sym_global | sym_nonlocal));
}

// Makes `name`, used in `s` but bound in an enclosing function scope, a free variable of `s` and of
// every scope in between, and a cell of the scope that binds it. False: no enclosing binding.
bool resolve_free(Scope* s, const Str* name, bool* ok) {
    Scope* binder = nullptr;
    for (Scope* p = s->parent; p; p = p->parent) {
        if (p->kind == ScopeKind::Module) break;
        if (p->kind == ScopeKind::Class) {
            if (name == &q_dunder_class && p->needs_class_cell) {
                binder = p;
                break;
            }
            continue;
        }
        Symbol* sym = find_symbol(p, name);
        if (sym && (sym->flags & sym_global)) break;
        if (binds(p, name)) {
            binder = p;
            break;
        }
    }
    if (!binder) return false;
    if (!add_name(binder->cells, binder->n_cells, binder->cap_cells, name)) return (*ok = false), false;
    for (Scope* p = s; p != binder; p = p->parent)
        if (!add_name(p->frees, p->n_frees, p->cap_frees, name)) return (*ok = false), false;
    return true;
}

bool analyze(Scope* s) {
    // Zero-argument super() and __class__ need the enclosing class's __class__ cell.
    if (s->kind == ScopeKind::Function && (s->uses_super || find_symbol(s, &q_dunder_class))) {
        for (Scope* p = s->parent; p; p = p->parent)
            if (p->kind == ScopeKind::Class) {
                p->needs_class_cell = true;
                Symbol* sym = find_symbol(s, &q_dunder_class);
                if (!sym) {
                    // add a use of __class__
                    uint32_t cap = s->cap_syms;
                    if (!grow_array(s->syms, cap, s->n_syms + 1, 4)) return false;
                    s->cap_syms = cap;
                    s->syms[s->n_syms++] = Symbol{&q_dunder_class, sym_use};
                }
                break;
            }
    }
    return true;
}

bool resolve(Scope* s) {
    bool ok = true;
    for (uint32_t i = 0; i < s->n_syms && ok; ++i) {
        Symbol& sym = s->syms[i];
        if (sym.flags & sym_global) continue;
        if (sym.flags & sym_nonlocal) {
            if (!resolve_free(s, sym.name, &ok)) {
                if (!ok) return false;
                if (s->kind == ScopeKind::Comprehension) {  // walrus in a comprehension at module level
                    sym.flags = (sym.flags & ~sym_nonlocal) | sym_global;
                    continue;
                }
                Node n{};
                n.line = s->node ? s->node->line : 0;
                syntax_error(&n, "no binding for nonlocal '%q' found"_msg, sym.name);
                return false;
            }
            sym.flags |= sym_free;
            continue;
        }
        if (s->kind == ScopeKind::Module) continue;
        bool bound = sym.flags & (sym_bound | sym_param);
        if (bound && s->kind != ScopeKind::Class) continue;
        if (bound && s->kind == ScopeKind::Class && sym.name != &q_dunder_class) continue;
        if (resolve_free(s, sym.name, &ok)) {
            sym.flags |= sym_free;
        } else if (!ok) {
            return false;
        } else {
            sym.flags |= sym_implicit_global;
        }
    }
    return true;
}

// Frame layout of function-like scopes: fast locals are the parameters, then every other bound name
// that is not a cell.
bool layout(Scope* s) {
    if (s->kind == ScopeKind::Function || s->kind == ScopeKind::Comprehension) {
        for (uint32_t i = 0; i < s->n_params; ++i)
            if (!grow_array(s->locals, s->cap_locals, s->n_locals + 1, 4))
                return false;
            else
                s->locals[s->n_locals++] = s->params[i];
        for (uint32_t i = 0; i < s->n_syms; ++i) {
            Symbol& sym = s->syms[i];
            if ((sym.flags & (sym_global | sym_free | sym_nonlocal | sym_param)) || !(sym.flags & sym_bound))
                continue;
            if (index_of(s->cells, s->n_cells, sym.name) >= 0) continue;
            if (!add_name(s->locals, s->n_locals, s->cap_locals, sym.name)) return false;
        }
    }
    return true;
}

// Runs `each` on the scope tree from `top`, each scope before its children (as a recursive walk would,
// but with an explicit stack: scopes nest as deeply as the source's defs and lambdas do).
bool each_scope(Scope* top, bool (*each)(Scope*)) {
    Scope** stack = nullptr;
    uint32_t n = 0, cap = 0;
    bool ok = grow_array(stack, cap, n + 1, 4);
    if (ok) stack[n++] = top;
    while (ok && n) {
        Scope* s = stack[--n];
        ok = each(s);
        for (uint32_t i = s->n_children; ok && i-- > 0;) {
            ok = grow_array(stack, cap, n + 1, 4);
            if (ok) stack[n++] = s->children[i];
        }
    }
    gc::free(stack);
    return ok;
}

bool analyze_tree(Scope* top) {
    return each_scope(top, analyze) && each_scope(top, resolve) && each_scope(top, layout);
}

}  // namespace

int index_of(const Str* const* list, uint32_t n, const Str* name) {
    for (uint32_t i = 0; i < n; ++i)
        if (list[i] == name) return int(i);
    return -1;
}

Symbol* find_symbol(Scope* s, const Str* name) {
    for (uint32_t i = 0; i < s->n_syms; ++i)
        if (s->syms[i].name == name) return &s->syms[i];
    return nullptr;
}

Scope* child_scope(Scope* parent, Node* node) {
    for (uint32_t i = 0; i < parent->n_children; ++i)
        if (parent->children[i]->node == node) return parent->children[i];
    return nullptr;
}

Scope* analyze_def(FunctionDef* f, bool in_class) {
    // Only classes can lie between such a def and the module, and only the innermost one matters (for
    // __class__), so a stand-in for it is parent enough.
    Builder b{nullptr};
    Scope* parent = b.new_scope(in_class ? ScopeKind::Class : ScopeKind::Module, nullptr, &q_angle_module);
    if (!parent) return nullptr;
    b.cur = parent;
    b.function(f);
    b.run(0);
    gc::free(b.work);
    if (!b.ok || !analyze_tree(parent)) return nullptr;
    return parent->children[0];
}

Scope* module_scope(Node* root) {
    Builder b{nullptr};
    return b.new_scope(ScopeKind::Module, root, &q_angle_module);
}

// Analyses an expression or `n` statements in the module scope `top`, which keeps the symbols of what
// was analysed before.
static Scope* analyze_in_module(Scope* top, uint8_t tag, const void* what, uint32_t n) {
    top->n_children = 0;  // the scopes of statements already compiled, whose trees are gone
    Builder b{top};
    if (n || tag == Builder::w_expr) b.push(tag, what, n);
    b.run(0);
    gc::free(b.work);
    if (!b.ok || !analyze_tree(top)) return nullptr;
    return top;
}

Scope* analyze_module_stmt(Scope* top, Node* stmt) {
    return analyze_in_module(top, Builder::w_stmts, &stmt, 1);
}

Scope* analyze_scopes(Node* root) {
    Scope* top = module_scope(root);
    if (!top) return nullptr;
    if (root->kind == Kind::Expression)
        return analyze_in_module(top, Builder::w_expr, static_cast<Expression*>(root)->body, 0);
    const Seq<Node>& body = static_cast<Module*>(root)->body;
    return analyze_in_module(top, Builder::w_stmts, body.items, body.len);
}

}  // namespace core::comp
