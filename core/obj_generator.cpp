// Generators and coroutines: a suspended heap frame resumed by next/send/throw/close.
#include "core/names.hpp"
#include "core/obj_exception.hpp"
#include "core/vm_support.hpp"

namespace core {

namespace {

bool gen_print(Printer& out, Value self, PrintKind) {
    Generator* g = self.as<Generator>();
    out.write("<generator object '");
    if (is_str(g->name)) out.write(as_str(g->name)->view());
    out.printf("' at 0x%x>", unsigned(uintptr_t(g)));
    return true;
}

Value gen_iternext(Value self) {
    bool yielded = false;
    Value r = generator_resume(self.as<Generator>(), none(), Value(), &yielded);
    if (!r) return {};
    return yielded ? r : stop_marker();
}

Value gen_getiter(Value self) { return self; }

// A finished generator's return value becomes StopIteration(value).
Value stop_with(Value r) {
    if (r == none()) return raise_value(Value(&stop_iteration_type));
    Value e = make_exception(&stop_iteration_type, 1, &r);
    if (!e) return {};
    return raise_value(e);
}

Value gen_send(const Args& a) {
    bool yielded = false;
    Value r = generator_resume(a.pos[0].as<Generator>(), a.pos[1], Value(), &yielded);
    if (!r) return {};
    return yielded ? r : stop_with(r);
}

}  // namespace

// next(g) on a generator: a return value travels in StopIteration(value) (iternext drops it).
Value generator_next(Value g) {
    bool yielded = false;
    Value r = generator_resume(g.as<Generator>(), none(), Value(), &yielded);
    if (!r) return {};
    if (yielded) return r;
    if (r == none()) return stop_marker();
    Value e = make_exception(&stop_iteration_type, 1, &r);
    return e ? raise_value(e) : Value();
}

namespace {

Value gen_next(const Args& a) {
    bool yielded = false;
    Value r = generator_resume(a.pos[0].as<Generator>(), none(), Value(), &yielded);
    if (!r) return {};
    return yielded ? r : stop_with(r);
}

// throw(type[, value[, tb]]) or throw(instance): the exception instance to raise in the generator.
Value make_thrown(const Args& a) {
    Value t = a.pos[1];
    bool has_value = a.n_pos >= 3 && a.pos[2] != none();
    if (is_instance(t, &base_exception_type)) {
        if (has_value) return raise_type_error("instance exception may not have a separate value"_msg);
        return t;
    }
    // The type is checked before it is called: throw(int, 0) must not raise the int 0.
    if (!(is_type(t, &type_type) || is_instance(t, &type_type)) ||
        !is_subtype(t.as<Type>(), &base_exception_type))
        return raise_type_error("exceptions must derive from BaseException"_msg);
    if (!has_value) return call(t, Args{});
    if (is_instance(a.pos[2], &base_exception_type)) return a.pos[2];
    return call1(t, a.pos[2]);
}

Value gen_throw(const Args& a) {
    Value exc = make_thrown(a);
    if (!exc) return {};
    bool yielded = false;
    Value r = generator_resume(a.pos[0].as<Generator>(), Value(), exc, &yielded);
    if (!r) return {};
    return yielded ? r : stop_with(r);
}

Value gen_close_impl(Generator* g) {
    if (!g->frame) return none();
    if (!g->started) {
        g->frame = nullptr;
        return none();
    }
    Value exc = make_exception(&generator_exit_type, 0, nullptr);
    if (!exc) return {};
    bool yielded = false;
    Value r = generator_resume(g, Value(), exc, &yielded);
    if (r && yielded) return raise_runtime_error("generator ignored GeneratorExit"_msg);
    if (!r) {
        if (exc_matches(state.exc, &generator_exit_type) || exc_matches(state.exc, &stop_iteration_type)) {
            take_exception();
            return none();
        }
        return {};
    }
    return none();
}

Value gen_close(const Args& a) { return gen_close_impl(a.pos[0].as<Generator>()); }

// Forwards throw()/close() into the iterator a suspended `yield from` delegates to. Returns true when
// it handled the throw completely (result in *out, *yielded set); false to raise `exc` in the outer
// frame itself (possibly replaced by the delegate's own exception).
bool forward_throw(Generator* g, Value* exc, Value* out, bool* yielded) {
    Frame* f = g->frame;
    if (f->code->bytecode[f->ip] != uint8_t(Op::YIELD_FROM) || f->sp == 0) return false;
    Value inner = f->stack()[f->sp - 1];
    bool is_exit = exc_matches(*exc, &generator_exit_type);
    Value r;
    bool y = false;
    if (is_generator(inner)) {
        if (is_exit) {
            if (!gen_close_impl(inner.as<Generator>())) *exc = take_exception();
            return false;
        }
        r = generator_resume(inner.as<Generator>(), Value(), *exc, &y);
    } else {
        Value m;
        Lookup l = lookup_attr(inner, is_exit ? &q_close : &q_throw, &m);
        if (l == Lookup::Error) {
            *exc = take_exception();
            return false;
        }
        if (l == Lookup::Missing) return false;
        if (is_exit) {
            if (!call0(m)) *exc = take_exception();
            return false;
        }
        r = call1(m, *exc);
        if (r) {
            y = true;
        } else if (exc_matches(state.exc, &stop_iteration_type)) {
            Value e = take_exception();
            Tuple* args = e.as<ExceptionObj>()->args;
            r = args && args->len ? args->items[0] : none();
        }
    }
    if (!r) {
        *exc = take_exception();
        return false;
    }
    if (y) {
        *out = r;
        *yielded = true;
        return true;
    }
    // The delegate finished: the `yield from` expression has the value r; continue the outer frame.
    f->stack()[f->sp - 1] = r;
    f->ip += 1;
    g->running = true;
    Value res = vm_run(f);
    g->running = false;
    *yielded = res && (f->flags & frame_yielded);
    if (!*yielded) g->frame = nullptr;
    *out = res;
    return true;
}

constexpr NativeFunction send_fn = native(q_send, gen_send, 2, 2);
constexpr NativeFunction next_fn = native(q_dunder_next, gen_next, 1, 1);
constexpr NativeFunction throw_fn = native(q_throw, gen_throw, 2, 4);
constexpr NativeFunction close_fn = native(q_close, gen_close, 1, 1);
MBPY_VALUE_CONSTINIT const AttrEntry gen_entries[] = {
    {&q_send, &send_fn},
    {&q_throw, &throw_fn},
    {&q_close, &close_fn},
    {&q_dunder_next, &next_fn},
};
constexpr AttrTable gen_locals = {gen_entries, sizeof(gen_entries) / sizeof(gen_entries[0])};

}  // namespace

const Type generator_type = builtin_type({.name = &q_generator,
                                          .flags = type_flag_iter_is_self | type_flag_eq_identity,
                                          .print = gen_print,
                                          .getiter = gen_getiter,
                                          .iternext = gen_iternext,
                                          .locals = &gen_locals,
                                          .base = &object_type});

#if MBPY_ASYNC
const Type coroutine_type = builtin_type({.name = &q_coroutine,
                                          .flags = type_flag_iter_is_self | type_flag_eq_identity,
                                          .print = gen_print,
                                          .getiter = gen_getiter,
                                          .iternext = gen_iternext,
                                          .locals = &gen_locals,
                                          .base = &object_type});
#endif

Value make_generator(Frame* frame) {
#if MBPY_ASYNC
    Generator* g =
        alloc<Generator>((frame->code->flags & code_coroutine) ? &coroutine_type : &generator_type);
#else
    Generator* g = alloc<Generator>(&generator_type);
#endif
    if (!g) return {};
    frame->flags |= frame_generator;
    g->frame = frame;
    g->name = Value(frame->code->name);
    return Value(g);
}

Value generator_resume(Generator* g, Value send, Value throw_exc, bool* yielded) {
    *yielded = false;
    if (g->running) return raise_value_error("generator already executing"_msg);
    Frame* f = g->frame;
    if (!f) {
        if (throw_exc) return raise_value(throw_exc);
        return none();  // finished: StopIteration for the caller
    }
    if (!throw_exc) {
        if (!g->started) {
            if (send != none())
                return raise_type_error("can't send non-None value to a just-started generator"_msg);
        } else {
            f->stack()[f->sp++] = send;
        }
    } else if (g->started) {
        Value out;
        if (forward_throw(g, &throw_exc, &out, yielded)) return out;
    }
    g->started = true;
    g->running = true;
    Value r = vm_run(f, throw_exc);
    g->running = false;
    if (r && (f->flags & frame_yielded)) {
        *yielded = true;
        return r;
    }
    g->frame = nullptr;  // finished (returned or raised)
    if (!r) {
        generator_raised();
        return {};
    }
    return r;
}

// The generators vm_run resumes in its own frames (vm_support.hpp): while one runs, the frame that
// resumed it has it on top of its stack.
Frame* generator_resume_in_place(Frame* f, Value send, uint8_t kind) {
    Value it = f->stack()[f->sp - 1];
    if (!is_generator(it)) return nullptr;
    Generator* g = it.as<Generator>();
    Frame* gf = g->frame;
    // Finished, running, sent a value before its start, or too deep: generator_resume raises the error.
    if (!gf || g->running || (!g->started && send != none()) || state.call_depth >= config::max_call_depth)
        return nullptr;
    if (g->started) gf->stack()[gf->sp++] = send;
    g->started = true;
    g->running = true;
    gf->flags = uint8_t((gf->flags & ~frame_yielded) | kind);
    gf->back = f;
    ++state.call_depth;
    state.current_frame = Value(gf);
    return gf;
}

namespace {
// Unlinks a generator's frame resumed in place; the frame below, whose top of stack is the generator.
Frame* leave_in_place(Frame* gf) {
    gf->flags &= uint8_t(~frame_resumed);
    Frame* f = gf->back;
    --state.call_depth;
    state.current_frame = Value(f);
    f->stack()[f->sp - 1].as<Generator>()->running = false;
    return f;
}

// The generator on top of f's stack is finished.
void finish_in_place(Frame* gf, Frame* f) {
    gf->flags |= frame_finished;
    gf->handling = Value();
    f->stack()[f->sp - 1].as<Generator>()->frame = nullptr;
}
}  // namespace

Frame* generator_yielded_in_place(Frame* g, Value v, Frame* entry) {
    for (;;) {
        bool from = g->flags & frame_resumed_from;
        Frame* f = leave_in_place(g);
        if (!from) {  // FOR_ITER: the loop's next item
            f->stack()[f->sp++] = v;
            return f;
        }
        // yield from: f yields the value too, suspended on its YIELD_FROM (one byte) to repeat it
        f->ip -= 1;
        f->flags |= frame_yielded;
        if (f == entry) return nullptr;
        g = f;
    }
}

Frame* generator_returned_in_place(Frame* g, Value v) {
    bool from = g->flags & frame_resumed_from;
    Frame* f = leave_in_place(g);
    finish_in_place(g, f);
    if (from) {  // the value of `yield from`
        f->stack()[f->sp - 1] = v;
        return f;
    }
    // FOR_ITER: the loop ends at its target (the instruction's operand, just before the saved ip)
    --f->sp;
    const uint8_t* operand = f->code->bytecode + f->ip - 2;
    f->ip = uint16_t(read_jump(operand));
    return f;
}

Frame* generator_raised_in_place(Frame* g) {
    Frame* f = leave_in_place(g);
    finish_in_place(g, f);
    generator_raised();
    return f;
}

// PEP 479: a StopIteration escaping the generator body becomes RuntimeError.
void generator_raised() {
    if (!exc_matches(state.exc, &stop_iteration_type)) return;
    Value inner = take_exception();
    raise_runtime_error("generator raised StopIteration"_msg);
    if (is_instance(state.exc, &base_exception_type)) {
        state.exc.as<ExceptionObj>()->cause = inner;
        state.exc.as<ExceptionObj>()->context = inner;
    }
}

}  // namespace core
