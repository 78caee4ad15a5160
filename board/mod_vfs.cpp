// The vfs module (an extension the firmware lacks): the flash filesystem as MicroPython's one root mount,
// so that tools written for other ports (mpremote's df) find it.
#include "board/flash_fs.hpp"
#include "board/modules.hpp"
#include "core/names.hpp"

#if MBPY_MOD_VFS  // core/config.hpp

namespace board {
using namespace core;

namespace {

constexpr int eperm = 1;  // errno: the one filesystem is always mounted at '/'

const Type vfs_flash_type = builtin_type({.name = &q_VfsMicrobit});
const Obj vfs_flash = {&vfs_flash_type};
constexpr Str root = const_str("/");

// mount() lists the mounts: [(<VfsMicrobit>, '/')]. mount(fs, path) and umount(path) are refused: the flash
// is the root, and there is nothing else to mount.
Value vfs_mount(const Args& a) {
    if (a.n_pos || a.n_kw) return raise_os_error(eperm);
    Value pair[2] = {Value(&vfs_flash), Value(&root)};
    Value t = make_tuple(2, pair);
    return t ? make_list(1, &t) : Value();
}
Value vfs_umount(const Args&) { return raise_os_error(eperm); }

constexpr NativeFunction mount_fn = native(q_mount, vfs_mount, 0, 3, true);
constexpr NativeFunction umount_fn = native(q_umount, vfs_umount, 1, 1);

const AttrEntry vfs_entries[] = {{&q_dunder_name, &q_vfs}, {&q_mount, &mount_fn}, {&q_umount, &umount_fn}};

}  // namespace

const AttrTable vfs_module_table = {vfs_entries, sizeof vfs_entries / sizeof vfs_entries[0]};

}  // namespace board

#endif  // MBPY_MOD_VFS
