# errno constants and OSError.errno
import errno
print(errno.ENOENT, errno.EEXIST, errno.EINVAL, errno.EACCES if hasattr(errno, "EACCES") else 13)
try:
    open("/definitely/not/here.txt")
except OSError as e:
    print(type(e).__name__ in ("OSError", "FileNotFoundError"), e.args[0] == errno.ENOENT)
print(errno.errorcode[errno.ENOENT] if hasattr(errno, "errorcode") else "ENOENT")
