// The objects of the microbit module (each defined in its board/*.cpp) and helpers the modules share.
#pragma once
#include "board/image.hpp"
#include "core/names.hpp"

namespace board {

struct PinObj : core::Obj {
    uint8_t number;
};

extern const core::Obj display_obj, button_a_obj, button_b_obj, accelerometer_obj, compass_obj, i2c_obj,
    spi_obj, uart_obj;
extern const PinObj pin_objs[n_pins];  // pin17/pin18 entries exist but are not exported
extern const core::AttrTable microbit_module_table;

// The print slot of the board's types: instances print as `<TypeName>`.
bool print_type_name(core::Printer& out, core::Value self, core::PrintKind);

#define BOARD_TABLE(id, ...)                                     \
    static const core::AttrEntry id##_entries[] = {__VA_ARGS__}; \
    static const core::AttrTable id = {id##_entries, sizeof(id##_entries) / sizeof(id##_entries[0])};

bool arg_int(core::Value v, int* out);  // to_intptr into an int
// A bool/int keyword argument with a default; false on a conversion error.
bool kw_flag(const core::Args& a, const char* name, bool dflt, bool* out);

}  // namespace board
