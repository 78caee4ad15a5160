// The collections module (ucollections): namedtuple here; the other types in collections_*.cpp.
#include <string.h>

#include "core/mod_stdlib.hpp"
#include "core/names.hpp"
#include "core/obj_class.hpp"
#include "core/obj_exception.hpp"
#include "core/obj_seq.hpp"
#include "core/text.hpp"

namespace core {

// ==== namedtuple: a class deriving from tuple, built at run time
// ========================================== A field accessor: property(fget=FieldGetter(i)) on the
// class.
struct FieldGetter : Obj {
    size_t index;
};
static Value field_getter_call(Value self, const Args& a) {
    if (a.n_pos != 1) return raise_type_error("function takes 1 positional argument"_msg);
    Value t = native_of(a.pos[0]);
    size_t i = self.as<FieldGetter>()->index;
    if (!is_type(t, &tuple_type) || i >= t.as<Tuple>()->len) return raise_type_error("bad namedtuple"_msg);
    return t.as<Tuple>()->items[i];
}
static const Type field_getter_type = builtin_type({.name = &q_field_getter, .call = field_getter_call});

static Tuple* fields_of(Value cls) {
    Value f = load_attr(cls, &q_under_fields);
    if (!f) return nullptr;
    if (!is_type(f, &tuple_type)) return raise_type_error("bad _fields"_msg), nullptr;
    return f.as<Tuple>();
}

static Value make_instance(Value cls, Tuple* items) {
    Instance* inst = alloc<Instance>(cls.as<Type>());
    if (!inst) return {};
    inst->native = Value(items);
    return Value(inst);
}

// cls.__new__(cls, *args, **kwargs): positional, then keywords, then the defaults.
static Value nt_new(const Args& a) {
    Value cls = a.pos[0];
    Tuple* fields = fields_of(cls);
    if (!fields) return {};
    size_t n = fields->len, given = a.n_pos - 1;
    const char* name = cls.as<Type>()->name->data;
    if (given > n) {
        return raise_type_error("%s.__new__() takes %d positional arguments but %d were given"_msg, name,
                                int(n + 1), int(given + 1));
    }
    Tuple* t = new_tuple(n);
    if (!t) return {};
    for (size_t i = 0; i < given; ++i) t->items[i] = a.pos[i + 1];
    for (size_t k = 0; k < a.n_kw; ++k) {
        const Str* kname = a.kw[2 * k].as<Str>();
        size_t i = 0;
        while (i < n && !str_equal(fields->items[i].as<Str>(), kname)) ++i;
        if (i == n)
            return raise_type_error("%s.__new__() got an unexpected keyword argument '%q'"_msg, name, kname);
        if (t->items[i]) {
            return raise_type_error("%s.__new__() got multiple values for argument '%q'"_msg, name, kname);
        }
        t->items[i] = a.kw[2 * k + 1];
    }
#if MBPY_COLLECTIONS_EXTRA
    Value defaults = load_attr(cls, &q_under_field_defaults);
    if (!defaults) return {};
#endif
    size_t missing = 0;
    for (size_t i = 0; i < n; ++i) {
        if (t->items[i]) continue;
#if MBPY_COLLECTIONS_EXTRA
        Value d;
        Lookup l = is_type(defaults, &dict_type) ? dict_lookup(defaults.as<Dict>(), fields->items[i], &d)
                                                 : Lookup::Missing;
        if (l == Lookup::Error) return {};
        if (l == Lookup::Found) {
            t->items[i] = d;
            continue;
        }
#endif
        ++missing;
    }
    if (missing) {
#if MBPY_COLLECTIONS_EXTRA
        StrBuilder sb;
        Printer p = sb.printer();
        size_t seen = 0;
        for (size_t i = 0; i < n; ++i) {
            if (t->items[i]) continue;
            if (seen) p.write(seen + 1 == missing ? (missing > 2 ? ", and " : " and ") : ", ");
            p.printf("'%q'", fields->items[i].as<Str>());
            ++seen;
        }
        Value list = sb.finish();
        if (!list) return {};
        return raise_type_error("%s.__new__() missing %d required positional argument%s: %q"_msg, name,
                                int(missing), missing > 1 ? "s" : "", list.as<Str>());
#else
        // The original's words, without naming the fields.
        return raise_type_error("function takes %d positional arguments but %d were given"_msg, int(n),
                                int(n - missing));
#endif
    }
    return make_instance(cls, t);
}

static Value nt_repr(const Args& a) {
    Value self = a.pos[0];
    Value t = native_of(self);
    Tuple* fields = fields_of(Value(type_of(self)));
    if (!fields || !is_type(t, &tuple_type)) return {};
    StrBuilder sb;
    Printer p = sb.printer();
    p.printf("%q(", type_of(self)->name);
    for (size_t i = 0; i < fields->len && i < t.as<Tuple>()->len; ++i) {
        if (i) p.write(", ");
        p.printf("%q=", fields->items[i].as<Str>());
        if (!print_value(p, t.as<Tuple>()->items[i], PrintKind::Repr)) return {};
    }
    p.put(')');
    return sb.finish();
}

#if MBPY_COLLECTIONS_EXTRA  // CPython's additions (config.hpp): _asdict, _replace, _make, pickling
static Value nt_asdict(const Args& a) {
    Value t = native_of(a.pos[0]);
    Tuple* fields = fields_of(Value(type_of(a.pos[0])));
    if (!fields) return {};
    Dict* d = new_dict(fields->len);
    if (!d) return {};
    for (size_t i = 0; i < fields->len && i < t.as<Tuple>()->len; ++i) {
        if (!dict_store(d, fields->items[i], t.as<Tuple>()->items[i])) return {};
    }
    return Value(d);
}

static Value nt_replace(const Args& a) {
    Value self = a.pos[0];
    Tuple* src = native_of(self).as<Tuple>();
    Tuple* fields = fields_of(Value(type_of(self)));
    if (!fields) return {};
    Tuple* t = new_tuple(src->len);
    if (!t) return {};
    memcpy(t->items, src->items, sizeof(Value) * src->len);
    for (size_t k = 0; k < a.n_kw; ++k) {
        size_t i = 0;
        while (i < fields->len && !str_equal(fields->items[i].as<Str>(), a.kw[2 * k].as<Str>())) ++i;
        if (i == fields->len)
            return raise_value_error("Got unexpected field names: ['%q']"_msg, a.kw[2 * k].as<Str>());
        t->items[i] = a.kw[2 * k + 1];
    }
    return make_instance(Value(type_of(self)), t);
}

static Value nt_make(const Args& a) {
    Value cls = a.pos[0];
    Tuple* fields = fields_of(cls);
    if (!fields) return {};
    Value it = get_iter(a.pos[1]);
    if (!it) return {};
    Tuple* t = new_tuple(fields->len);
    if (!t) return {};
    size_t n = 0;
    for (;;) {
        Value x = iter_next(it);
        if (!x) return {};
        if (x == stop_marker()) break;
        if (n == fields->len)
            return raise_type_error("Expected %d arguments, got %d"_msg, int(fields->len), int(n + 1));
        t->items[n++] = x;
    }
    if (n != fields->len)
        return raise_type_error("Expected %d arguments, got %d"_msg, int(fields->len), int(n));
    return make_instance(cls, t);
}

static Value nt_getnewargs(const Args& a) { return native_of(a.pos[0]); }
#endif

static constexpr NativeFunction f_nt_new = native(q_dunder_new, nt_new, 1, var_pos, true);
static constexpr NativeFunction f_nt_repr = native(q_dunder_repr, nt_repr, 1, 1);
#if MBPY_COLLECTIONS_EXTRA
static constexpr NativeFunction f_nt_asdict = native(q_under_asdict, nt_asdict, 1, 1);
static constexpr NativeFunction f_nt_replace = native(q_under_replace, nt_replace, 1, 1, true);
static constexpr NativeFunction f_nt_make = native(q_under_make, nt_make, 2, 2);
static constexpr NativeFunction f_nt_getnewargs = native(q_dunder_getnewargs, nt_getnewargs, 1, 1);

// CPython checks the names; the original takes any.
static bool is_identifier(std::string_view s) {
    if (s.empty() || (s[0] >= '0' && s[0] <= '9')) return false;
    for (char c : s) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
              uint8_t(c) >= 0x80))
            return false;
    }
    return true;
}
#endif

// namedtuple(typename, field_names, *, rename=False, defaults=None, module=None); the original's takes no
// keywords.
static Value c_namedtuple(const Args& a) {
#if MBPY_COLLECTIONS_EXTRA
    static const char* const allowed[] = {"rename", "defaults", "module", nullptr};
    if (!check_kwargs(a, allowed)) return {};
#endif
    if (!is_str(a.pos[0])) return raise_type_error("Type names and field names must be strings"_msg);
    List* names = new_list(0);
    if (!names) return {};
    if (is_str(a.pos[1])) {
        std::string_view s = a.pos[1].as<Str>()->view();
        size_t i = 0;
        while (i < s.size()) {
            while (i < s.size() && (s[i] == ',' || is_ascii_space(s[i]))) ++i;
            size_t j = i;
            while (j < s.size() && s[j] != ',' && !is_ascii_space(s[j])) ++j;
            if (j > i) {
                Value n = intern(s.substr(i, j - i));
                if (!n || !list_append(names, n)) return {};
            }
            i = j;
        }
    } else {
        Value it = get_iter(a.pos[1]);
        if (!it) return {};
        for (;;) {
            Value x = iter_next(it);
            if (!x) return {};
            if (x == stop_marker()) break;
            if (!is_str(x)) return raise_type_error("Type names and field names must be strings"_msg);
            Value n = intern(x.as<Str>()->view());
            if (!n || !list_append(names, n)) return {};
        }
    }
#if MBPY_COLLECTIONS_EXTRA
    for (size_t i = 0; i < names->len; ++i) {
        std::string_view n = names->items[i].as<Str>()->view();
        if (!is_identifier(n)) {
            return raise_value_error("Type names and field names must be valid identifiers: '%q'"_msg,
                                     names->items[i].as<Str>());
        }
        if (n[0] == '_') {
            return raise_value_error("Field names cannot start with an underscore: '%q'"_msg,
                                     names->items[i].as<Str>());
        }
        for (size_t j = 0; j < i; ++j) {
            if (str_equal(names->items[j].as<Str>(), names->items[i].as<Str>())) {
                return raise_value_error("Encountered duplicate field name: '%q'"_msg,
                                         names->items[i].as<Str>());
            }
        }
    }
#endif
    Value fields = make_tuple(names->len, names->items);
    if (!fields) return {};
#if MBPY_COLLECTIONS_EXTRA
    Dict* defaults = new_dict(0);
    if (!defaults) return {};
    Value dflt = kwarg(a, "defaults");
    if (dflt && dflt != none()) {
        Value seq = call1(Value(&tuple_type), dflt);
        if (!seq) return {};
        Tuple* d = seq.as<Tuple>();
        if (d->len > names->len) return raise_type_error("Got more default values than field names"_msg);
        for (size_t i = 0; i < d->len; ++i) {
            if (!dict_store(defaults, names->items[names->len - d->len + i], d->items[i])) return {};
        }
    }
#endif
    Dict* ns = new_dict(names->len + 8);
    if (!ns) return {};
    if (!dict_store_str(ns, &q_under_fields, fields) ||
        !dict_store_str(ns, &q_dunder_new, Value(&f_nt_new)) ||
        !dict_store_str(ns, &q_dunder_repr, Value(&f_nt_repr))) {
        return {};
    }
#if MBPY_COLLECTIONS_EXTRA
    if (!dict_store_str(ns, &q_under_field_defaults, Value(defaults)) ||
        !dict_store_str(ns, &q_under_asdict, Value(&f_nt_asdict)) ||
        !dict_store_str(ns, &q_under_replace, Value(&f_nt_replace)) ||
        !dict_store_str(ns, &q_dunder_getnewargs, Value(&f_nt_getnewargs))) {
        return {};
    }
    MethodWrapper* make = alloc<MethodWrapper>(&classmethod_type);
    if (!make) return {};
    make->fn = Value(&f_nt_make);
    if (!dict_store_str(ns, &q_under_make, Value(make))) return {};
#endif
    for (size_t i = 0; i < names->len; ++i) {
        FieldGetter* g = alloc<FieldGetter>(&field_getter_type);
        Property* p = alloc<Property>(&property_type);
        if (!g || !p) return {};
        g->index = i;
        p->fget = Value(g);
        p->fset = p->fdel = p->doc = none();
        if (!dict_store_str(ns, names->items[i].as<Str>(), Value(p))) return {};
    }
    Tuple* bases = new_tuple(1);
    if (!bases) return {};
    bases->items[0] = Value(&tuple_type);
    Value tname = intern(a.pos[0].as<Str>()->view());
    if (!tname) return {};
    return make_class(tname.as<Str>(), bases, ns);
}

// ==== the module ===========================================================================================
static constexpr NativeFunction f_namedtuple =
    native(q_namedtuple, c_namedtuple, 2, 2, MBPY_COLLECTIONS_EXTRA);
static const AttrEntry collections_entries[] = {
    {&q_namedtuple, &f_namedtuple},
    {&q_OrderedDict, &ordereddict_type},
// clang-format off
#if MBPY_COLLECTIONS_DEQUE
    {&q_deque, &deque_type},
#endif
#if MBPY_COLLECTIONS_EXTRA
    {&q_defaultdict, &defaultdict_type},
    {&q_Counter, &counter_type},
#endif
    // clang-format on
};
const AttrTable collections_module_table = {collections_entries,
                                            sizeof(collections_entries) / sizeof(collections_entries[0])};

}  // namespace core
