// Entry points for ports: run a program as __main__, run REPL input, exec/eval strings, report errors.
#include "core/engine.hpp"
#include "core/names.hpp"

#include "core/compiler.hpp"
#include "core/gc.hpp"
#include "core/hal.hpp"
#include "core/obj_exception.hpp"
#include "core/obj_module.hpp"
#include "core/vm.hpp"

namespace core {

namespace {

void to_stderr(void*, const char* d, size_t n) { hal::stderr_write(d, n); }
void to_stdout(void*, const char* d, size_t n) { hal::stdout_write(d, n); }

Value make_name(const char* s) {
    size_t n = 0;
    while (s[n]) ++n;
    return make_str({s, n});
}

// The entry points' runs: their callers (the REPL, the board's main loop, a port's main) hold nothing only
// in locals across them, so the collector may run at the VM's safe points (gc.hpp, MBPY_GC_SAFE_POINTS).
Value run_clean(Code* code, Dict* g) {
#if MBPY_GC_SAFE_POINTS
    gc::CleanRun clean;
#endif
    return run_code(code, g, g);
}
}  // namespace

Value main_module() {
    if (state.main_module) return state.main_module;
    Value name = Value(&q_dunder_main);
    if (!name) return {};
    Value m = make_module(name.as<Str>());
    if (!m) return {};
    if (state.modules && !dict_store_str(state.modules, name.as<Str>(), m)) return {};
    state.main_module = m;
    return m;
}

int report_exception(Value exc, bool to_stdout_stream) {
    if (exc_matches(exc, &system_exit_type)) {
        Value v = exception_value(exc);
        if (!v || v == none()) return 0;
        intptr_t code;
        if (is_int(v) && to_intptr(v, &code)) return int(code);
        if (pending()) take_exception();
        Printer err(to_stderr, nullptr);
        if (!print_value(err, v, PrintKind::Str)) take_exception();
        err.put('\n');
        return 1;
    }
    Printer out(to_stdout_stream ? to_stdout : to_stderr, nullptr);
    print_exception(out, exc);
    return -1;
}

int run_main(std::string_view source, const char* filename, const SourceReader* reader) {
    Value m = main_module();
    Value fname = m ? make_name(filename) : Value();
    Code* code = nullptr;
    if (fname) {
        Dict* g = m.as<Module>()->globals;
        if (dict_store_str(g, &q_dunder_file, fname)) {
            code = compile_source(source, fname.as<Str>(), CompileMode::File, reader);
            if (code && run_clean(code, g)) return 0;
        }
    }
    Value exc = take_exception();
    int status = report_exception(exc, false);
    return status < 0 ? 1 : status;
}

int run_repl_input(std::string_view source) {
    Value m = main_module();
    Value fname = m ? Value(&q_angle_stdin) : Value();
    if (fname) {
        Code* code = compile_source(source, fname.as<Str>(), CompileMode::Single);
        Dict* g = m.as<Module>()->globals;
        if (code && run_clean(code, g)) return -1;
    }
    Value exc = take_exception();
    if (exc_matches(exc, &system_exit_type)) return report_exception(exc, true);
    report_exception(exc, true);
    return -1;
}

Value exec_source(std::string_view source, const char* filename, const SourceReader* reader) {
    Value m = main_module();
    Value fname = m ? make_name(filename) : Value();
    Code* code = fname ? compile_source(source, fname.as<Str>(), CompileMode::File, reader) : nullptr;
    if (!code) return {};
    Dict* g = m.as<Module>()->globals;
    return run_clean(code, g);
}

Value eval_source(std::string_view source) {
    Value m = main_module();
    if (!m) return {};
    Value fname = Value(&q_angle_string);
    if (!fname) return {};
    Code* code = compile_source(source, fname.as<Str>(), CompileMode::Eval);
    if (!code) return {};
    Dict* g = m.as<Module>()->globals;
    return run_code(code, g, g);
}

}  // namespace core
