# Assigning an exception's links, as libraries do when they wrap errors:
# __cause__ (which hides the context, as `raise ... from`), __context__,
# __suppress_context__, __traceback__ and args; wrong types are refused.
class AppError(Exception):
    pass

def wrapped():
    try:
        {}["k"]
    except KeyError as e:
        err = AppError("lookup failed")
        err.__cause__ = e
        return err

e = wrapped()
print(type(e.__cause__).__name__, e.__suppress_context__, e.__context__)
e.__cause__ = None
print(e.__cause__, e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)

ctx = ValueError("ctx")
e.__context__ = ctx
print(e.__context__ is ctx)
e.__context__ = None
print(e.__context__)

try:
    raise OSError(2, "gone")
except OSError as x:
    tb = x.__traceback__
    print(type(tb).__name__)
    e.__traceback__ = tb
    print(e.__traceback__ is tb)
e.__traceback__ = None
print(e.__traceback__)

e.args = ["a", 2]
print(e.args, str(e), repr(e))
e.args = ()
print(repr(e))

for name, value in [("__cause__", 1), ("__context__", "s"), ("__traceback__", 3),
                    ("__suppress_context__", 1), ("args", 5)]:
    try:
        setattr(e, name, value)
    except TypeError as t:
        print(name, "TypeError:", t)
for name in ["__cause__", "__context__", "__traceback__", "__suppress_context__", "args"]:
    try:
        delattr(e, name)
    except TypeError as t:
        print(name, "TypeError:", t)

# The traceback printed for an uncaught exception follows the links.
def chained():
    try:
        1 / 0
    except ZeroDivisionError as z:
        err = RuntimeError("wrapped")
        err.__cause__ = z
        raise err

def context_hidden():
    try:
        [][1]
    except IndexError:
        err = LookupError("quiet")
        err.__suppress_context__ = True
        raise err

try:
    context_hidden()
except LookupError as q:
    print(q.__suppress_context__, type(q.__context__).__name__)
chained()
