// The runtime's mounted flash filesystem (over the hal flash functions), its Python modules (os, open)
// and the hook that lets `import name` find name.py on it.
#pragma once
#include <cstddef>

#include "core/lexer.hpp"
#include "core/runtime.hpp"
#include "fs/filesystem.hpp"

namespace board {

// Mounts the filesystem region hal::flash_fs_region gives (a fresh random start index each time, as the
// firmware does at every boot) and installs the import hook. Call after core::init and again after a soft
// reset or after the port rewrote the flash. False: the region is unusable (files then raise OSError EIO).
bool flash_fs_init();
// The mounted volume, mounting on first use; nullptr with OSError(EIO) pending when it cannot be mounted.
fs::Fs* flash_fs();
// Raises OSError(err) as MicroPython's ports do (args == (err,), e.errno == err) and returns null.
core::Value raise_os_error(int err);

// Import from the filesystem: `name` (no dots: the filesystem is flat) -> a reader of "name.py" (as
// flash_open_source); *path is the file name.
bool flash_find_module(const char* name, size_t name_len, bool package_init, core::SourceReader* reader,
                       const char** path);

// A reader of the file for compiling it (main.py at boot), or false when there is none. One file at a time:
// the reader stays valid until the next call (compiling runs no code, so no import comes between).
bool flash_open_source(std::string_view name, core::SourceReader* reader);

// Python-facing objects (registered in core/builtins.cpp and core/modules.cpp).
extern const core::NativeFunction open_builtin;  // open(name, mode='r')
extern const core::AttrTable os_module_table;
extern const core::Type text_io_type, bytes_io_type;

}  // namespace board
