# add_note / __notes__, and traceback's format_exception / print_exc for notes and groups.
import io
import re
import sys
import traceback


def attempt(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)


print("-- add_note")
e = ValueError("v")
print(hasattr(e, "__notes__"))
print(e.add_note("first"), e.__notes__)
e.add_note("second\nline")
print(e.__notes__, e.__dict__)
attempt(lambda: e.add_note(3))
attempt(lambda: e.add_note(b"x"))
attempt(lambda: e.add_note())
attempt(lambda: e.add_note("a", "b"))
e.__notes__ = ("tuple",)
attempt(lambda: e.add_note("x"))
del e.__notes__
e.add_note("fresh")
print(e.__notes__)


class StrNote(str):
    pass


g = KeyError("k")
g.add_note(StrNote("a str subclass"))
print(type(g.__notes__[0]).__name__)
eg = ExceptionGroup("eg", [ValueError(1)])
eg.add_note("on a group")
print(eg.__notes__)


def clean(text):
    # python3 names the main file by its absolute path
    return re.sub(r'File ".*/([^/"]+)"', r'File "\1"', text)


def fmt(exc, chain=True):
    return clean("".join(traceback.format_exception(type(exc), exc, exc.__traceback__, chain=chain)))


print("-- format_exception")


def raiser(exc):
    raise exc


def caught(exc):
    try:
        raiser(exc)
    except BaseException as e:
        return e


v = caught(ValueError("with notes"))
v.add_note("note one")
v.add_note("note two\nsecond line")
print(fmt(v), end="")
s = ValueError("strange")
s.__notes__ = 42
print(fmt(s), end="")


class BadStr:
    def __str__(self):
        raise RuntimeError("no")


b = ValueError("bad note")
b.__notes__ = ["ok", BadStr()]
print(fmt(b), end="")
print(traceback.format_exception_only(type(v), v))

print("-- groups")
inner = caught(ExceptionGroup("inner", [caught(TypeError("t")), KeyError("k")]))
try:
    try:
        raiser(OSError("first"))
    except OSError:
        raiser(ExceptionGroup("outer", [ValueError(1), inner]))
except ExceptionGroup as e:
    outer = e
outer.add_note("outer note")
print(fmt(outer), end="")
print(fmt(outer, chain=False), end="")
wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
print(fmt(wide), end="")
print("".join(traceback.TracebackException.from_exception(wide, max_group_width=2).format()), end="")
deep = ExceptionGroup("d0", [KeyError(0)])
for level in range(1, 4):
    deep = ExceptionGroup("d%d" % level, [deep])
print("".join(traceback.TracebackException.from_exception(deep, max_group_depth=1).format()), end="")
try:
    raiser(ExceptionGroup("printed", [ValueError("x")]))
except ExceptionGroup:
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(clean(buf.getvalue()), end="")
    buf = io.StringIO()
    traceback.print_exc(file=buf)
    print(buf.getvalue() == traceback.format_exc())
