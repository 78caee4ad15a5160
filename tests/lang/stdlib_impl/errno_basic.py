import errno
for name in ['EPERM', 'ENOENT', 'EIO', 'EBADF', 'EAGAIN', 'ENOMEM', 'EACCES', 'EEXIST', 'ENODEV', 'EISDIR', 'EINVAL',
             'ENOSPC', 'ETIMEDOUT', 'ENOTDIR', 'EROFS', 'ECONNRESET', 'EINPROGRESS', 'EALREADY']:
    v = getattr(errno, name)
    print(name, v, errno.errorcode[v])
print(type(errno.errorcode))
try:
    raise OSError(errno.ENOENT, 'missing')
except OSError as e:
    print(e.args[0] == errno.ENOENT)
