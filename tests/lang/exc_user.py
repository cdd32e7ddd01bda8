# User exception classes.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, key):
        Exception.__init__(self, "not found: " + key)
        self.key = key
class WithStr(Exception):
    def __str__(self):
        return "custom str"
try:
    raise NotFound("x")
except AppError as e:
    print(type(e).__name__, e, e.key, e.args)
try:
    raise AppError("a", 1)
except AppError as e:
    print(e, repr(e), e.args)
try:
    raise WithStr("ignored")
except Exception as e:
    print(e, e.args)
try:
    raise NotFound("y")
except NotFound:
    print("caught by exact class")
try:
    raise AppError()
except NotFound:
    print("wrong")
except AppError as e:
    print("caught by base, str is empty:", repr(str(e)))
print(isinstance(NotFound("z"), Exception), isinstance(NotFound("z"), BaseException))
class Flow(BaseException):
    pass
try:
    try:
        raise Flow()
    except Exception:
        print("Exception does not catch BaseException subclasses")
except BaseException as e:
    print("BaseException caught", type(e).__name__)
