# exception classes with methods and class attributes
class HttpError(Exception):
    status = 500
    def describe(self):
        return "%d %s" % (self.status, self.args[0] if self.args else "")
class NotFound(HttpError):
    status = 404
for exc in (HttpError("oops"), NotFound("missing"), NotFound()):
    try:
        raise exc
    except HttpError as e:
        print(type(e).__name__, e.describe(), isinstance(e, NotFound))
