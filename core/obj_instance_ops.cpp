// Special-method dispatch: the type slots of user classes call __init__, __add__, __getitem__ & co.
#include "core/gc.hpp"
#include "core/names.hpp"
#include "core/obj_class.hpp"
#include "core/obj_exception.hpp"
#include "core/ops.hpp"

namespace core {

Value lookup_user(const Type* t, const Str* name);
Value make_class_with_meta(const Type* meta, const Args& args);  // obj_class.cpp

// Calls `fn` found on the class with `self` before the arguments (the C stack holds a few, the heap more).
// Returns null (error) or the result.
static Value call_with_self(Value fn, Value self, const Args& a) {
    Value buf[4];
    Value* pos = buf;
    if (a.n_pos >= 4 && !(pos = static_cast<Value*>(alloc_raw(sizeof(Value) * (a.n_pos + 1))))) return {};
    pos[0] = self;
    for (size_t i = 0; i < a.n_pos; ++i) pos[i + 1] = a.pos[i];
    return call(fn, Args{pos, a.n_pos + 1, a.kw, a.n_kw});
}
static Value call_special(Value fn, Value self, size_t n, const Value* rest) {
    return call_with_self(fn, self, Args{rest, n});
}

Value instance_make_new(const Type* type, const Args& args) {
    Value obj;
    Value user_new = lookup_user(type, &q_dunder_new);
    if (user_new) {
        if (user_new.is_obj() && user_new.obj()->type == &staticmethod_type) {
            user_new = user_new.as<MethodWrapper>()->fn;
        }
        obj = call_with_self(user_new, Value(type), args);
        if (!obj) return {};
        if (!is_instance(obj, type)) return obj;  // __new__ returned something else: no __init__
    } else if (type->flags & type_flag_exception) {
        obj = make_exception(type, args.n_pos, args.pos);
        if (!obj) return {};
    } else if (native_base(type) == &type_type) {
        obj = make_class_with_meta(type, args);  // a metaclass without __new__ makes a class
        if (!obj) return {};
    } else {
        Instance* inst = alloc<Instance>(type);
        if (!inst) return {};
        obj = Value(inst);
        const Type* nb = native_base(type);
        if (nb && nb != &type_type) {
            if (!nb->make_new) return raise_type_error("cannot create '%q' instances"_msg, nb->name);
            // The builtin part takes the constructor's arguments, as the type's __new__ does; a container
            // that its __init__ fills starts empty when Python code defines __init__ (which fills it
            // through super().__init__, see object_init).
            bool user_init = bool(lookup_user(type, &q_dunder_init));
            Value native = nb->make_new(nb, user_init && builtin_init_fills(nb) ? Args{} : args);
            if (!native) return {};
            inst->native = native;
        }
    }
    Value init = lookup_user(type, &q_dunder_init);
    if (init) {
        Value r = call_with_self(init, obj, args);
        if (!r) return {};
        if (r != none()) return raise_type_error("__init__() should return None, not '%T'"_msg, r);
    } else if (!user_new && !(type->flags & type_flag_exception) && !native_base(type) &&
               (args.n_pos || args.n_kw)) {
        return raise_type_error("%q() takes no arguments"_msg, type->name);
    }
    return obj;
}

// Calls the class's __str__ or __repr__ with self alone, as few frames as can be between the caller and
// the method's VM run (repr() in a __repr__ nests them on the C stack).
static Value call_text_method(const Type* t, Value self, PrintKind kind) {
    Value m = kind == PrintKind::Str ? lookup_user(t, &q_dunder_str) : Value();
    if (!m) m = lookup_user(t, &q_dunder_repr);
    if (!m) return {};
    Value s = call(m, Args{&self, 1});
    if (s && !is_instance(s, &str_type)) {
        raise_type_error("__%s__ returned non-string (type %T)"_msg, kind == PrintKind::Str ? "str" : "repr",
                         s);
        return {};
    }
    return s;
}

Value instance_text(Value self, PrintKind kind) {
    if (!check_c_stack()) return {};
    Value s = call_text_method(type_of(self), self, kind);
    if (s) return native_of(s);
    if (pending()) return {};
    return print_to_str(self, kind);  // neither method: the native part's or the default text
}

bool instance_print(Printer& out, Value self, PrintKind kind) {
    const Type* t = type_of(self);
    Value m = kind == PrintKind::Str ? lookup_user(t, &q_dunder_str) : Value();
    if (!m) m = lookup_user(t, &q_dunder_repr);
    if (m) {
        Value s = call(m, Args{&self, 1});
        if (!s) return false;
        if (!is_instance(s, &str_type)) {
            raise_type_error("__%s__ returned non-string (type %T)"_msg,
                             kind == PrintKind::Str ? "str" : "repr", s);
            return false;
        }
        const Str* str = native_of(s).as<Str>();
        out.write(str->data, str->len);
        return true;
    }
    const Type* nb = native_base(t);
    if (t->flags & type_flag_exception) return exception_type.print(out, self, kind);
    if (nb && nb->print) return nb->print(out, native_of(self), kind);
    out.printf("<%s object at 0x%p>", t->name->data, self.obj());
    return true;
}

Value instance_call(Value self, const Args& args) {
    Value m = lookup_user(type_of(self), &q_dunder_call);
    if (!m) {
        const Type* nb = native_base(type_of(self));
        if (nb && nb->call) {
#if MBPY_GC_SAFE_POINTS
            gc::enter_unsafe();  // native code calling native code (gc.hpp)
            Value r = nb->call(native_of(self), args);
            gc::leave_unsafe();
            return r;
#else
            return nb->call(native_of(self), args);
#endif
        }
        return raise_type_error("'%T' object isn't callable"_msg, self);
    }
    return call_with_self(m, self, args);
}

Value instance_unary_op(UnaryOp op, Value self) {
    const Type* t = type_of(self);
    Value m = lookup_user(t, unary_op_str(op));
    if (op == UnaryOp::Hash) {
        // Defining __eq__ without __hash__ makes instances unhashable (as does __hash__ = None).
        if (m == none() || (!m && lookup_user(t, &q_dunder_eq) && !(t->flags & type_flag_exception))) {
            return raise_type_error("unhashable type: '%s'"_msg, t->name->data);
        }
    }
    if (m && m != none()) {
        Value r = call_special(m, self, 0, nullptr);
        if (!r) return {};
        if (op == UnaryOp::Bool && r != py_bool(true) && r != py_bool(false)) {
            return raise_type_error("__bool__ should return bool, returned %T"_msg, r);
        }
        if (op == UnaryOp::Len || op == UnaryOp::Hash) {
            if (!is_int(r)) {
                return raise_type_error("'%T' object cannot be interpreted as an integer"_msg, r);
            }
            if (op == UnaryOp::Len) {
                intptr_t n;
                if (!to_intptr(r, &n)) return {};
                if (n < 0) return raise_value_error("__len__() should return >= 0"_msg);
            }
        }
        return r;
    }
    const Type* nb = native_base(t);
    if (nb && nb->unary_op && !(t->flags & type_flag_exception)) return nb->unary_op(op, native_of(self));
    return not_implemented();
}

Value instance_binary_op(BinaryOp op, Value lhs, Value rhs) {
    const Type* t = type_of(lhs);
    // Without reflected methods (config.hpp) only the builtin part below answers a reflected operator.
    Value m = MBPY_REVERSE_OPS || op < BinaryOp::ReverseOr ? lookup_user(t, binary_op_str(op)) : Value();
    if (m && m != none()) {
        Value r = call_special(m, lhs, 1, &rhs);
        if (!r) return {};
        if (op == BinaryOp::Contains) {
            int b = truth(r);
            if (b < 0) return {};
            return py_bool(b);
        }
        return r;
    }
    if (op == BinaryOp::Ne) {
        // __ne__ defaults to the inverse of __eq__.
        Value eq = lookup_user(t, &q_dunder_eq);
        if (eq) {
            Value r = call_special(eq, lhs, 1, &rhs);
            if (!r) return {};
            if (r == not_implemented()) return r;
            int b = truth(r);
            if (b < 0) return {};
            return py_bool(!b);
        }
    }
    if (op == BinaryOp::Contains && !lookup_user(t, &q_dunder_iter) && lookup_user(t, &q_dunder_getitem)) {
        return not_implemented();  // the generic path iterates via __getitem__
    }
    const Type* nb = native_base(t);
    if (nb && nb->binary_op && !(t->flags & type_flag_exception)) {
        Value r = rhs;
        if (op >= BinaryOp::ReverseOr) return nb->binary_op(op, native_of(lhs), r);
        return nb->binary_op(op, native_of(lhs), native_of(r));
    }
    return not_implemented();
}

Value instance_subscr(Value self, Value index, Value value) {
    const Type* t = type_of(self);
    const Str* name = !value                     ? &q_dunder_getitem
                      : value == subscr_delete() ? &q_dunder_delitem
                                                 : &q_dunder_setitem;
    Value m = lookup_user(t, name);
    if (m) {
        Value rest[2] = {index, value};
        Value r = call_special(m, self, value && value != subscr_delete() ? 2 : 1, rest);
        if (!r) return {};
        return value ? none() : r;
    }
    const Type* nb = native_base(t);
    if (nb && nb->subscr) {
        Value r = nb->subscr(native_of(self), index, value);
        if (!r && !value && exc_matches(state.exc, &key_error_type)) {
            // dict subclasses may supply missing keys (as collections.defaultdict does).
            Value missing = lookup_user(t, &q_dunder_missing);
            if (missing) {
                take_exception();
                return call_special(missing, self, 1, &index);
            }
        }
        return r;
    }
    if (!value) return raise_type_error("'%s' object isn't subscriptable"_msg, t->name->data);
    return raise_type_error("'%s' object doesn't support item %s"_msg, t->name->data,
                            value == subscr_delete() ? "deletion" : "assignment");
}

// Iterator over an object that has only __getitem__: calls it with 0, 1, 2... until IndexError.
struct SeqIter : Obj {
    Value seq;
    intptr_t index;
};
static Value seq_iternext(Value self) {
    SeqIter* it = self.as<SeqIter>();
    Value r = subscr_load(it->seq, Value::small(it->index));
    if (!r) {
        if (exc_matches(state.exc, &index_error_type) || exc_matches(state.exc, &stop_iteration_type)) {
            take_exception();
            return stop_marker();
        }
        return {};
    }
    it->index++;
    return r;
}
static const Type seq_iter_type =
    builtin_type({.name = &q_iterator, .flags = type_flag_iter_is_self, .iternext = seq_iternext});

Value instance_getiter(Value self) {
    const Type* t = type_of(self);
    Value m = lookup_user(t, &q_dunder_iter);
    if (m) {
        Value it = call_special(m, self, 0, nullptr);
        if (!it) return {};
        const Type* it_t = type_of(it);
        if (!it_t->iternext && !lookup_user(it_t, &q_dunder_next)) {
            return raise_type_error("iter() returned non-iterator of type '%s'"_msg, it_t->name->data);
        }
        return it;
    }
    if (lookup_user(t, &q_dunder_getitem)) {
        SeqIter* it = alloc<SeqIter>(&seq_iter_type);
        if (!it) return {};
        it->seq = self;
        return Value(it);
    }
    const Type* nb = native_base(t);
    if (nb && nb->getiter) return nb->getiter(native_of(self));
    if (nb && (nb->flags & type_flag_iter_is_self)) return native_of(self);
    return raise_type_error("'%s' object isn't iterable"_msg, t->name->data);
}

Value instance_iternext(Value self) {
    const Type* t = type_of(self);
    Value m = lookup_user(t, &q_dunder_next);
    if (m) {
        Value r = call_special(m, self, 0, nullptr);
        if (!r && exc_matches(state.exc, &stop_iteration_type)) {
            take_exception();
            return stop_marker();
        }
        return r;
    }
    const Type* nb = native_base(t);
    if (nb && nb->iternext) return nb->iternext(native_of(self));
    return raise_type_error("'%s' object isn't an iterator"_msg, t->name->data);
}

}  // namespace core
