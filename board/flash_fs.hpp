// The runtime's mounted flash filesystem (over the hal flash functions), its Python modules (os, open)
// and the hook that lets `import name` find name.py on it.
#pragma once
#include <cstddef>

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

// Import from the filesystem: `name` (no dots: the filesystem is flat) -> the bytes of "name.py". The
// data lives in a GC block that stays valid until the next call; *path is the file name.
bool flash_find_module(const char* name, size_t name_len, bool package_init, const char** data, size_t* len,
                       const char** path);

// The whole content of a file as bytes (for the port's boot: main.py), or null: OSError pending
// (ENOENT when missing).
core::Value flash_read_file(std::string_view name);

// Python-facing objects (registered in core/builtins.cpp and core/modules.cpp).
extern const core::NativeFunction open_builtin;  // open(name, mode='r')
extern const core::AttrTable os_module_table;
extern const core::Type text_io_type, bytes_io_type;

}  // namespace board
