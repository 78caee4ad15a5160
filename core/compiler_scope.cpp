// Scope analysis: which names are local, global, free or cells, per function/class/comprehension.
#include "core/compiler_impl.hpp"
#include "core/names.hpp"

namespace core::comp {

namespace {

template <class T>
bool grow(T*& arr, uint32_t n, uint32_t& cap) {
    if (n < cap) return true;
    uint32_t nc = cap ? cap * 2 : 4;
    void* p = arr ? realloc_raw(arr, nc * sizeof(T)) : alloc_raw(nc * sizeof(T));
    if (!p) return false;
    arr = static_cast<T*>(p);
    cap = nc;
    return true;
}

bool add_name(const Str**& list, uint32_t& n, uint32_t& cap, const Str* name) {
    if (index_of(list, n, name) >= 0) return true;
    if (!grow(list, n, cap)) return false;
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
            if (!grow(cur->children, cur->n_children, cur->cap_children)) return ok = false, nullptr;
            cur->children[cur->n_children++] = s;
        }
        return s;
    }

    void add(const Str* name, uint8_t flags) {
        if (!ok) return;
        Symbol* sym = find_symbol(cur, name);
        if (!sym) {
            if (!grow(cur->syms, cur->n_syms, cur->cap_syms)) {
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

    void exprs(const Seq<Node>& s) {
        for (Node* e : s) expr(e);
    }
    void stmts(const Seq<Node>& s) {
        for (Node* e : s) stmt(e);
    }

    void arguments_defaults(arguments* a) {
        if (!a) return;
        exprs(a->defaults);
        for (Node* d : a->kw_defaults)
            if (d) expr(d);
    }
    void arguments_params(arguments* a) {
        if (!a) return;
        for (arg* p : a->posonlyargs) param(p);
        for (arg* p : a->args) param(p);
        for (arg* p : a->kwonlyargs) param(p);
        param(a->vararg);
        param(a->kwarg);
    }

    void function(Node* node, const Str* name, arguments* args, const Seq<Node>* body, Node* body_expr,
                  bool is_async) {
        arguments_defaults(args);
        Scope* s = new_scope(ScopeKind::Function, node, name);
        if (!s) return;
        s->coroutine = is_async;
        Scope* saved = cur;
        cur = s;
        arguments_params(args);
        if (body) stmts(*body);
        if (body_expr) expr(body_expr);
        cur = saved;
    }

    // A def compiled when it was parsed has no scope here: its defaults are evaluated in this one, and a
    // method that uses super() or __class__ needs this class's __class__ cell.
    void compiled_function(FunctionDef* f) {
        arguments_defaults(f->args);
        Code* code = f->code;
        if (cur->kind != ScopeKind::Class) return;
        for (uint32_t i = 0; i < code->n_free; ++i)
            if (code->cellnames->items[code->n_cells + i] == Value(&q_dunder_class)) {
                cur->needs_class_cell = true;
                if (!add_name(cur->cells, cur->n_cells, cur->cap_cells, &q_dunder_class)) ok = false;
            }
    }

    void comp_scope(Node* node, const Str* name, Seq<comprehension> gens, Node* a, Node* b) {
        expr(gens[0]->iter);
        Scope* s = new_scope(ScopeKind::Comprehension, node, name);
        if (!s) return;
        if (node->kind == Kind::GeneratorExp) s->generator = true;
        Scope* saved = cur;
        cur = s;
        add(&q_dot0, sym_param | sym_bound);
        s->params = static_cast<const Str**>(alloc_raw(sizeof(Str*)));
        if (!s->params) {
            ok = false;
            return;
        }
        s->params[0] = &q_dot0;
        s->n_params = 1;
        for (uint32_t i = 0; i < gens.len; ++i) {
            ast::comprehension* g = gens[i];
            if (i) expr(g->iter);
            expr(g->target);
            exprs(g->ifs);
        }
        if (a) expr(a);
        if (b) expr(b);
        cur = saved;
    }

    void stmt(Node* n) {
        if (!ok || !n) return;
        switch (n->kind) {
            case Kind::FunctionDef:
            case Kind::AsyncFunctionDef: {
                auto* f = static_cast<FunctionDef*>(n);
                exprs(f->decorator_list);
                if (f->code)
                    compiled_function(f);
                else
                    function(n, f->name, f->args, &f->body, nullptr, n->kind == Kind::AsyncFunctionDef);
                add(f->name, sym_bound);
                break;
            }
            case Kind::ClassDef: {
                auto* k = static_cast<ClassDef*>(n);
                exprs(k->decorator_list);
                exprs(k->bases);
                for (keyword* kw : k->keywords) expr(kw->value);
                Scope* s = new_scope(ScopeKind::Class, n, k->name);
                if (!s) return;
                Scope* saved = cur;
                cur = s;
                stmts(k->body);
                cur = saved;
                add(k->name, sym_bound);
                break;
            }
            case Kind::Return: expr(static_cast<Return*>(n)->value); break;
            case Kind::Delete: exprs(static_cast<Delete*>(n)->targets); break;
            case Kind::Assign:
                exprs(static_cast<Assign*>(n)->targets);
                expr(static_cast<Assign*>(n)->value);
                break;
            case Kind::AugAssign: {
                auto* a = static_cast<AugAssign*>(n);
                if (a->target->kind == Kind::Name)
                    add(static_cast<Name*>(a->target)->id, sym_use | sym_bound);
                else
                    expr(a->target);
                expr(a->value);
                break;
            }
            case Kind::AnnAssign: {
                auto* a = static_cast<AnnAssign*>(n);
                if (a->value || a->target->kind != Kind::Name)
                    expr(a->target);
                else
                    add(static_cast<Name*>(a->target)->id, sym_bound);
                expr(a->value);
                break;
            }
            case Kind::For:
            case Kind::AsyncFor: {
                auto* f = static_cast<For*>(n);
                expr(f->target);
                expr(f->iter);
                stmts(f->body);
                stmts(f->orelse);
                break;
            }
            case Kind::While: {
                auto* w = static_cast<While*>(n);
                expr(w->test);
                stmts(w->body);
                stmts(w->orelse);
                break;
            }
            case Kind::If: {
                auto* w = static_cast<If*>(n);
                expr(w->test);
                stmts(w->body);
                stmts(w->orelse);
                break;
            }
            case Kind::With:
            case Kind::AsyncWith: {
                auto* w = static_cast<With*>(n);
                for (withitem* it : w->items) {
                    expr(it->context_expr);
                    expr(it->optional_vars);
                }
                stmts(w->body);
                break;
            }
            case Kind::Raise:
                expr(static_cast<Raise*>(n)->exc);
                expr(static_cast<Raise*>(n)->cause);
                break;
            case Kind::Try:
            case Kind::TryStar: {
                auto* t = static_cast<Try*>(n);
                stmts(t->body);
                for (ExceptHandler* h : t->handlers) {
                    expr(h->type);
                    if (h->name) add(h->name, sym_bound);
                    stmts(h->body);
                }
                stmts(t->orelse);
                stmts(t->finalbody);
                break;
            }
            case Kind::Assert:
                expr(static_cast<Assert*>(n)->test);
                expr(static_cast<Assert*>(n)->msg);
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
                            syntax_error(n, "import * only allowed at module level");
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
                                         ? "name '%q' is assigned to before global declaration"
                                         : "name '%q' is assigned to before nonlocal declaration",
                                     name);
                        ok = false;
                        return;
                    }
                    if (n->kind == Kind::Nonlocal && cur->kind == ScopeKind::Module) {
                        syntax_error(n, "nonlocal declaration not allowed at module level");
                        ok = false;
                        return;
                    }
                    add(name, n->kind == Kind::Global ? sym_global : sym_nonlocal);
                }
                break;
            }
            case Kind::Expr: expr(static_cast<ast::Expr*>(n)->value); break;
            default: break;
        }
    }

    void expr(Node* n) {
        if (!ok || !n) return;
        switch (n->kind) {
            case Kind::BoolOp: exprs(static_cast<BoolOp*>(n)->values); break;
            case Kind::NamedExpr: {
                auto* w = static_cast<NamedExpr*>(n);
                expr(w->value);
                const Str* id = static_cast<Name*>(w->target)->id;
                if (cur->kind == ScopeKind::Comprehension) {
                    // PEP 572: binds in the nearest enclosing non-comprehension scope.
                    Scope* t = cur;
                    while (t->kind == ScopeKind::Comprehension) t = t->parent;
                    Scope* saved = cur;
                    cur = t;
                    add(id, sym_bound);
                    cur = saved;
                    add(id, t->kind == ScopeKind::Module ? sym_global : sym_nonlocal);
                    add(id, sym_use);
                } else {
                    add(id, sym_bound);
                }
                break;
            }
            case Kind::BinOp:
                expr(static_cast<BinOp*>(n)->left);
                expr(static_cast<BinOp*>(n)->right);
                break;
            case Kind::UnaryOp: expr(static_cast<ast::UnaryOp*>(n)->operand); break;
            case Kind::Lambda: {
                auto* l = static_cast<Lambda*>(n);
                function(n, &q_angle_lambda, l->args, nullptr, l->body, false);
                break;
            }
            case Kind::IfExp: {
                auto* i = static_cast<IfExp*>(n);
                expr(i->test);
                expr(i->body);
                expr(i->orelse);
                break;
            }
            case Kind::Dict: {
                auto* d = static_cast<ast::Dict*>(n);
                for (Node* k : d->keys)
                    if (k) expr(k);
                exprs(d->values);
                break;
            }
            case Kind::Set: exprs(static_cast<ast::Set*>(n)->elts); break;
            case Kind::ListComp:
            case Kind::SetComp:
            case Kind::GeneratorExp: {
                auto* c = static_cast<Comprehension1*>(n);
                const Str* nm = n->kind == Kind::ListComp  ? &q_angle_listcomp
                                : n->kind == Kind::SetComp ? &q_angle_setcomp
                                                           : &q_angle_genexpr;
                comp_scope(n, nm, c->generators, c->elt, nullptr);
                break;
            }
            case Kind::DictComp: {
                auto* c = static_cast<DictComp*>(n);
                comp_scope(n, &q_angle_dictcomp, c->generators, c->key, c->value);
                break;
            }
            case Kind::Await:
            case Kind::Yield:
            case Kind::YieldFrom:
                if (cur->kind == ScopeKind::Function || cur->kind == ScopeKind::Comprehension) {
                    if (n->kind != Kind::Await) cur->generator = true;
                } else if (n->kind != Kind::Await || cur->kind == ScopeKind::Class) {
                    syntax_error(
                        n, n->kind == Kind::Await ? "'await' outside function" : "'yield' outside function");
                    ok = false;
                    return;
                }
                expr(static_cast<Await*>(n)->value);
                break;
            case Kind::Compare:
                expr(static_cast<Compare*>(n)->left);
                exprs(static_cast<Compare*>(n)->comparators);
                break;
            case Kind::Call: {
                auto* c = static_cast<Call*>(n);
                expr(c->func);
                exprs(c->args);
                for (keyword* k : c->keywords) expr(k->value);
                break;
            }
            case Kind::FormattedValue:
                expr(static_cast<FormattedValue*>(n)->value);
                expr(static_cast<FormattedValue*>(n)->format_spec);
                break;
            case Kind::JoinedStr: exprs(static_cast<JoinedStr*>(n)->values); break;
            case Kind::Attribute: expr(static_cast<Attribute*>(n)->value); break;
            case Kind::Subscript:
                expr(static_cast<Subscript*>(n)->value);
                expr(static_cast<Subscript*>(n)->slice);
                break;
            case Kind::Starred: expr(static_cast<Starred*>(n)->value); break;
            case Kind::Name: {
                auto* nm = static_cast<Name*>(n);
                add(nm->id, nm->ctx == ExprContext::Load ? sym_use : sym_bound);
                break;
            }
            case Kind::List:
            case Kind::Tuple: exprs(static_cast<ast::List*>(n)->elts); break;
            case Kind::Slice: {
                auto* s = static_cast<Slice*>(n);
                expr(s->lower);
                expr(s->upper);
                expr(s->step);
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
    bool ok = true;
    // Zero-argument super() and __class__ need the enclosing class's __class__ cell.
    if (s->kind == ScopeKind::Function && (s->uses_super || find_symbol(s, &q_dunder_class))) {
        for (Scope* p = s->parent; p; p = p->parent)
            if (p->kind == ScopeKind::Class) {
                p->needs_class_cell = true;
                Symbol* sym = find_symbol(s, &q_dunder_class);
                if (!sym) {
                    // add a use of __class__
                    uint32_t cap = s->cap_syms;
                    if (!grow(s->syms, s->n_syms, cap)) return false;
                    s->cap_syms = cap;
                    s->syms[s->n_syms++] = Symbol{&q_dunder_class, sym_use};
                }
                break;
            }
    }
    for (uint32_t i = 0; i < s->n_children; ++i)
        if (!analyze(s->children[i])) return false;  // inner scopes first: they create the cells
    return ok;
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
                syntax_error(&n, "no binding for nonlocal '%q' found", sym.name);
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
    for (uint32_t i = 0; i < s->n_children; ++i)
        if (!resolve(s->children[i])) return false;
    return true;
}

// Frame layout of function-like scopes: fast locals are the parameters, then every other bound name
// that is not a cell.
bool layout(Scope* s) {
    if (s->kind == ScopeKind::Function || s->kind == ScopeKind::Comprehension) {
        for (uint32_t i = 0; i < s->n_params; ++i)
            if (!grow(s->locals, s->n_locals, s->cap_locals))
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
    for (uint32_t i = 0; i < s->n_children; ++i)
        if (!layout(s->children[i])) return false;
    return true;
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
    b.function(f, f->name, f->args, &f->body, nullptr, f->kind == Kind::AsyncFunctionDef);
    if (!b.ok || !analyze(parent) || !resolve(parent) || !layout(parent)) return nullptr;
    return parent->children[0];
}

Scope* analyze_scopes(Node* root) {
    Builder b{nullptr};
    Scope* top = b.new_scope(ScopeKind::Module, root, &q_angle_module);
    if (!top) return nullptr;
    b.cur = top;
    if (root->kind == Kind::Expression)
        b.expr(static_cast<Expression*>(root)->body);
    else
        b.stmts(static_cast<Module*>(root)->body);
    if (!b.ok) return nullptr;
    if (!analyze(top) || !resolve(top) || !layout(top)) return nullptr;
    return top;
}

}  // namespace core::comp
