import typing, types
u = int | str
print(u, repr(u), type(u), u.__args__, int | None, None | int, (int | str) | float, int | int, type(int|int))
print(u == (str | int), hash(u) == hash(str|int), u == typing.Union[int, str], isinstance(1, u), isinstance(None, int | None), issubclass(bool, int | str))
print(list[int] | None, int | list[int], type(list[int] | None))
try: int | 3
except TypeError as e: print(e)
def f(x: int | None = None) -> str | bytes: pass
print(f.__annotations__)
print(types.UnionType, u.__parameters__)
print(isinstance(3, int | str | None), isinstance(3.5, int | str), dict | list, {int | str: 1})
class A: pass
class B(A): pass
print(A | B, issubclass(B, A | int), isinstance(B(), str | A))
try: isinstance(1, int | list[int])
except TypeError as e: print(e)
print(isinstance("x", int | list[int]) if False else 0)
try: isinstance("x", int | list[int])
except TypeError as e: print(e)
print(isinstance(1, int | list[int]))
