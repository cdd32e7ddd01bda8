# User generic classes through typing.Generic: subscripted they make their
# own instances (remembering the alias), their type variables are collected
# from the bases, and aliases of built-in classes work as bases.
from typing import Dict, Generic, List, TypeVar

T = TypeVar('T')
S = TypeVar('S')


class Box(Generic[T]):
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item


b = Box[int](3)
print(b.get(), Box.__parameters__, Box[int], type(b).__name__, b.__orig_class__)
print(Box.__mro__, Box(4).get())


class IntBox(Box[int]):
    pass


print(IntBox.__mro__, IntBox.__orig_bases__, IntBox.__parameters__, IntBox(5).get())


class Pair(Generic[T, S]):
    def __init__(self, a: T, b: S):
        self.a, self.b = a, b


print(Pair[int, str], Pair[int, str](1, 'x').b, Pair.__parameters__, Pair[int, T][str])


class Tagged(Box[T], Generic[T]):
    pass


print(Tagged.__parameters__, Tagged[float](2.5).get())


class MyList(List[int]):
    def total(self):
        return sum(self)


ml = MyList([1, 2, 3])
print(ml, ml.total(), MyList.__mro__, isinstance(ml, list))


class Registry(Dict[str, T]):
    pass


r = Registry[int](a=1)
print(r, Registry.__parameters__, type(r).__name__)

for make in (lambda: type('Bad', (Generic[T], Generic[S]), {}),
             lambda: Box[int, str],
             lambda: Generic[int],
             lambda: Generic[T, T],
             lambda: Generic[()]):
    try:
        make()
    except TypeError as e:
        print("TypeError:", e)
try:
    class Twice(Generic[T], Generic[S]):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Missing(Box[S], Generic[T]):
        pass
except TypeError as e:
    print("TypeError:", e)
