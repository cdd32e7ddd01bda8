# The name bound by `except E as e` is deleted at the end of the handler.
e = "before"
try:
    raise ValueError("v")
except ValueError as e:
    print("inside:", e)
try:
    print(e)
except NameError as err:
    print("NameError:", err)
def f():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = type(exc).__name__
    try:
        return exc
    except UnboundLocalError:
        return "unbound, but saved is " + saved
print(f())
x = 1
try:
    pass
except Exception as x:
    pass
print("x untouched when no exception:", x)
