import traceback, io, sys
def fail():
    raise KeyError("missing")
try:
    fail()
except KeyError as e:
    exc = e
lines = traceback.format_exception(exc)
print(lines[0], end=""); print(lines[-1], end="")
print(len(lines) == len(traceback.format_exception(type(exc), exc, exc.__traceback__)))
print(traceback.format_exception(ValueError("v")), traceback.format_exception(ValueError("v"), limit=0)[-1], end="")
print(traceback.format_exception_only(exc), traceback.format_exception_only(KeyError, exc), traceback.format_exception_only(None))
buf = io.StringIO(); traceback.print_exception(exc, file=buf); print(buf.getvalue().splitlines()[-1])
buf = io.StringIO(); traceback.print_exception(type(exc), exc, None, file=buf); print(buf.getvalue())
try: traceback.format_exception(exc, exc)
except ValueError as e: print("ValueError:", e)
try:
    try: 1 / 0
    except ZeroDivisionError as z: raise RuntimeError("wrapped") from z
except RuntimeError as r:
    text = "".join(traceback.format_exception(r))
    print(text.count("Traceback"), "direct cause" in text, text.splitlines()[-1])
    print("".join(traceback.format_exception(r, chain=False)).count("Traceback"))
