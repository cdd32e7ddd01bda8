# A function's assignable attributes: the fields (__name__, __qualname__,
# __module__, __defaults__, __kwdefaults__) with their type checks, and
# __doc__, __annotations__ and the rest in its __dict__.
def f(a, b=1, *, c=2):
    "doc"
    return a
f.__name__ = "g"; f.__qualname__ = "Q.g"; f.__module__ = "m"
print(f.__name__, f.__qualname__, f.__module__, repr(f).split(" at ")[0])
f.__defaults__ = (5,); f.__kwdefaults__ = {"c": 7}; print(f.__defaults__, f.__kwdefaults__)
f.__defaults__ = None; f.__kwdefaults__ = None; print(f.__defaults__, f.__kwdefaults__)
for attr, v in (("__name__", 1), ("__qualname__", None), ("__defaults__", 1), ("__kwdefaults__", [])):
    try:
        setattr(f, attr, v)
    except TypeError as e:
        print("TypeError", e)
try:
    del f.__name__
except TypeError as e:
    print("TypeError", e)
print(f.__doc__); f.__doc__ = "new"; print(f.__doc__); del f.__doc__; print(f.__doc__)
f.__annotations__ = {"a": int}; print(f.__annotations__); f.__annotations__ = None; print(f.__annotations__)
try:
    f.__annotations__ = 3
except TypeError as e:
    print("TypeError", e)
f.__wrapped__ = len; print(f.__wrapped__, "__wrapped__" in f.__dict__)
del f.__module__
print(f.__module__)
