# forwarding *args/**kwargs through wrappers
def target(a, b=0, *rest, c=None, **kw):
    return a, b, rest, c, sorted(kw.items())
def wrapper(*args, **kwargs):
    return target(*args, **kwargs)
print(wrapper(1), wrapper(1, 2, 3, c=4, d=5), wrapper(a=7), wrapper(*[1, 2], **{"c": 3}))
def defaults(**kw):
    opts = {"color": "red", "size": 3}
    opts.update(kw)
    return opts
print(defaults(), defaults(size=5), defaults(color="blue", extra=True))
def count_args(*a, **k):
    return len(a), len(k)
print(count_args(), count_args(1, 2, x=3), count_args(*range(10), **{str(i): i for i in range(4)}))
