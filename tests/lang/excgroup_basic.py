# BaseExceptionGroup / ExceptionGroup: construction, attributes, split, subgroup, derive.
import pickle


def attempt(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)


print("-- construction")
attempt(lambda: BaseExceptionGroup(1, [ValueError()]))
attempt(lambda: BaseExceptionGroup("m", 5))
attempt(lambda: BaseExceptionGroup("m", {ValueError()}))
attempt(lambda: BaseExceptionGroup("m", []))
attempt(lambda: BaseExceptionGroup("m", [1]))
attempt(lambda: BaseExceptionGroup("m", [ValueError(), 1]))
attempt(lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt(lambda: BaseExceptionGroup("m", [ValueError()], x=1))
attempt(lambda: BaseExceptionGroup("m"))
attempt(lambda: BaseExceptionGroup())
attempt(lambda: BaseExceptionGroup("m", [ValueError()], 3))
print(type(BaseExceptionGroup("m", [ValueError()])).__name__)
print(type(BaseExceptionGroup("m", [ValueError(), KeyboardInterrupt()])).__name__)
print(type(BaseExceptionGroup("m", (ExceptionGroup("n", [OSError()]),))).__name__)
print(ExceptionGroup, BaseExceptionGroup)
print(ExceptionGroup.__mro__)
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception))

print("-- attributes")
excs = [ValueError(1), TypeError("two")]
eg = ExceptionGroup("msg", excs)
print(eg.message, eg.exceptions, type(eg.exceptions).__name__, eg.args)
print(eg.args[1] is excs, eg.exceptions[0] is excs[0])
print(str(eg), "|", repr(eg))
print(str(ExceptionGroup("one", [ValueError()])))
print(str(BaseExceptionGroup("", [KeyboardInterrupt()])))
attempt(lambda: setattr(eg, "message", "x"))
attempt(lambda: setattr(eg, "exceptions", ()))
print(isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))
try:
    raise eg
except Exception as caught:
    print("caught", caught is eg)

print("-- derive")
d = eg.derive([KeyError("k")])
print(type(d).__name__, repr(d), d.message)
print(type(eg.derive([SystemExit(1)])).__name__)
attempt(lambda: eg.derive())
attempt(lambda: eg.derive([]))
attempt(lambda: BaseExceptionGroup.derive(ValueError(), []))

print("-- split and subgroup")
inner = ExceptionGroup("inner", [TypeError(3), ValueError(4)])
eg = ExceptionGroup("outer", [ValueError(1), TypeError(2), inner])
m, r = eg.split(ValueError)
print(repr(m))
print(repr(r))
print(repr(eg.subgroup(TypeError)))
print(repr(eg.split((KeyError, TypeError))))
print(repr(eg.split(KeyError)))
print(repr(eg.subgroup(KeyError)))
print(eg.split(Exception) == (eg, None), eg.subgroup(ExceptionGroup) is eg)
print(eg.split(lambda e: False)[1] is eg, eg.subgroup(lambda e: True) is eg)
print(repr(eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(repr(eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == "inner")))
seen = []
eg.split(lambda e: seen.append(repr(e)) or False)
print(seen)
attempt(lambda: eg.split(3))
attempt(lambda: eg.split((ValueError, 3)))
attempt(lambda: eg.subgroup("x"))
attempt(lambda: eg.split(lambda e: 1 / 0))
attempt(lambda: eg.split())

print("-- metadata")
try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise ExceptionGroup("meta", [ValueError(1), TypeError(2)]) from OSError("cause")
except ExceptionGroup as e:
    g = e
g.add_note("a note")
m, r = g.split(ValueError)
for part in (m, r):
    print(repr(part), repr(part.__cause__), repr(part.__context__), part.__suppress_context__,
          part.__traceback__ is g.__traceback__, part.__notes__, part.__notes__ is g.__notes__)
plain = ExceptionGroup("plain", [ValueError(1), TypeError(2)])
m = plain.subgroup(ValueError)
print(m.__traceback__, m.__cause__, m.__context__, m.__suppress_context__, hasattr(m, "__notes__"))

print("-- subclasses")


class MyEG(ExceptionGroup):
    def derive(self, excs):
        return MyEG(self.message + "+", excs)


class Base(BaseExceptionGroup):
    pass


e = MyEG("mine", [ValueError(1), TypeError(2)])
print(repr(e), repr(e.split(ValueError)))
print(type(Base("b", [ValueError()])).__name__, type(Base("b", [SystemExit()])).__name__)
attempt(lambda: MyEG("m", [KeyboardInterrupt()]))


class WithCode(ExceptionGroup):
    def __new__(cls, message, excs, code):
        self = super().__new__(cls, message, excs)
        self.code = code
        return self

    def __init__(self, message, excs, code):
        super().__init__(message, excs)

    def derive(self, excs):
        return WithCode(self.message, excs, self.code)


w = WithCode("wc", [ValueError(1), TypeError(2)], 42)
print(w.code, w.args, repr(w.subgroup(TypeError)), w.subgroup(TypeError).code)
attempt(lambda: WithCode("wc", [SystemExit()], 1))
attempt(lambda: WithCode(1, [ValueError()], 1))


class Tagged(ValueError):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.tag = "from __new__"
        return self


t = Tagged(1, 2)
print(repr(t), t.args, t.tag)
print(repr(ValueError.__new__(ValueError, 3)), repr(BaseExceptionGroup.__new__(BaseExceptionGroup, "n", [KeyError()])))
attempt(lambda: BaseException.__new__(ExceptionGroup, "m", [ValueError()]))


class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 7


attempt(lambda: BadDerive("bad", [ValueError(), TypeError()]).split(ValueError))

print("-- pickle")
eg = ExceptionGroup("pick", [ValueError(1), ExceptionGroup("in", [KeyError("k")])])
eg.add_note("kept")
p = pickle.loads(pickle.dumps(eg))
print(type(p).__name__, repr(p), p.exceptions[1].exceptions, p.__notes__)
b = pickle.loads(pickle.dumps(BaseExceptionGroup("b", [SystemExit(2)])))
print(type(b).__name__, repr(b), b.exceptions[0].code)
