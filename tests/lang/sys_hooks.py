# sys's hooks and descriptions: excepthook, displayhook, audit, call_tracing and the rest.
import builtins
import io
import sys

print(sys.excepthook is sys.__excepthook__, sys.displayhook is sys.__displayhook__)

# displayhook: repr on sys.stdout, remembered as builtins._; None is neither
builtins._ = "before"
print(sys.displayhook(None), builtins._)
sys.displayhook("text")
sys.displayhook([1, 2])
print(builtins._)
saved = sys.stdout
sys.stdout = io.StringIO()
sys.displayhook(3.5)
captured = sys.stdout.getvalue()
sys.stdout = saved
print(repr(captured), builtins._)
del builtins._

# the default excepthook writes the report to (a replaced) sys.stderr
try:
    raise KeyError("lost")
except KeyError as e:
    caught = e
saved = sys.stderr
sys.stderr = io.StringIO()
sys.__excepthook__(type(caught), caught, caught.__traceback__)
report = sys.stderr.getvalue()
sys.stderr = saved
lines = report.splitlines()
print(lines[0])
print(lines[-1])
try:
    sys.excepthook(1, 2)
except TypeError as e:
    print("TypeError", e)

# audit hooks hear events in order; this VM raises none of its own, so look at ours only
heard = []


def first(event, args):
    if event.startswith("test."):
        heard.append(("first", event, args))


def second(event, args):
    if event.startswith("test."):
        heard.append(("second", event, args))
    if event == "test.fail":
        raise ValueError("refused")


sys.audit("test.nohooks", 1)
sys.addaudithook(first)
sys.addaudithook(second)
sys.audit("test.one")
sys.audit("test.two", 1, "x", None)
try:
    sys.audit("test.fail", 5)
except ValueError as e:
    print("ValueError", e)
try:
    sys.audit(5)
except TypeError as e:
    print("TypeError", e)
for h in heard:
    print(h)


def veto(event, args):
    if event == "sys.addaudithook":
        raise RuntimeError("no more hooks")


sys.addaudithook(veto)
sys.addaudithook(veto)   # the first veto refuses this one, quietly
print("added")

print(sys.call_tracing(max, (3, 9, 4)), sys.call_tracing(str, ()))
try:
    sys.call_tracing(max, [1, 2])
except TypeError as e:
    print("TypeError", e)
print(sys.is_finalizing(), sys.getfilesystemencodeerrors())
print(sys.maxunicode, chr(sys.maxunicode) == "\U0010ffff")
print(type(sys.int_info).__name__, len(sys.int_info) >= 2)
print(sys.int_info.bits_per_digit <= 8 * sys.int_info.sizeof_digit)
print(sys.float_repr_style, type(sys.api_version).__name__)
names = sys.builtin_module_names
print(type(names).__name__, list(names) == sorted(names))
print("sys" in names, "builtins" in names, "os" in names)
for name in ("prefix", "exec_prefix", "base_prefix", "base_exec_prefix"):
    print(name, type(getattr(sys, name)).__name__)


# the VM hands an uncaught exception to a replaced excepthook
def hook(t, v, tb):
    print("hook:", t.__name__, v, tb is v.__traceback__, tb.tb_lineno)


sys.excepthook = hook
raise ValueError("uncaught")
