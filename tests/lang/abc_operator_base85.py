# abc's deprecated abstract descriptors, operator.matmul/imatmul, and
# base64's Ascii85 and Base85.
import abc
import base64
import operator


class Base(abc.ABC):
    @abc.abstractclassmethod
    def make(cls):
        return 'base make ' + cls.__name__

    @abc.abstractstaticmethod
    def helper(x):
        return x * 2

    @abc.abstractproperty
    def size(self):
        return 0


print(sorted(Base.__abstractmethods__))
try:
    Base()
except TypeError as e:
    print('TypeError', str(e).startswith("Can't instantiate abstract class Base"))


class Impl(Base):
    @classmethod
    def make(cls):
        return 'impl ' + cls.__name__

    @staticmethod
    def helper(x):
        return x + 1

    @property
    def size(self):
        return 3


i = Impl()
print(Impl.__abstractmethods__, i.make(), Impl.helper(4), i.size)
print(Base.make(), Base.helper(5))
print(isinstance(Base.__dict__['make'], classmethod), isinstance(Base.__dict__['helper'], staticmethod),
      isinstance(Base.__dict__['size'], property))
print(Base.__dict__['make'].__isabstractmethod__, Base.__dict__['make'].__func__.__isabstractmethod__)


class Partial(Base):
    @classmethod
    def make(cls):
        return 1


print(sorted(Partial.__abstractmethods__))


class WithSetter(abc.ABC):
    x = abc.abstractproperty(lambda self: 1, lambda self, v: None)


print(sorted(WithSetter.__abstractmethods__), WithSetter.__dict__['x'].__isabstractmethod__)


# operator.matmul runs the @ protocol: forward, reflected, subclass first
class Mat:
    def __init__(self, rows):
        self.rows = rows

    def __matmul__(self, other):
        if not isinstance(other, Mat):
            return NotImplemented
        cols = list(zip(*other.rows))
        return Mat([[sum(a * b for a, b in zip(row, col)) for col in cols] for row in self.rows])

    def __rmatmul__(self, other):
        if isinstance(other, (int, float)):
            return Mat([[other * x for x in row] for row in self.rows])
        return NotImplemented

    def __repr__(self):
        return 'Mat(%r)' % (self.rows,)


class InPlace(Mat):
    def __imatmul__(self, other):
        self.rows = operator.matmul(self, other).rows
        return self

    def __rmatmul__(self, other):
        return 'subclass first'


a = Mat([[1, 2], [3, 4]])
b = Mat([[0, 1], [1, 0]])
print(operator.matmul(a, b), operator.matmul(2, a))
print(operator.matmul(a, InPlace([[1]])))
x = InPlace([[1, 2], [3, 4]])
y = operator.imatmul(x, b)
print(y is x, x)
z = operator.imatmul(a, b)
print(z is a, z, a)
for left, right in ((a, 'str'), (1, 2), ('s', a)):
    try:
        operator.matmul(left, right)
    except TypeError as e:
        print('TypeError', e)
try:
    operator.imatmul([1], [2])
except TypeError as e:
    print('TypeError', e)

# Ascii85
data = b'Man is distinguished, not only by his reason'
enc = base64.a85encode(data)
print(enc)
print(base64.a85decode(enc) == data)
for raw in (b'', b'a', b'ab', b'abc', b'abcd', b'\0\0\0\0', b'\0\0\0\0x', b'\0', b'    ', b'\xff\xff\xff\xff'):
    e1 = base64.a85encode(raw)
    e2 = base64.a85encode(raw, pad=True)
    e3 = base64.a85encode(raw, foldspaces=True)
    print(raw, e1, e2, e3, base64.a85decode(e1) == raw, base64.a85decode(e3, foldspaces=True) == raw)
print(base64.a85encode(data, adobe=True))
print(base64.a85encode(data, wrapcol=20))
print(base64.a85encode(b'12345678', adobe=True, wrapcol=6))
print(base64.a85encode(b'1234', adobe=True, wrapcol=1))
print(base64.a85decode(base64.a85encode(data, adobe=True, wrapcol=7), adobe=True) == data)
print(base64.a85decode('<~9jqo^~>', adobe=True), base64.a85decode('9jqo^~>', adobe=True))
print(base64.a85decode(b'9jq o^\nBl', ignorechars=b' \n'), base64.a85decode(bytearray(b'z')))
print(base64.a85encode(bytearray(b'hi')), base64.a85encode(memoryview(b'hi')))
for bad, kw in ((b'abc~>', {'adobe': True}), (b'9jqo^~', {'adobe': True}), (b'ab{', {}), (b'abz', {}),
                (b'aby', {'foldspaces': True}), (b's8W-"', {}), ('é', {})):
    try:
        base64.a85decode(bad, **kw)
    except ValueError as e:
        print('ValueError', e)

# Base85
enc = base64.b85encode(data)
print(enc, base64.b85decode(enc) == data)
for raw in (b'', b'a', b'ab', b'abc', b'abcd', b'\0\0\0\0', b'\xff\xff\xff\xff', b'hello world'):
    e1 = base64.b85encode(raw)
    e2 = base64.b85encode(raw, pad=True)
    print(raw, e1, e2, base64.b85decode(e1) == raw, base64.b85decode(e2)[:len(raw)] == raw)
print(base64.b85decode('VPa!sWoBn+X=-b1ZEkOHadLBXb#`}nd3r%YLqtVJM@UIZOH55pPf$@(Q&d$}S6EqEFflSSG&MFiI5{CeBQRbjDkv#CIy^osE+AW7dwl'))
for bad in (b'|NsC0|', b'abc"', b'ab\x80'):
    try:
        base64.b85decode(bad)
    except ValueError as e:
        print('ValueError', e)
