# str() and repr() of exceptions.
for e in [ValueError("bad value"), ValueError(), ValueError("a", 2),
          KeyError("k"), KeyError(3), KeyError(), IndexError("idx"),
          TypeError("t"), ZeroDivisionError("division by zero"),
          RuntimeError("with 'quotes'"), Exception(None), OSError("os")]:
    print(repr(e), "|", str(e), "|", e.args)
try:
    {"a": 1}["b"]
except KeyError as e:
    print("KeyError str:", e, "repr:", repr(e))
try:
    {}[("t", 1)]
except KeyError as e:
    print(e)
try:
    {}[""]
except KeyError as e:
    print(e)
print(type(ValueError("x")).__name__, ValueError.__name__)
