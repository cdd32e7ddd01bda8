# An uncaught exception group: CPython 3.11 boxes on stderr, notes after each message.
print("before")
def f():
    raise ValueError("inner")
def g():
    try:
        f()
    except ValueError as e:
        e.add_note("note on inner")
        e.add_note("two\nlines")
        raise TypeError("ctx")
excs = []
for h in (f, g):
    try:
        h()
    except Exception as e:
        excs.append(e)
excs.append(ExceptionGroup("nested", [KeyError("k"), OSError(2, "nope")]))
try:
    raise ExceptionGroup("nested2", [ZeroDivisionError()])
except ExceptionGroup as e:
    excs.append(e)
excs.append(ExceptionGroup("wide", [ValueError(i) for i in range(17)]))
deep = ExceptionGroup("level 0", [KeyError(0)])
for level in range(1, 12):
    deep = ExceptionGroup("level %d" % level, [deep])
excs.append(deep)
bad = ValueError("odd notes")
bad.__notes__ = ("tuple note", 7)
excs.append(bad)
eg = ExceptionGroup("top", excs)
eg.add_note("group note")
raise eg
