# Without MBPY_MOD_VFS (the device, as the original firmware): no vfs module; os keeps the filesystem.
import os

try:
    import vfs
except ImportError as e:
    print("ImportError", e)
print("statvfs" in dir(os), "listdir" in dir(os))
