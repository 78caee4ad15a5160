// The re module (ure): compiled patterns, match objects, and the module-level functions over them.
#include <string.h>

#include "core/mod_stdlib.hpp"
#include "core/names.hpp"
#include "core/obj_class.hpp"
#include "core/re_engine.hpp"
#include "core/text.hpp"
#include "core/unicode.hpp"

#if MBPY_MOD_RE  // config.hpp
namespace core {

static constexpr int flag_unicode = 32, flag_ascii = 256;

struct Pattern : Obj {
    Value source;
    re::Program prog;
};
struct MatchObj : Obj {
    Value pattern, string;
    intptr_t pos, endpos;  // byte offsets
    size_t n_groups;
    intptr_t slots[];  // byte offsets, -1 when a group did not take part
};
extern const Type pattern_type, match_type;

// ---- helpers -----------------------------------------------------------------------------------------
static bool is_bytes_like(Value v) { return !is_str(v) && get_buffer(v, nullptr); }

static bool subject_of(const Pattern* p, Value v, std::string_view* out) {
    if (is_str(v)) {
        if (p->prog.bytes)
            return raise_type_error("cannot use a bytes pattern on a string-like object"_msg), false;
        *out = v.as<Str>()->view();
        return true;
    }
    if (get_buffer(v, out)) {
        if (!p->prog.bytes)
            return raise_type_error("cannot use a string pattern on a bytes-like object"_msg), false;
        return true;
    }
    raise_type_error("expected string or bytes-like object"_msg);
    return false;
}

static Value compile_value(Value pat, Value flags_v) {
    if (is_type(pat, &pattern_type)) {
        if (flags_v && flags_v != Value::small(0)) {
            return raise_value_error("cannot process flags argument with a compiled pattern"_msg);
        }
        return pat;
    }
    intptr_t flags = 0;
    if (flags_v && !to_intptr(flags_v, &flags)) return {};
    std::string_view src;
    bool bytes = is_bytes_like(pat);
    if (is_str(pat))
        src = pat.as<Str>()->view();
    else if (!bytes || !get_buffer(pat, &src)) {
        return raise_type_error("first argument must be string or compiled pattern"_msg);
    }
    Pattern* p = alloc<Pattern>(&pattern_type);
    if (!p) return {};
    p->source = pat;
    if (!re::compile(src, int(flags), bytes, &p->prog)) return {};
    if (!bytes && !(p->prog.flags & flag_ascii)) p->prog.flags |= flag_unicode;
    return Value(p);
}

// Char index of a byte offset (str subjects count code points).
static intptr_t char_index(const MatchObj* m, intptr_t off) {
    if (off < 0 || !is_str(m->string)) return off;
    const Str* s = m->string.as<Str>();
    if (s->is_ascii()) return off;
    return intptr_t(unicode::char_count(s->data, size_t(off)));
}
static size_t byte_offset(Value subject, std::string_view data, intptr_t index) {
    if (index < 0) index = 0;
    if (!is_str(subject) || subject.as<Str>()->is_ascii())
        return size_t(index) < data.size() ? size_t(index) : data.size();
    return unicode::byte_offset(data.data(), data.size(), size_t(index));
}

static std::string_view data_of(const MatchObj* m) {
    std::string_view d;
    if (is_str(m->string))
        d = m->string.as<Str>()->view();
    else
        get_buffer(m->string, &d);
    return d;
}

static Value slice_of(Value subject, std::string_view d, intptr_t s, intptr_t e) {
    return make_bytes_type(is_str(subject) ? &str_type : &bytes_type, d.substr(size_t(s), size_t(e - s)));
}

static Value make_match(Value pattern, Value string, intptr_t pos, intptr_t endpos, const intptr_t* slots) {
    const Pattern* p = pattern.as<Pattern>();
    size_t n = p->prog.n_groups;
    MatchObj* m = alloc<MatchObj>(&match_type, 2 * n * sizeof(intptr_t));
    if (!m) return {};
    m->pattern = pattern;
    m->string = string;
    m->pos = pos;
    m->endpos = endpos;
    m->n_groups = n;
    memcpy(m->slots, slots, 2 * n * sizeof(intptr_t));
    return Value(m);
}

// Group number from an int or a group name; false with IndexError.
static bool group_index(const MatchObj* m, Value g, size_t* out) {
    intptr_t i = -1;
    if (is_str(g)) {
        Dict* names = m->pattern.as<Pattern>()->prog.names;
        Value v;
        if (names && dict_lookup(names, g, &v) == Lookup::Found) i = v.small_value();
    } else if (is_int(g)) {
        if (!to_intptr(g, &i)) return false;
    }
    if (i < 0 || size_t(i) >= m->n_groups) return raise_index_error("no such group"_msg), false;
    *out = size_t(i);
    return true;
}

static Value group_value(const MatchObj* m, size_t g, Value dflt) {
    intptr_t s = m->slots[2 * g], e = m->slots[2 * g + 1];
    if (s < 0 || e < 0) return dflt;
    return slice_of(m->string, data_of(m), s, e);
}

static bool expand(StrBuilder& sb, std::string_view t, const MatchObj* m);

// ---- Match ---------------------------------------------------------------------------------------------
static const MatchObj* match_self(const Args& a) { return a.pos[0].as<MatchObj>(); }

static Value m_group(const Args& a) {
    const MatchObj* m = match_self(a);
    if (a.n_pos <= 2) {
        size_t g = 0;
        if (a.n_pos == 2 && !group_index(m, a.pos[1], &g)) return {};
        return group_value(m, g, none());
    }
    Tuple* t = new_tuple(a.n_pos - 1);
    if (!t) return {};
    for (size_t i = 1; i < a.n_pos; ++i) {
        size_t g;
        if (!group_index(m, a.pos[i], &g)) return {};
        t->items[i - 1] = group_value(m, g, none());
        if (!t->items[i - 1]) return {};
    }
    return Value(t);
}

static Value m_groups(const Args& a) {
    const MatchObj* m = match_self(a);
    Value dflt = a.n_pos > 1 ? a.pos[1] : kwarg(a, "default");
    if (!dflt) dflt = none();
    Tuple* t = new_tuple(m->n_groups - 1);
    if (!t) return {};
    for (size_t g = 1; g < m->n_groups; ++g) {
        t->items[g - 1] = group_value(m, g, dflt);
        if (!t->items[g - 1]) return {};
    }
    return Value(t);
}

static Value m_groupdict(const Args& a) {
    const MatchObj* m = match_self(a);
    Value dflt = a.n_pos > 1 ? a.pos[1] : kwarg(a, "default");
    if (!dflt) dflt = none();
    Dict* out = new_dict(0);
    if (!out) return {};
    Dict* names = m->pattern.as<Pattern>()->prog.names;
    Value k, v;
    for (size_t i = 0; names && dict_next(names, &i, &k, &v);) {
        Value g = group_value(m, size_t(v.small_value()), dflt);
        if (!g || !dict_store(out, k, g)) return {};
    }
    return Value(out);
}

static bool span_of(const Args& a, intptr_t* s, intptr_t* e) {
    const MatchObj* m = match_self(a);
    size_t g = 0;
    if (a.n_pos > 1 && !group_index(m, a.pos[1], &g)) return false;
    *s = char_index(m, m->slots[2 * g]);
    *e = char_index(m, m->slots[2 * g + 1]);
    return true;
}
static Value m_span(const Args& a) {
    intptr_t s, e;
    if (!span_of(a, &s, &e)) return {};
    Value t[2] = {make_int(s), make_int(e)};
    return make_tuple(2, t);
}
static Value m_start(const Args& a) {
    intptr_t s, e;
    return span_of(a, &s, &e) ? make_int(s) : Value();
}
static Value m_end(const Args& a) {
    intptr_t s, e;
    return span_of(a, &s, &e) ? make_int(e) : Value();
}

static Value match_subscr(Value self, Value index, Value value) {
    if (value) return raise_type_error("'re.Match' object does not support item assignment"_msg);
    size_t g;
    if (!group_index(self.as<MatchObj>(), index, &g)) return {};
    return group_value(self.as<MatchObj>(), g, none());
}

static bool match_print(Printer& out, Value self, PrintKind) {
    const MatchObj* m = self.as<MatchObj>();
    out.printf("<re.Match object; span=(%ld, %ld), match=", long(char_index(m, m->slots[0])),
               long(char_index(m, m->slots[1])));
    Value g = group_value(m, 0, none());
    if (!g || !print_value(out, g, PrintKind::Repr)) return false;
    out.put('>');
    return true;
}

static Lookup match_attr(Value self, const Str* name, Value* out) {
    const MatchObj* m = self.as<MatchObj>();
    if (str_equal(name, &q_string)) return *out = m->string, Lookup::Found;
    if (str_equal(name, &q_re)) return *out = m->pattern, Lookup::Found;
    if (str_equal(name, &q_pos)) return *out = make_int(char_index(m, m->pos)), Lookup::Found;
    if (str_equal(name, &q_endpos)) return *out = make_int(char_index(m, m->endpos)), Lookup::Found;
    if (str_equal(name, &q_lastindex)) {
        // The group that closed last: the one whose end is greatest among those that matched (ties: outer).
        intptr_t best = -1, best_end = -1;
        for (size_t g = 1; g < m->n_groups; ++g) {
            if (m->slots[2 * g + 1] >= 0 && m->slots[2 * g + 1] > best_end)
                best = intptr_t(g), best_end = m->slots[2 * g + 1];
        }
        *out = best < 0 ? none() : make_int(best);
        return Lookup::Found;
    }
    return Lookup::Missing;
}

static Value m_expand(const Args& a) {
    const MatchObj* m = match_self(a);
    std::string_view t;
    if (is_str(a.pos[1]) != is_str(m->string) || (!is_str(a.pos[1]) && !get_buffer(a.pos[1], &t))) {
        return raise_type_error("expected str instance, %T found"_msg, a.pos[1]);
    }
    if (is_str(a.pos[1])) t = a.pos[1].as<Str>()->view();
    StrBuilder sb;
    if (!expand(sb, t, m)) return {};
    return sb.finish(is_str(m->string) ? &str_type : &bytes_type);
}

static constexpr NativeFunction f_m_group = native(q_group, m_group, 1, var_pos);
static constexpr NativeFunction f_m_expand = native(q_expand, m_expand, 2, 2);
static constexpr NativeFunction f_m_groups = native(q_groups, m_groups, 1, 2, true);
static constexpr NativeFunction f_m_groupdict = native(q_groupdict, m_groupdict, 1, 2, true);
static constexpr NativeFunction f_m_span = native(q_span, m_span, 1, 2);
static constexpr NativeFunction f_m_start = native(q_start, m_start, 1, 2);
static constexpr NativeFunction f_m_end = native(q_end, m_end, 1, 2);
static const AttrEntry match_entries[] = {
    {&q_group, &f_m_group}, {&q_groups, &f_m_groups}, {&q_groupdict, &f_m_groupdict}, {&q_span, &f_m_span},
    {&q_start, &f_m_start}, {&q_end, &f_m_end},       {&q_expand, &f_m_expand},
};
static const AttrTable match_locals = {match_entries, sizeof(match_entries) / sizeof(match_entries[0])};
const Type match_type = builtin_type({.name = &q_Match,
                                      .print = match_print,
                                      .attr_get = match_attr,
                                      .subscr = match_subscr,
                                      .locals = &match_locals,
                                      .base = &object_type});

// ---- matching entry points -----------------------------------------------------------------------------
enum class Mode { Match, Search, Full };

// pattern.match/search/fullmatch(string, pos=0, endpos=None) with args after self.
static Value do_match(Value pat, Value string, Value pos_v, Value endpos_v, Mode mode) {
    const Pattern* p = pat.as<Pattern>();
    std::string_view d;
    if (!subject_of(p, string, &d)) return {};
    intptr_t pos = 0, endpos = intptr_t(d.size());
    if (pos_v && pos_v != none()) {
        intptr_t i;
        if (!to_intptr(pos_v, &i)) return {};
        pos = intptr_t(byte_offset(string, d, i));
    }
    if (endpos_v && endpos_v != none()) {
        intptr_t i;
        if (!to_intptr(endpos_v, &i)) return {};
        endpos = intptr_t(byte_offset(string, d, i));
    }
    if (endpos < pos) return none();
    size_t n = 2 * p->prog.n_groups;
    auto* slots = static_cast<intptr_t*>(alloc_raw(n * sizeof(intptr_t)));
    if (!slots) return {};
    int r =
        re::run(p->prog, d, size_t(pos), size_t(endpos), mode == Mode::Search, mode == Mode::Full, -1, slots);
    if (r < 0) return {};
    if (r == 0) return none();
    return make_match(pat, string, pos, endpos, slots);
}

// Calls fn(slots) for each successive match in [0, len) (CPython's rules for empty matches); stops after
// `limit` matches when limit > 0. Returns false on error.
template <class F>
static bool each_match(const Pattern* p, std::string_view d, size_t limit, F fn) {
    size_t n = 2 * p->prog.n_groups;
    auto* slots = static_cast<intptr_t*>(alloc_raw(n * sizeof(intptr_t)));
    if (!slots) return false;
    size_t at = 0, count = 0;
    intptr_t no_empty = -1;
    while (at <= d.size() && (limit == 0 || count < limit)) {
        int r = re::run(p->prog, d, at, d.size(), true, false, no_empty, slots);
        if (r < 0) return false;
        if (r == 0) break;
        if (!fn(slots)) return false;
        ++count;
        no_empty = slots[0] == slots[1] ? slots[1] : -1;
        at = size_t(slots[1]);
    }
    return true;
}

// Expands a sub() template for one match.
static bool expand(StrBuilder& sb, std::string_view t, const MatchObj* m) {
    std::string_view d = data_of(m);
    for (size_t i = 0; i < t.size(); ++i) {
        char c = t[i];
        if (c != '\\' || i + 1 == t.size()) {
            if (!sb.append_byte(c)) return false;
            continue;
        }
        char e = t[++i];
        intptr_t g = -1;
        if (e >= '0' && e <= '9') {
            g = e - '0';
            if (i + 1 < t.size() && t[i + 1] >= '0' && t[i + 1] <= '9' &&
                g * 10 + (t[i + 1] - '0') < intptr_t(m->n_groups)) {
                g = g * 10 + (t[++i] - '0');
            }
        } else if (e == 'g' && i + 1 < t.size() && t[i + 1] == '<') {
            size_t close = t.find('>', i + 2);
            if (close == std::string_view::npos)
                return raise_value_error("missing >, unterminated name"_msg), false;
            std::string_view name = t.substr(i + 2, close - i - 2);
            i = close;
            Value nv = make_str(name);
            if (!nv) return false;
            size_t gi;
            bool numeric = !name.empty() && name.find_first_not_of("0123456789") == std::string_view::npos;
            if (numeric) {
                gi = 0;
                for (char ch : name) gi = gi * 10 + size_t(ch - '0');
                if (gi >= m->n_groups)
                    return raise_index_error("invalid group reference %d"_msg, int(gi)), false;
            } else if (!group_index(m, nv, &gi)) {
                take_exception();
                return raise_index_error("unknown group name '%q'"_msg, nv.as<Str>()), false;
            }
            g = intptr_t(gi);
        } else {
            const char* lit = nullptr;
            switch (e) {
                case 'n': lit = "\n"; break;
                case 't': lit = "\t"; break;
                case 'r': lit = "\r"; break;
                case 'f': lit = "\f"; break;
                case 'v': lit = "\v"; break;
                case 'a': lit = "\a"; break;
                case '\\': lit = "\\"; break;
                default: break;
            }
            if (lit) {
                if (!sb.append(lit)) return false;
            } else if ((e >= 'a' && e <= 'z') || (e >= 'A' && e <= 'Z')) {
                return raise_value_error("bad escape \\%c"_msg, e), false;
            } else if (!sb.append_byte('\\') || !sb.append_byte(e)) {
                return false;
            }
            continue;
        }
        if (g >= intptr_t(m->n_groups))
            return raise_value_error("invalid group reference %d"_msg, int(g)), false;
        intptr_t s = m->slots[2 * g], en = m->slots[2 * g + 1];
        if (s >= 0 && en >= 0 && !sb.append(d.substr(size_t(s), size_t(en - s)))) return false;
    }
    return true;
}

static Value do_sub(Value pat, Value repl, Value string, Value count_v, bool with_count) {
    const Pattern* p = pat.as<Pattern>();
    std::string_view d;
    if (!subject_of(p, string, &d)) return {};
    intptr_t count = 0;
    if (count_v && !to_intptr(count_v, &count)) return {};
    bool callable = !is_str(repl) && !is_bytes_like(repl);
    std::string_view tmpl;
    if (!callable) {
        if (is_str(repl) != is_str(string)) {
            return raise_type_error(is_str(string) ? "expected str instance, %s found"_msg
                                                   : "expected a bytes-like object, %s found"_msg,
                                    type_name(repl));
        }
        if (is_str(repl))
            tmpl = repl.as<Str>()->view();
        else
            get_buffer(repl, &tmpl);
    }
    StrBuilder sb;
    size_t last = 0, n = 0;
    bool ok = each_match(p, d, count > 0 ? size_t(count) : 0, [&](const intptr_t* slots) {
        if (!sb.append(d.substr(last, size_t(slots[0]) - last))) return false;
        Value mv = make_match(pat, string, 0, intptr_t(d.size()), slots);
        if (!mv) return false;
        if (callable) {
            Value r = call1(repl, mv);
            if (!r) return false;
            std::string_view rs;
            if (is_str(r) && is_str(string))
                rs = r.as<Str>()->view();
            else if (!is_str(r) && !is_str(string) && get_buffer(r, &rs)) {
            } else {
                return raise_type_error("expected str instance, %T found"_msg, r), false;
            }
            if (!sb.append(rs)) return false;
        } else if (!expand(sb, tmpl, mv.as<MatchObj>())) {
            return false;
        }
        last = size_t(slots[1]);
        ++n;
        return true;
    });
    if (!ok || !sb.append(d.substr(last))) return {};
    Value out = sb.finish(is_str(string) ? &str_type : &bytes_type);
    if (!out || !with_count) return out;
    Value pair[2] = {out, make_int(intptr_t(n))};
    return make_tuple(2, pair);
}

static Value do_split(Value pat, Value string, Value max_v) {
    const Pattern* p = pat.as<Pattern>();
    std::string_view d;
    if (!subject_of(p, string, &d)) return {};
    intptr_t maxsplit = 0;
    if (max_v && !to_intptr(max_v, &maxsplit)) return {};
    if (maxsplit < 0) return make_list(1, &string);
    List* out = new_list(0);
    if (!out) return {};
    size_t last = 0;
    bool ok = each_match(p, d, size_t(maxsplit), [&](const intptr_t* slots) {
        Value piece = slice_of(string, d, intptr_t(last), slots[0]);
        if (!piece || !list_append(out, piece)) return false;
        for (size_t g = 1; g < p->prog.n_groups; ++g) {
            Value v = slots[2 * g] < 0 ? none() : slice_of(string, d, slots[2 * g], slots[2 * g + 1]);
            if (!v || !list_append(out, v)) return false;
        }
        last = size_t(slots[1]);
        return true;
    });
    if (!ok) return {};
    Value tail = slice_of(string, d, intptr_t(last), intptr_t(d.size()));
    if (!tail || !list_append(out, tail)) return {};
    return Value(out);
}

static Value do_findall(Value pat, Value string, bool iter) {
    const Pattern* p = pat.as<Pattern>();
    std::string_view d;
    if (!subject_of(p, string, &d)) return {};
    List* out = new_list(0);
    if (!out) return {};
    size_t ng = p->prog.n_groups;
    bool ok = each_match(p, d, 0, [&](const intptr_t* slots) {
        Value v;
        if (iter) {
            v = make_match(pat, string, 0, intptr_t(d.size()), slots);
        } else if (ng <= 2) {
            size_t g = ng - 1;
            v = slots[2 * g] < 0 ? slice_of(string, d, 0, 0)
                                 : slice_of(string, d, slots[2 * g], slots[2 * g + 1]);
        } else {
            Tuple* t = new_tuple(ng - 1);
            if (!t) return false;
            for (size_t g = 1; g < ng; ++g) {
                t->items[g - 1] = slots[2 * g] < 0 ? slice_of(string, d, 0, 0)
                                                   : slice_of(string, d, slots[2 * g], slots[2 * g + 1]);
                if (!t->items[g - 1]) return false;
            }
            v = Value(t);
        }
        return v && list_append(out, v);
    });
    if (!ok) return {};
    return iter ? get_iter(Value(out)) : Value(out);
}

// ---- Pattern methods (self first) ------------------------------------------------------------------------
static Value arg_or_kw(const Args& a, size_t i, const char* name) {
    return a.n_pos > i ? a.pos[i] : kwarg(a, name);
}

static Value p_match(const Args& a) {
    return do_match(a.pos[0], a.pos[1], arg_or_kw(a, 2, "pos"), arg_or_kw(a, 3, "endpos"), Mode::Match);
}
static Value p_search(const Args& a) {
    return do_match(a.pos[0], a.pos[1], arg_or_kw(a, 2, "pos"), arg_or_kw(a, 3, "endpos"), Mode::Search);
}
static Value p_fullmatch(const Args& a) {
    return do_match(a.pos[0], a.pos[1], arg_or_kw(a, 2, "pos"), arg_or_kw(a, 3, "endpos"), Mode::Full);
}
static Value p_sub(const Args& a) {
    return do_sub(a.pos[0], a.pos[1], a.pos[2], arg_or_kw(a, 3, "count"), false);
}
static Value p_subn(const Args& a) {
    return do_sub(a.pos[0], a.pos[1], a.pos[2], arg_or_kw(a, 3, "count"), true);
}
static Value p_split(const Args& a) { return do_split(a.pos[0], a.pos[1], arg_or_kw(a, 2, "maxsplit")); }
static Value p_findall(const Args& a) { return do_findall(a.pos[0], a.pos[1], false); }
static Value p_finditer(const Args& a) { return do_findall(a.pos[0], a.pos[1], true); }

static bool pattern_print(Printer& out, Value self, PrintKind) {
    const Pattern* p = self.as<Pattern>();
    out.write("re.compile(");
    if (!print_value(out, p->source, PrintKind::Repr)) return false;
    int f = p->prog.flags & ~flag_unicode;
    if (f) {
        out.write(", ");
        bool first = true;
        const struct {
            int bit;
            const char* name;
        } names[] = {{re::ignorecase, "re.IGNORECASE"},
                     {re::multiline, "re.MULTILINE"},
                     {re::dotall, "re.DOTALL"},
                     {re::verbose, "re.VERBOSE"},
                     {flag_ascii, "re.ASCII"}};
        for (const auto& n : names) {
            if (f & n.bit) {
                if (!first) out.put('|');
                out.write(n.name, strlen(n.name));
                first = false;
            }
        }
    }
    out.put(')');
    return true;
}

static Lookup pattern_attr(Value self, const Str* name, Value* out) {
    const Pattern* p = self.as<Pattern>();
    if (str_equal(name, &q_pattern)) return *out = p->source, Lookup::Found;
    if (str_equal(name, &q_flags)) return *out = make_int(p->prog.flags), Lookup::Found;
    if (str_equal(name, &q_groups)) return *out = make_int(intptr_t(p->prog.n_groups - 1)), Lookup::Found;
    if (str_equal(name, &q_groupindex)) {
        Dict* d = p->prog.names ? dict_copy(p->prog.names) : new_dict(0);
        if (!d) return Lookup::Error;
        *out = Value(d);
        return Lookup::Found;
    }
    return Lookup::Missing;
}

static Value pattern_binary(BinaryOp op, Value l, Value r) {
    if (op != BinaryOp::Eq) return not_implemented();
    if (!is_type(r, &pattern_type)) return py_bool(false);
    const Pattern *a = l.as<Pattern>(), *b = r.as<Pattern>();
    if (a->prog.flags != b->prog.flags) return py_bool(false);
    int e = equal(a->source, b->source);
    return e < 0 ? Value() : py_bool(e);
}

static constexpr NativeFunction f_p_match = native(q_match, p_match, 2, 4, true);
static constexpr NativeFunction f_p_search = native(q_search, p_search, 2, 4, true);
static constexpr NativeFunction f_p_fullmatch = native(q_fullmatch, p_fullmatch, 2, 4, true);
static constexpr NativeFunction f_p_sub = native(q_sub, p_sub, 3, 4, true);
static constexpr NativeFunction f_p_subn = native(q_subn, p_subn, 3, 4, true);
static constexpr NativeFunction f_p_split = native(q_split, p_split, 2, 3, true);
static constexpr NativeFunction f_p_findall = native(q_findall, p_findall, 2, 2);
static constexpr NativeFunction f_p_finditer = native(q_finditer, p_finditer, 2, 2);
static const AttrEntry pattern_entries[] = {
    {&q_match, &f_p_match},     {&q_search, &f_p_search},     {&q_fullmatch, &f_p_fullmatch},
    {&q_sub, &f_p_sub},         {&q_subn, &f_p_subn},         {&q_split, &f_p_split},
    {&q_findall, &f_p_findall}, {&q_finditer, &f_p_finditer},
};
static const AttrTable pattern_locals = {pattern_entries,
                                         sizeof(pattern_entries) / sizeof(pattern_entries[0])};
const Type pattern_type = builtin_type({.name = &q_Pattern,
                                        .print = pattern_print,
                                        .binary_op = pattern_binary,
                                        .attr_get = pattern_attr,
                                        .locals = &pattern_locals,
                                        .base = &object_type});

// ---- module functions: compile the pattern, then as the methods -------------------------------------------
static Value r_compile(const Args& a) { return compile_value(a.pos[0], arg_or_kw(a, 1, "flags")); }

static Value flags_arg(const Args& a, size_t fixed_args) {
    Value f = kwarg(a, "flags");
    if (!f && a.n_pos > fixed_args) f = a.pos[fixed_args];
    return f;
}
static Value r_match(const Args& a) {
    Value pat = compile_value(a.pos[0], flags_arg(a, 2));
    return pat ? do_match(pat, a.pos[1], Value(), Value(), Mode::Match) : Value();
}
static Value r_search(const Args& a) {
    Value pat = compile_value(a.pos[0], flags_arg(a, 2));
    return pat ? do_match(pat, a.pos[1], Value(), Value(), Mode::Search) : Value();
}
static Value r_fullmatch(const Args& a) {
    Value pat = compile_value(a.pos[0], flags_arg(a, 2));
    return pat ? do_match(pat, a.pos[1], Value(), Value(), Mode::Full) : Value();
}
static Value r_sub_impl(const Args& a, bool with_count) {
    Value pat = compile_value(a.pos[0], flags_arg(a, 4));
    return pat ? do_sub(pat, a.pos[1], a.pos[2], arg_or_kw(a, 3, "count"), with_count) : Value();
}
static Value r_sub(const Args& a) { return r_sub_impl(a, false); }
static Value r_subn(const Args& a) { return r_sub_impl(a, true); }
static Value r_split(const Args& a) {
    Value pat = compile_value(a.pos[0], flags_arg(a, 3));
    return pat ? do_split(pat, a.pos[1], arg_or_kw(a, 2, "maxsplit")) : Value();
}
static Value r_findall(const Args& a) {
    Value pat = compile_value(a.pos[0], flags_arg(a, 2));
    return pat ? do_findall(pat, a.pos[1], false) : Value();
}
static Value r_finditer(const Args& a) {
    Value pat = compile_value(a.pos[0], flags_arg(a, 2));
    return pat ? do_findall(pat, a.pos[1], true) : Value();
}

// escape(): backslash before every char that is special in a pattern (CPython 3.7+'s set).
static Value r_escape(const Args& a) {
    std::string_view s;
    bool str = is_str(a.pos[0]);
    if (str)
        s = a.pos[0].as<Str>()->view();
    else if (!get_buffer(a.pos[0], &s))
        return raise_type_error("expected str or bytes"_msg);
    StrBuilder sb;
    for (char c : s) {
        if (c && strchr("()[]{}?*+-|^$\\.&~# \t\n\r\v\f", c) && !sb.append_byte('\\')) return {};
        if (!sb.append_byte(c)) return {};
    }
    return sb.finish(str ? &str_type : &bytes_type);
}
static Value r_purge(const Args&) { return none(); }

static constexpr NativeFunction f_compile = native(q_compile, r_compile, 1, 2, true);
static constexpr NativeFunction f_match = native(q_match, r_match, 2, 3, true);
static constexpr NativeFunction f_search = native(q_search, r_search, 2, 3, true);
static constexpr NativeFunction f_fullmatch = native(q_fullmatch, r_fullmatch, 2, 3, true);
static constexpr NativeFunction f_sub = native(q_sub, r_sub, 3, 5, true);
static constexpr NativeFunction f_subn = native(q_subn, r_subn, 3, 5, true);
static constexpr NativeFunction f_split = native(q_split, r_split, 2, 4, true);
static constexpr NativeFunction f_findall = native(q_findall, r_findall, 2, 3, true);
static constexpr NativeFunction f_finditer = native(q_finditer, r_finditer, 2, 3, true);
static constexpr NativeFunction f_escape = native(q_escape, r_escape, 1, 1);
static constexpr NativeFunction f_purge = native(q_purge, r_purge, 0, 0);

static const AttrEntry re_entries[] = {
    {&q_compile, &f_compile},
    {&q_match, &f_match},
    {&q_search, &f_search},
    {&q_fullmatch, &f_fullmatch},
    {&q_sub, &f_sub},
    {&q_subn, &f_subn},
    {&q_split, &f_split},
    {&q_findall, &f_findall},
    {&q_finditer, &f_finditer},
    {&q_escape, &f_escape},
    {&q_purge, &f_purge},
    {&q_error, &value_error_type},  // MicroPython raises ValueError for bad patterns
    {&q_I, nullptr, re::ignorecase},
    {&q_IGNORECASE, nullptr, re::ignorecase},
    {&q_M, nullptr, re::multiline},
    {&q_MULTILINE, nullptr, re::multiline},
    {&q_S, nullptr, re::dotall},
    {&q_DOTALL, nullptr, re::dotall},
    {&q_X, nullptr, re::verbose},
    {&q_VERBOSE, nullptr, re::verbose},
    {&q_A, nullptr, flag_ascii},
    {&q_ASCII, nullptr, flag_ascii},
    {&q_U, nullptr, flag_unicode},
    {&q_UNICODE, nullptr, flag_unicode},
    {&q_Pattern, &pattern_type},
    {&q_Match, &match_type},
};
const AttrTable re_module_table = {re_entries, sizeof(re_entries) / sizeof(re_entries[0])};

}  // namespace core

#endif  // MBPY_MOD_RE
