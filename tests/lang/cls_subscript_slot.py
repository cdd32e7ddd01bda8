# Who answers x[key]: x's type's __getitem__, else for a class its
# __class_getitem__ (PEP 560), else "not subscriptable".  A metaclass
# without a __getitem__ of its own (abc.ABCMeta) leaves C[key] to the
# class, also when __getitem__ is set on or deleted from it afterwards.
import abc
import typing


def show(f):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)


show(lambda: list[int])
show(lambda: dict[str, int])
show(lambda: type[int])
show(lambda: typing.List[int])
T = typing.TypeVar("T")


class G(typing.Generic[T]):
    pass


show(lambda: G[int])


class Own:
    def __class_getitem__(cls, key):
        return ("Own.__class_getitem__", cls.__name__, key)


class OwnSub(Own):
    pass


show(lambda: Own[1])
show(lambda: OwnSub[2])


class Abstract(abc.ABC):
    def __class_getitem__(cls, key):
        return ("Abstract", key)


show(lambda: Abstract[3])


class M(type):
    pass


class N(M):
    pass


class ByN(metaclass=N):
    def __class_getitem__(cls, key):
        return ("ByN.__class_getitem__", key)


class Bare(metaclass=M):
    pass


show(lambda: ByN[4])
show(lambda: Bare[4])
M.__getitem__ = lambda cls, key: ("M.__getitem__", cls.__name__, key)
show(lambda: ByN[5])
show(lambda: Bare[5])
del M.__getitem__
show(lambda: ByN[6])
show(lambda: Bare[6])


class Seq:
    def __getitem__(self, i):
        return i * 2


class Empty:
    pass


show(lambda: Seq()[7])
show(lambda: Empty()[7])
Empty.__getitem__ = lambda self, i: ("late", i)
show(lambda: Empty()[8])
show(lambda: Empty[8])
one = 1
show(lambda: one[0])
show(lambda: int[0])
show(lambda: abc.ABC[0])
print("%s" % Abstract)
print("%s" % Bare)
