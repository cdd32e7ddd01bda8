# C[key] on a class whose metaclass is written in Python but has no
# __getitem__ (abc.ABCMeta) is the class's own __class_getitem__ (PEP 560),
# as in python3; a metaclass's __getitem__ still comes first.
import abc


class Registry(abc.ABC):
    def __class_getitem__(cls, item):
        return "Registry of %s" % item.__name__


class Plain(abc.ABC):
    pass


class Sub(Registry):
    pass


print(Registry[int], Sub[str])
try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)


class Meta(type):
    def __getitem__(cls, key):
        return ("Meta.__getitem__", key)


class Both(metaclass=Meta):
    def __class_getitem__(cls, key):
        return "never"


print(Both[1])
try:
    Plain()[0]
except TypeError as e:
    print("TypeError:", e)
