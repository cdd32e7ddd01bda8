# super() in both forms, cooperative __init__ along the MRO, classmethods.
class A:
    def __init__(self):
        print("A.__init__")
        super().__init__()

    def who(self):
        return "A"

    @classmethod
    def make(cls):
        return "made " + cls.__name__


class B(A):
    def __init__(self):
        print("B.__init__")
        super().__init__()

    def who(self):
        return "B>" + super().who()


class C(A):
    def __init__(self):
        print("C.__init__")
        super(C, self).__init__()

    def who(self):
        return "C>" + super(C, self).who()

    @classmethod
    def make(cls):
        return "C " + super().make()


class D(B, C):
    def __init__(self):
        print("D.__init__")
        super().__init__()

    def who(self):
        return "D>" + super().who()

    def cls_cell(self):
        return __class__.__name__


d = D()
print(d.who(), D.make(), d.cls_cell(), [k.__name__ for k in D.__mro__], [k.__name__ for k in D.__bases__])
print(super(B, d).who(), super(D, d).who(), isinstance(d, C), issubclass(D, A), issubclass(C, B))


class Mixin:
    def describe(self):
        return "%s of %d" % (type(self).__name__, len(self))


class Bag(Mixin, list):
    def append(self, v):
        super().append(v)
        super().append(v)


b = Bag([1])
b.append(2)
print(b.describe(), b, isinstance(b, list), [k.__name__ for k in Bag.__mro__])


class Reprs:
    def __repr__(self):
        return "Reprs!"


class R1(list, Reprs):
    pass


class R2(Reprs, list):
    pass


print(R1([1]), R2([1]), D.mro() == list(D.__mro__), D.__base__.__name__, Bag.__base__.__name__)
try:
    super(B, 3)
except TypeError as e:
    print(e)


def outside():
    return super().who()


try:
    outside()
except RuntimeError as e:
    print("RuntimeError", e)
