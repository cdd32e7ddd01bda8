# iter(callable, sentinel): calls until a result equals the sentinel.
import io
import gc

stack = [None, 3, 2, 1]
print(list(iter(stack.pop, None)), stack)

# The sentinel compares with ==, so 1.0 ends a stream of ints at 1.
n = [0]
def count():
    n[0] += 1
    return n[0]
print(list(iter(count, 4.0)))

# Reading fixed-size blocks until b'' is the idiom programs use it for.
f = io.BytesIO(b"abcdefgh")
print([blk for blk in iter(lambda: f.read(3), b"")])

# StopIteration from the callable ends it too; so does exhaustion stay.
def stopper():
    raise StopIteration
it = iter(stopper, 0)
print(list(it), list(it), type(it).__name__, iter(it) is it)

# Once exhausted it does not call again.
calls = []
def once():
    calls.append(1)
    return "end"
it = iter(once, "end")
print(list(it), next(it, "done"), len(calls))

# Other exceptions pass through, and the iterator can be retried.
state = {"fail": True}
def flaky():
    if state["fail"]:
        state["fail"] = False
        raise ValueError("flaky")
    return None
it = iter(flaky, None)
try:
    next(it)
except ValueError as e:
    print("ValueError", e)
print(list(it))

# The sentinel's __eq__ decides, and its errors propagate.
class Sent:
    def __eq__(self, other):
        if other == "boom":
            raise RuntimeError("eq failed")
        return other == "stop"
vals = iter(["a", "b", "stop", "c"])
print(list(iter(lambda: next(vals), Sent())))
vals2 = iter(["boom"])
try:
    list(iter(lambda: next(vals2), Sent()))
except RuntimeError as e:
    print("RuntimeError", e)

for bad in [(1, 2), (), (len, 1, 2)]:
    try:
        iter(*bad)
    except TypeError as e:
        print("TypeError", e)
try:
    iter(len, sentinel=1)
except TypeError as e:
    print("TypeError", e)
try:
    next()
except TypeError as e:
    print("TypeError", e)

# It keeps its callable alive only until exhausted.
class Src:
    def __call__(self):
        return 0
import weakref
s = Src()
r = weakref.ref(s)
it = iter(s, 0)
del s
gc.collect()
print(r() is not None)
list(it)
gc.collect()
print(r() is None)
