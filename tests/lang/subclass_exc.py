# Exception subclasses: extra fields, super().__init__, multiple bases.
class AppError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code

    def __str__(self):
        return "[%d] %s" % (self.code, self.args[0])


class NotFound(AppError, KeyError):
    pass


try:
    raise NotFound("missing", 404)
except KeyError as e:
    print(type(e).__name__, e, repr(e.args), e.code, isinstance(e, LookupError))
try:
    raise AppError("bad", 500)
except Exception as e:
    print(str(e), e.code)


class Quiet(ValueError):
    pass


try:
    int("q")
except ValueError as e:
    q = Quiet(*e.args)
    print(repr(q), q.args)
print([c.__name__ for c in NotFound.__mro__])
