// Special methods of builtin types as callables: `(5).__add__(3)`, `super().__setitem__(k, v)`,
// `int.__new__(cls)`. Builtin types implement these as slots; a lookup that finds no table entry for a
// dunder name gets a small wrapper object that calls the slot. The same wrapper guards a builtin method
// taken from its type (`list.append`): called unbound, it checks `self` before the method sees it.

#include "core/names.hpp"
#include "core/obj_class.hpp"
#include "core/ops.hpp"

namespace core {

Value lookup_user(const Type* t, const Str* name);  // attr_cache.cpp

enum class SlotKind : uint8_t {
    Binary,
    Unary,
    GetItem,
    SetItem,
    DelItem,
    Iter,
    Next,
    Call,
    Repr,
    Str,
    New,
    Method
};

// A builtin method reached through its type has no bound `self`, so any value can come as the first
// argument; the methods themselves cast it unchecked (a bound call always has the right self, and the
// hot path stays free of checks), so the check is made here, once, for every method. 16 bytes on the
// device: one GC block.
struct SlotWrapper : Obj {
    const Type* owner;
    const NativeFunction* method;  // SlotKind::Method: the method of owner's table
    SlotKind kind;
    uint8_t op;
};

// T.__new__(cls) makes a `cls` with T's constructor: only a cls whose builtin part T makes (CPython's
// checks; an object of another layout would be read as the wrong struct).
static bool new_ok(const Type* t, const Type* cls) {
    if (!is_subtype(cls, t)) {
        raise_type_error("%q.__new__(%q): %q is not a subtype of %q"_msg, t->name, cls->name, cls->name,
                         t->name);
        return false;
    }
    if (t->flags & type_flag_exception) return true;  // any exception class is made the same way
    const Type* nb = (cls->flags & type_flag_user) ? native_base(cls) : cls;
    if (cls->flags & type_flag_exception) nb = &base_exception_type;
    if (!nb) nb = &object_type;
    if (nb != t) {
        // CPython names the first class along the bases whose __new__ is not written in Python.
        const Type* use = cls;
        while ((use->flags & type_flag_user) && use->base && lookup_user(use, &q_dunder_new)) use = use->base;
        raise_type_error("%q.__new__(%q) is not safe, use %q.__new__()"_msg, t->name, cls->name, use->name);
        return false;
    }
    return true;
}

static Value slot_call(Value self, const Args& a) {
    SlotWrapper* w = self.as<SlotWrapper>();
    const Type* t = w->owner;
    if (w->kind == SlotKind::New) {
        // T.__new__(cls, *args): make a `cls` with T's constructor.
        if (a.n_pos < 1 || !is_instance(a.pos[0], &type_type))
            return raise_type_error("__new__ needs a type"_msg);
        const Type* cls = a.pos[0].as<Type>();
        if (t == &type_type) {
            // type.__new__(meta, name, bases, dict) in a metaclass's __new__.
            if (!is_subtype(cls, &type_type)) return new_ok(t, cls), Value();
            Value cls_made = t->make_new(t, Args{a.pos + 1, a.n_pos - 1, a.kw, a.n_kw});
            if (cls_made) cls_made.as<Type>()->type = cls;
            return cls_made;
        }
        if (!new_ok(t, cls)) return {};
        if (t == &object_type) {
            if (cls->flags & type_flag_user) {
                Instance* inst = alloc<Instance>(cls);
                return inst ? Value(inst) : Value();
            }
            return t->make_new(cls, Args{});
        }
        if (t->flags & type_flag_exception)
            return t->make_new(cls, Args{a.pos + 1, a.n_pos - 1, a.kw, a.n_kw});
        Value native = t->make_new(t, Args{a.pos + 1, a.n_pos - 1, a.kw, a.n_kw});
        if (!native || !(cls->flags & type_flag_user)) return native;
        Instance* inst = alloc<Instance>(cls);
        if (!inst) return {};
        inst->native = native;
        return Value(inst);
    }
    // CPython's words, for methods and for slots.
    const Str* name = w->method ? name_str(w->method->name) : nullptr;
    if (a.n_pos < 1) {
        if (name) return raise_type_error("unbound method %q.%q() needs an argument"_msg, t->name, name);
        return raise_type_error("descriptor needs an argument"_msg);
    }
    Value obj = native_of(a.pos[0]);
    if (!is_subtype(type_of(obj), t)) {
        if (name) {
            return raise_type_error("descriptor '%q' for '%q' objects doesn't apply to a '%T' object"_msg,
                                    name, t->name, a.pos[0]);
        }
        return raise_type_error("descriptor requires a '%q' object but received a '%T'"_msg, t->name,
                                a.pos[0]);
    }
    if (name)
        return call(Value(w->method), a);  // the method takes self as it came (it finds its native part)
    size_t extra = a.n_pos - 1;
    auto need = [&](size_t n) {
        if (extra == n) return true;
        raise_type_error("expected %d arguments, got %d"_msg, int(n), int(extra));
        return false;
    };
    switch (w->kind) {
        case SlotKind::Binary: {
            if (!need(1)) return {};
            return t->binary_op(BinaryOp(w->op), obj, a.pos[1]);
        }
        case SlotKind::Unary: {
            if (!need(0)) return {};
            Value r = t->unary_op(UnaryOp(w->op), obj);
            if (r == not_implemented() && UnaryOp(w->op) == UnaryOp::Hash)
                return unary_op(UnaryOp::Hash, obj);
            return r;
        }
        case SlotKind::GetItem: return need(1) ? t->subscr(obj, a.pos[1], Value()) : Value();
        case SlotKind::SetItem: return need(2) ? t->subscr(obj, a.pos[1], a.pos[2]) : Value();
        case SlotKind::DelItem: return need(1) ? t->subscr(obj, a.pos[1], subscr_delete()) : Value();
        case SlotKind::Iter: return need(0) ? (t->getiter ? t->getiter(obj) : obj) : Value();
        case SlotKind::Next: {
            if (!need(0)) return {};
            Value v = t->iternext(obj);
            if (v == stop_marker()) return raise_value(Value(&stop_iteration_type));
            return v;
        }
        case SlotKind::Call:
#if MBPY_GC_SAFE_POINTS
            return call(obj, Args{a.pos + 1, a.n_pos - 1, a.kw, a.n_kw});  // counts as unsafe (gc.hpp)
#else
            return t->call(obj, Args{a.pos + 1, a.n_pos - 1, a.kw, a.n_kw});
#endif
        case SlotKind::Repr:
        case SlotKind::Str: {
            if (!need(0)) return {};
            StrBuilder sb;
            Printer p = sb.printer();
            if (!t->print(p, obj, w->kind == SlotKind::Repr ? PrintKind::Repr : PrintKind::Str)) return {};
            return sb.finish();
        }
        default: return raise_type_error("bad slot"_msg);
    }
}

static bool slot_print(Printer& out, Value self, PrintKind) {
    SlotWrapper* w = self.as<SlotWrapper>();
    if (w->method)
        out.printf("<method '%q' of '%q' objects>", name_str(w->method->name), w->owner->name);
    else
        out.printf("<slot wrapper of '%q' objects>", w->owner->name);
    return true;
}

// `list.append.__name__`: what the method itself answers.
static Lookup slot_attr(Value self, const Str* name, Value* out) {
    SlotWrapper* w = self.as<SlotWrapper>();
    return w->method ? lookup_attr(Value(w->method), name, out) : Lookup::Missing;
}

extern const Type slot_wrapper_type;
const Type slot_wrapper_type = builtin_type({.name = &q_wrapper_descriptor,
                                             .flags = type_flag_eq_identity,
                                             .print = slot_print,
                                             .call = slot_call,
                                             .attr_get = slot_attr});

static Value new_wrapper(const Type* owner, const NativeFunction* method, SlotKind kind, uint8_t op) {
    SlotWrapper* w = alloc<SlotWrapper>(&slot_wrapper_type);
    if (!w) return {};
    w->owner = owner;
    w->method = method;
    w->kind = kind;
    w->op = op;
    return Value(w);
}

// Finds which slot `name` names, if `t` has that slot.
static bool slot_for(const Type* t, const Str* name, SlotKind* kind, uint8_t* op) {
    std::string_view n = name->view();
    if (n.size() < 5 || n.substr(0, 2) != "__" || n.substr(n.size() - 2) != "__") return false;
    if (t->binary_op) {
        for (int i = 0; i < int(BinaryOp::Count); ++i) {
            if (str_equal(binary_op_str(BinaryOp(i)), name)) {
                *kind = SlotKind::Binary, *op = uint8_t(i);
                return true;
            }
        }
    }
    if (t->unary_op) {
        for (int i = 0; i <= int(UnaryOp::Abs); ++i) {
            if (str_equal(unary_op_str(UnaryOp(i)), name)) {
                *kind = SlotKind::Unary, *op = uint8_t(i);
                return true;
            }
        }
    }
    // The other slots' names, in SlotKind order from GetItem.
    static constexpr NameId others[] = {
        NameId::q_dunder_getitem, NameId::q_dunder_setitem, NameId::q_dunder_delitem,
        NameId::q_dunder_iter,    NameId::q_dunder_next,    NameId::q_dunder_call,
        NameId::q_dunder_repr,    NameId::q_dunder_str,     NameId::q_dunder_new};
    static_assert(sizeof(others) / sizeof(others[0]) ==
                  size_t(SlotKind::New) - size_t(SlotKind::GetItem) + 1);
    for (size_t i = 0; i < sizeof(others) / sizeof(others[0]); ++i) {
        if (!str_equal(name_str(others[i]), name)) continue;
        SlotKind k = SlotKind(size_t(SlotKind::GetItem) + i);
        bool present = k <= SlotKind::DelItem ? t->subscr != nullptr
                       : k == SlotKind::Iter  ? t->getiter || (t->flags & type_flag_iter_is_self)
                       : k == SlotKind::Next  ? t->iternext != nullptr
                       : k == SlotKind::Call  ? t->call != nullptr
                       : k == SlotKind::New   ? t->make_new != nullptr
                                              : t->print != nullptr;
        *kind = k, *op = 0;
        return present;
    }
    return false;
}

Lookup builtin_slot_lookup(const Type* t, const Str* name, Value* out) {
    if (t->flags & type_flag_user) return Lookup::Missing;
    SlotKind kind;
    uint8_t op;
    if (!slot_for(t, name, &kind, &op)) return Lookup::Missing;
    *out = new_wrapper(t, nullptr, kind, op);
    if (!*out) return Lookup::Error;
    if (kind == SlotKind::New) {
        // __new__ is a static method: no binding to the instance or class.
        MethodWrapper* sm = alloc<MethodWrapper>(&staticmethod_type);
        if (!sm) return Lookup::Error;
        sm->fn = *out;
        *out = Value(sm);
    }
    return Lookup::Found;
}

// The builtin type along t's bases (or MRO) whose table holds `fn`, or null (a function kept in a class
// dict, such as `f = len` in a class body, is no method of a builtin type).
static const Type* method_owner(const Type* t, const Obj* fn) {
    Tuple* mro = type_mro(t);
    size_t n = mro ? mro->len : 1;
    for (size_t i = 0; i < n; ++i) {
        const Type* k = mro ? mro->items[i].as<Type>() : t;
        for (const Type* b = k; b && !type_dict(b); b = b->base) {
            const AttrTable* table = b->locals;
            for (size_t j = 0; table && j < table->count; ++j) {
                if (table->entries[j].value == Value(fn)) return b;
            }
        }
    }
    return nullptr;
}

Value unbound_method(Value fn, const Type* t) {
    const Type* owner = method_owner(t, fn.obj());
    if (!owner) return fn;
    return new_wrapper(owner, fn.as<NativeFunction>(), SlotKind::Method, 0);
}

}  // namespace core
