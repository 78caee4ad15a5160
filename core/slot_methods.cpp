// Special methods of builtin types as callables: `(5).__add__(3)`, `super().__setitem__(k, v)`,
// `int.__new__(cls)`. Builtin types implement these as slots; a lookup that finds no table entry for a
// dunder name gets a small wrapper object that calls the slot.
#include <string.h>

#include "core/names.hpp"
#include "core/obj_class.hpp"
#include "core/ops.hpp"

namespace core {

enum class SlotKind : uint8_t { Binary, Unary, GetItem, SetItem, DelItem, Iter, Next, Call, Repr, Str, New };

struct SlotWrapper : Obj {
    const Type* owner;
    SlotKind kind;
    uint8_t op;
};

static Value slot_call(Value self, const Args& a) {
    SlotWrapper* w = self.as<SlotWrapper>();
    const Type* t = w->owner;
    if (w->kind == SlotKind::New) {
        // T.__new__(cls, *args): make a `cls` with T's constructor.
        if (a.n_pos < 1 || !is_instance(a.pos[0], &type_type))
            return raise(&type_error_type, "__new__ needs a type");
        const Type* cls = a.pos[0].as<Type>();
        if (t == &object_type) {
            if (cls->flags & type_flag_user) {
                Instance* inst = alloc<Instance>(cls);
                return inst ? Value(inst) : Value();
            }
            return t->make_new(cls, Args{});
        }
        if (t == &type_type) {
            // type.__new__(meta, name, bases, dict) in a metaclass's __new__.
            Value cls_made = t->make_new(t, Args{a.pos + 1, a.n_pos - 1, a.kw, a.n_kw});
            if (cls_made) cls_made.as<Type>()->type = cls;
            return cls_made;
        }
        Value native = t->make_new(t, Args{a.pos + 1, a.n_pos - 1, a.kw, a.n_kw});
        if (!native || !(cls->flags & type_flag_user)) return native;
        Instance* inst = alloc<Instance>(cls);
        if (!inst) return {};
        inst->native = native;
        return Value(inst);
    }
    if (a.n_pos < 1) return raise(&type_error_type, "descriptor needs an argument");
    Value obj = native_of(a.pos[0]);
    if (!is_subtype(type_of(obj), t)) {
        return raise(&type_error_type, "descriptor requires a '%q' object but received a '%s'", t->name,
                     type_name(a.pos[0]));
    }
    size_t extra = a.n_pos - 1;
    auto need = [&](size_t n) {
        if (extra == n) return true;
        raise(&type_error_type, "expected %d arguments, got %d", int(n), int(extra));
        return false;
    };
    switch (w->kind) {
        case SlotKind::Binary: {
            if (!need(1)) return {};
            BinaryOp op = BinaryOp(w->op);
            Value rhs = a.pos[1];
            if (op >= BinaryOp::ReverseOr) return t->binary_op(op, obj, rhs);
            if (op == BinaryOp::Contains) return t->binary_op(op, obj, rhs);
            return t->binary_op(op, obj, rhs);
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
        case SlotKind::Call: return t->call(obj, Args{a.pos + 1, a.n_pos - 1, a.kw, a.n_kw});
        case SlotKind::Repr:
        case SlotKind::Str: {
            if (!need(0)) return {};
            StrBuilder sb;
            Printer p = sb.printer();
            if (!t->print(p, obj, w->kind == SlotKind::Repr ? PrintKind::Repr : PrintKind::Str)) return {};
            return sb.finish();
        }
        default: return raise(&type_error_type, "bad slot");
    }
}

static bool slot_print(Printer& out, Value self, PrintKind) {
    out.printf("<slot wrapper of '%q' objects>", self.as<SlotWrapper>()->owner->name);
    return true;
}

extern const Type slot_wrapper_type;
const Type slot_wrapper_type = builtin_type(
    {.name = &q_wrapper_descriptor, .flags = type_flag_eq_identity, .print = slot_print, .call = slot_call});

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
    struct Named {
        const char* name;
        SlotKind kind;
        bool present;
    };
    const Named others[] = {
        {"__getitem__", SlotKind::GetItem, t->subscr != nullptr},
        {"__setitem__", SlotKind::SetItem, t->subscr != nullptr},
        {"__delitem__", SlotKind::DelItem, t->subscr != nullptr},
        {"__iter__", SlotKind::Iter, t->getiter || (t->flags & type_flag_iter_is_self)},
        {"__next__", SlotKind::Next, t->iternext != nullptr},
        {"__call__", SlotKind::Call, t->call != nullptr},
        {"__repr__", SlotKind::Repr, t->print != nullptr},
        {"__str__", SlotKind::Str, t->print != nullptr},
        {"__new__", SlotKind::New, t->make_new != nullptr},
    };
    for (const Named& o : others) {
        if (o.present && n == o.name) {
            *kind = o.kind, *op = 0;
            return true;
        }
    }
    return false;
}

Lookup builtin_slot_lookup(const Type* t, const Str* name, Value* out) {
    if (t->flags & type_flag_user) return Lookup::Missing;
    SlotKind kind;
    uint8_t op;
    if (!slot_for(t, name, &kind, &op)) return Lookup::Missing;
    SlotWrapper* w = alloc<SlotWrapper>(&slot_wrapper_type);
    if (!w) return Lookup::Error;
    w->owner = t;
    w->kind = kind;
    w->op = op;
    *out = Value(w);
    if (kind == SlotKind::New) {
        // __new__ is a static method: no binding to the instance or class.
        MethodWrapper* sm = alloc<MethodWrapper>(&staticmethod_type);
        if (!sm) return Lookup::Error;
        sm->fn = *out;
        *out = Value(sm);
    }
    return Lookup::Found;
}

}  // namespace core
