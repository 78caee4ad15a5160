// core::port for the core's own tests and fuzz targets: a language with no board (core/port.hpp).
#include "core/port.hpp"

static constexpr core::Str platform = core::const_str("test");
const core::Port core::port = {nullptr, nullptr, "help text\n", &platform, nullptr, 0};
