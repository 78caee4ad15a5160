# vfs (an extension: MicroPython's one-root mount table, for mpremote's df) and os.statvfs of its mount.
import os
import vfs

mounts = vfs.mount()
print(len(mounts), [m[1] for m in mounts], type(mounts[0][0]).__name__)
st = os.statvfs(mounts[0][1])
print(st[0], st[1], st[2] == st[5], st[3] <= st[2], st[9])
for call in (lambda: vfs.mount(mounts[0][0], '/'), lambda: vfs.umount('/')):
    try:
        call()
    except OSError as e:
        print('OSError', e.errno)
st = os.stat('/')
print(hex(st[0]))
open('t', 'a').close()  # mpremote's fs touch
print(os.listdir(), os.size('t'))
