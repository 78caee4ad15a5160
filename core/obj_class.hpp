// User classes and their instances: creation, attribute lookup along the MRO, special-method dispatch.
#pragma once
#include "core/obj_containers.hpp"

namespace core {

// An instance of a user class. When the class derives from a builtin type other than object and
// BaseException (e.g. `class Stack(list)`), `native` holds the builtin part and the builtin's slots
// operate on it.
struct Instance : Obj {
    Dict* dict;
    Value native;
};

// type(name, bases, dict): makes a class; computes the MRO (C3), finds the native base, applies
// __slots__ as MicroPython does (ignored), then calls __set_name__ of the namespace's values and the base's
// __init_subclass__(**kw).
Value make_class(const Str* name, Tuple* bases, Dict* dict, const Value* kw = nullptr, size_t n_kw = 0);
// The builtin part of an instance (the instance itself for plain builtins).
Value native_of(Value v);
// native_of(v) where iterating it may take the fast path: v itself when its class defines __iter__.
Value native_iter_of(Value v);
// The builtin type an instance of `t` carries inside (list for `class L(list)`), or null.
const Type* native_base(const Type* t);
// list, dict, set and bytearray: their __init__, not their __new__, takes the constructor's arguments.
bool builtin_init_fills(const Type* t);

// ---- defined by the function and frame code (obj_function.cpp, builtins_exec.cpp); obj_class.cpp needs them
Value make_bound_method(Value function, Value self);
// For zero-argument super(): the class from the __class__ cell and the first argument of the innermost
// Python frame. False (with RuntimeError pending: "super() can't find self") when there is none.
bool current_super_args(Value* cls, Value* self);

}  // namespace core

namespace core {

// ---- descriptors --------------------------------------------------------------------------------------
struct Property : Obj {
    Value fget, fset, fdel, doc;
};
struct MethodWrapper : Obj {  // classmethod / staticmethod
    Value fn;
};

// What `obj.attr` gives for a value found in a class: functions bind to `self`, classmethods to `owner`,
// staticmethods unwrap, properties call their getter. `self` null means lookup on the class itself.
Value bind_attr(Value found, Value self, const Type* owner);
// True for plain functions (Python or native) that become bound methods when found on a class.
bool is_function(Value v);
// object.__setattr__/__delattr__: store (value null: delete) without calling the class's __setattr__.
bool generic_setattr(Value self, const Str* name, Value value);
// The instance dict of an Instance or ExceptionObj (nullptr for other objects).
Dict** instance_dict_ref(Value v);

}  // namespace core
