// Generic operations: dispatch to the type slots, with the fallbacks and error messages MicroPython has.
#include "core/names.hpp"
#include "core/ops.hpp"
#include "core/gc.hpp"

#include "core/obj_class.hpp"
#include "core/obj_containers.hpp"

namespace core {

static constexpr NameId binary_names[] = {
    NameId::q_dunder_lt,        NameId::q_dunder_gt,       NameId::q_dunder_eq,
    NameId::q_dunder_le,        NameId::q_dunder_ge,       NameId::q_dunder_ne,
    NameId::q_dunder_contains,  NameId::q_dunder_or,       NameId::q_dunder_xor,
    NameId::q_dunder_and,       NameId::q_dunder_lshift,   NameId::q_dunder_rshift,
    NameId::q_dunder_add,       NameId::q_dunder_sub,      NameId::q_dunder_mul,
    NameId::q_dunder_matmul,    NameId::q_dunder_floordiv, NameId::q_dunder_truediv,
    NameId::q_dunder_mod,       NameId::q_dunder_pow,
#if MBPY_REVERSE_OPS
    NameId::q_dunder_ior,       NameId::q_dunder_ixor,     NameId::q_dunder_iand,
    NameId::q_dunder_ilshift,   NameId::q_dunder_irshift,  NameId::q_dunder_iadd,
    NameId::q_dunder_isub,      NameId::q_dunder_imul,     NameId::q_dunder_imatmul,
    NameId::q_dunder_ifloordiv, NameId::q_dunder_itruediv, NameId::q_dunder_imod,
    NameId::q_dunder_ipow,      NameId::q_dunder_divmod,   NameId::q_dunder_ror,
    NameId::q_dunder_rxor,      NameId::q_dunder_rand,     NameId::q_dunder_rlshift,
    NameId::q_dunder_rrshift,   NameId::q_dunder_radd,     NameId::q_dunder_rsub,
    NameId::q_dunder_rmul,      NameId::q_dunder_rmatmul,  NameId::q_dunder_rfloordiv,
    NameId::q_dunder_rtruediv,  NameId::q_dunder_rmod,     NameId::q_dunder_rpow,
#else
    NameId::q_dunder_divmod,  // binary_op_str names the in-place and reflected operators by their plain one
#endif
};
static_assert(sizeof(binary_names) / sizeof(binary_names[0]) ==
              (MBPY_REVERSE_OPS ? size_t(BinaryOp::Count) : size_t(BinaryOp::InplaceOr) + 1));
static constexpr NameId unary_names[] = {NameId::q_dunder_bool, NameId::q_dunder_len, NameId::q_dunder_hash,
                                         NameId::q_dunder_pos,  NameId::q_dunder_neg, NameId::q_dunder_invert,
                                         NameId::q_dunder_abs};

const Str* binary_op_str(BinaryOp op) {
#if !MBPY_REVERSE_OPS
    // No class has in-place or reflected methods (config.hpp): an in-place operator is named (and looks up)
    // the plain method, and a class's reflected one is never looked up (obj_instance_ops.cpp).
    if (op == BinaryOp::DivMod)
        op = BinaryOp::InplaceOr;  // divmod's slot in the short table
    else if (op >= BinaryOp::ReverseOr)
        op = BinaryOp(int(op) - binary_reverse_offset);
    else if (op >= BinaryOp::InplaceOr)
        op = BinaryOp(int(op) - binary_inplace_offset);
#endif
    return name_str(binary_names[size_t(op)]);
}
const Str* unary_op_str(UnaryOp op) { return name_str(unary_names[size_t(op)]); }
const char* binary_op_name(BinaryOp op) { return binary_op_str(op)->data; }
const char* unary_op_name(UnaryOp op) { return unary_op_str(op)->data; }

Value lookup_user(const Type* t, const Str* name);  // attr_cache.cpp

Value unary_op(UnaryOp op, Value v) {
    const Type* t = type_of(v);
    if (t->unary_op) {
        Value r = t->unary_op(op, v);
        if (r != not_implemented()) return r;
    }
    switch (op) {
        case UnaryOp::Bool:
            // No __bool__: an object with a length is true when non-empty, any other object is true.
            if (t->unary_op) {
                Value l = t->unary_op(UnaryOp::Len, v);
                if (!l) return {};
                if (l != not_implemented()) return py_bool(l != Value::small(0));
            }
            return py_bool(true);
        case UnaryOp::Hash:
            // Identity hash: the address, with the always-zero alignment bits dropped.
            return Value::small(static_cast<intptr_t>(v.bits() >> 3) & Value::small_max);
        case UnaryOp::Len: return raise_type_error("object of type '%s' has no len()"_msg, t->name->data);
        default:
            // A Python __neg__ & co. that returned NotImplemented gives that value: nothing is reflected.
            if ((t->flags & type_flag_user) && lookup_user(t, unary_op_str(op))) return not_implemented();
            return raise_type_error("unsupported type for %s: '%s'"_msg, unary_op_name(op), t->name->data);
    }
}

Value compare_order(BinaryOp op, int c) {
    // Bit c + 1 of each operator's 3 bits (in BinaryOp's order Lt, Gt, Eq, Le, Ge, Ne): the orders it holds
    // for.
    constexpr uint32_t holds = 0b001 | 0b100 << 3 | 0b010 << 6 | 0b011 << 9 | 0b110 << 12 | 0b101 << 15;
    if (op > BinaryOp::Ne) return not_implemented();
    return py_bool((holds >> (3 * int(op) + c + 1)) & 1);
}

static BinaryOp swapped_comparison(BinaryOp op) {
    switch (op) {
        case BinaryOp::Lt: return BinaryOp::Gt;
        case BinaryOp::Gt: return BinaryOp::Lt;
        case BinaryOp::Le: return BinaryOp::Ge;
        case BinaryOp::Ge: return BinaryOp::Le;
        default: return op;  // Eq, Ne
    }
}

// `item in container` for containers without a Contains slot: iterate and compare.
Value contains_by_iteration(Value container, Value item) {
    Value it = get_iter(container);
    if (!it) {
        Value e = take_exception();
        if (exc_matches(e, &type_error_type)) {
            return raise_type_error("argument of type '%T' is not iterable"_msg, container);
        }
        state.exc = e;
        return {};
    }
    for (;;) {
        Value x = iter_next(it);
        if (!x) return {};
        if (x == stop_marker()) return py_bool(false);
        int eq = equal(x, item);
        if (eq < 0) return {};
        if (eq) return py_bool(true);
    }
}

Value binary_op(BinaryOp op, Value lhs, Value rhs) {
    // Small-int fast paths for the hottest operations live in the VM; this is the general path, with
    // small-int sums for its native callers (sum(), accumulators in C).
    if (lhs.is_small() && rhs.is_small() && (op == BinaryOp::Add || op == BinaryOp::InplaceAdd)) {
        intptr_t r = lhs.small_value() + rhs.small_value();  // cannot overflow: small ints have a spare bit
        if (Value::fits_small(r)) return Value::small(r);
    }
    const Type* lt = type_of(lhs);
    const Type* rt = type_of(rhs);
    if (op == BinaryOp::Contains) {
        if (lt->binary_op) {
            Value r = lt->binary_op(op, lhs, rhs);
            if (r != not_implemented()) return r;
        }
        return contains_by_iteration(lhs, rhs);
    }
    bool is_cmp = op <= BinaryOp::Ne;
    // A subclass that overrides the reflected method gets the first try (as in CPython).
    bool rhs_first = rt != lt && (rt->flags & type_flag_user) && is_subtype(rt, lt) && rt->binary_op;
    bool is_arith = op >= BinaryOp::Or && op <= BinaryOp::Pow;
    if (rhs_first && (is_cmp || is_arith)) {
        Value r = rt->binary_op(is_cmp ? swapped_comparison(op) : BinaryOp(int(op) + binary_reverse_offset),
                                rhs, lhs);
        if (r != not_implemented()) return r;
    }
    if (lt->binary_op) {
        Value r = lt->binary_op(op, lhs, rhs);
        if (r != not_implemented()) return r;
    }
    if (op >= BinaryOp::InplaceOr && op <= BinaryOp::InplacePow) {
        op = BinaryOp(int(op) - binary_inplace_offset);
        if (lt->binary_op) {
            Value r = lt->binary_op(op, lhs, rhs);
            if (r != not_implemented()) return r;
        }
    }
    if (rt->binary_op && (rt != lt || (rt->flags & type_flag_user))) {
        if (rhs_first) {
            // already tried
        } else if (is_cmp) {
            Value r = rt->binary_op(swapped_comparison(op), rhs, lhs);
            if (r != not_implemented()) return r;
        } else if (op >= BinaryOp::Or && op <= BinaryOp::Pow && rt != lt) {
            // (as CPython: no __radd__ & co. between two objects of one type)
            Value r = rt->binary_op(BinaryOp(int(op) + binary_reverse_offset), rhs, lhs);
            if (r != not_implemented()) return r;
        }
    }
    if (op == BinaryOp::Eq) return py_bool(lhs == rhs);
    if (op == BinaryOp::Ne) return py_bool(lhs != rhs);
    return raise_type_error("unsupported types for %s: '%s', '%s'"_msg, binary_op_name(op), lt->name->data,
                            rt->name->data);
}

Value binary_op_reflected(BinaryOp op, Value lhs, Value rhs) {
    const Type* lt = type_of(lhs);
    const Type* rt = type_of(rhs);
    if (op >= BinaryOp::InplaceOr && op <= BinaryOp::InplacePow)
        op = BinaryOp(int(op) - binary_inplace_offset);
    if (rt->binary_op && rt != lt) {
        Value r = rt->binary_op(BinaryOp(int(op) + binary_reverse_offset), rhs, lhs);
        if (r != not_implemented()) return r;
    }
    return raise_type_error("unsupported types for %s: '%s', '%s'"_msg, binary_op_name(op), lt->name->data,
                            rt->name->data);
}

int truth(Value v) {
    if (v == py_bool(true)) return 1;
    if (v == py_bool(false) || v == none()) return 0;
    if (v.is_small()) return v.small_value() != 0;
    Value r = unary_op(UnaryOp::Bool, v);
    if (!r) return -1;
    return r == py_bool(true) ? 1 : 0;
}

int equal(Value a, Value b) {
    if (a == b) return 1;  // containers treat identity as equality (so [nan] == [nan])
    if (a.is_small() && b.is_small()) return 0;
    if (!check_c_stack()) return -1;  // containers that hold themselves, or nest deeper than the stack
    Value r = binary_op(BinaryOp::Eq, a, b);
    if (!r) return -1;
    return truth(r);
}

bool hash(Value v, intptr_t* out) {
    // Ints hash to themselves below the modulus int_hash and float_hash reduce by (CPython's 2**61 - 1,
    // 2**29 - 1 on 32-bit targets), so that an int and an equal float hash alike; -1 is reserved.
    constexpr intptr_t kModulus = intptr_t((uint64_t(1) << (sizeof(intptr_t) == 8 ? 61 : 29)) - 1);
    if (v.is_small() && v.small_value() < kModulus && v.small_value() > -kModulus) {
        *out = v.small_value() == -1 ? -2 : v.small_value();
        return true;
    }
    if (!check_c_stack()) return false;  // tuples nested deeper than the stack
    Value r = unary_op(UnaryOp::Hash, v);
    if (!r) return false;
    if (!r.is_small()) {
        // A __hash__ returning a big int: fold it like CPython does (modulo), here simply by its low bits.
        intptr_t h;
        if (!to_intptr(r, &h)) {
            take_exception();
            h = static_cast<intptr_t>(r.bits() >> 3);
        }
        *out = h;
        return true;
    }
    *out = r.small_value();
    return true;
}

bool len(Value v, size_t* out) {
    Value r = unary_op(UnaryOp::Len, v);
    if (!r) return false;
    intptr_t n;
    if (!to_intptr(r, &n)) return false;
    if (n < 0) {
        raise_value_error("__len__() should return >= 0"_msg);
        return false;
    }
    *out = static_cast<size_t>(n);
    return true;
}

// ---- subscripts ------------------------------------------------------------------------------------

Value subscr_load(Value obj, Value index) {
    const Type* t = type_of(obj);
    if (t->subscr) return t->subscr(obj, index, Value());
    if (t == &type_type || (t->flags & type_flag_user && is_subtype(t, &type_type))) {
        // `list[int]` style generic aliases: MicroPython has none; CPython returns an alias object.
    }
    return raise_type_error("'%s' object isn't subscriptable"_msg, t->name->data);
}

bool subscr_store(Value obj, Value index, Value v) {
    const Type* t = type_of(obj);
    if (t->subscr) return bool(t->subscr(obj, index, v));
    raise_type_error("'%s' object doesn't support item assignment"_msg, t->name->data);
    return false;
}

bool subscr_delete_item(Value obj, Value index) {
    const Type* t = type_of(obj);
    if (t->subscr) return bool(t->subscr(obj, index, subscr_delete()));
    raise_type_error("'%s' object doesn't support item deletion"_msg, t->name->data);
    return false;
}

// ---- calls --------------------------------------------------------------------------------------------

Value call(Value f, const Args& args) {
    const Type* t = type_of(f);
    if (!t->call) return raise_type_error("'%s' object isn't callable"_msg, t->name->data);
#if MBPY_GC_SAFE_POINTS
    // Native code calling anything, unless it is the VM's own call of a native function: unsafe (gc.hpp).
    if (!gc::vm_direct_call) {
        gc::enter_unsafe();
        Value r = t->call(f, args);
        gc::leave_unsafe();
        return r;
    }
    gc::vm_direct_call = false;
#endif
    return t->call(f, args);
}

Value call0(Value f) { return call(f, Args{}); }
Value call1(Value f, Value a) { return call(f, Args{&a, 1}); }
Value call2(Value f, Value a, Value b) {
    Value v[2] = {a, b};
    return call(f, Args{v, 2});
}

Value call_method(Value obj, const Str* name, size_t n, const Value* args) {
    Value m[2];
    if (!load_method(obj, name, m)) return {};
    constexpr size_t kMax = 8;
    Value buf[kMax + 1];
    if (n > kMax) return raise_runtime_error("too many arguments"_msg);
    size_t k = 0;
    if (m[1]) buf[k++] = m[1];
    for (size_t i = 0; i < n; ++i) buf[k++] = args[i];
    return call(m[0], Args{buf, k});
}

// ---- iteration ---------------------------------------------------------------------------------------

Value get_iter(Value v) {
    const Type* t = type_of(v);
    if (t->getiter) return t->getiter(v);
    if (t->flags & type_flag_iter_is_self) return v;
    return raise_type_error("'%s' object isn't iterable"_msg, t->name->data);
}

Value iter_next(Value it) {
    // Ctrl-C in a loop of native code (sum(range(10**12)), any(iter(int, 1)), deque(it, 0)): it has no
    // backward jump for the VM's check, and every such loop steps through here.
    if (state.interrupt) {
        state.interrupt = false;
        return raise_value(Value(&keyboard_interrupt_type));
    }
    const Type* t = type_of(it);
    if (t->iternext) return t->iternext(it);
    return raise_type_error("'%s' object isn't an iterator"_msg, t->name->data);
}

}  // namespace core
