# user-defined exception classes
class AppError(Exception):
    pass
class ConfigError(AppError):
    def __init__(self, key):
        super().__init__("bad key: " + key)
        self.key = key
class Wrapped(Exception):
    def __init__(self, code, msg):
        self.code = code
        self.msg = msg
    def __str__(self):
        return "[%d] %s" % (self.code, self.msg)
try:
    raise ConfigError("speed")
except AppError as e:
    print(type(e).__name__, e.key, e.args, str(e))
try:
    raise Wrapped(404, "not found")
except Exception as e:
    print(str(e), e.code)
def check(v):
    if v < 0:
        raise ValueError("negative")
    return v
results = []
for v in (1, -1, 2):
    try:
        results.append(check(v))
    except ValueError as e:
        results.append(str(e))
print(results)
class WithDefault(Exception):
    def __init__(self, msg="default message"):
        super().__init__(msg)
try:
    raise WithDefault
except WithDefault as e:
    print(e)
