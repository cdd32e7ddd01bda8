# bytes(x) asks x's class for __bytes__ before anything else
class B:
    def __bytes__(self):
        return b'from B'


class S(str):
    def __bytes__(self):
        return b'from S'


class Bad:
    def __bytes__(self):
        return 'text'


class Sub(bytes):
    pass


class Iter:
    def __iter__(self):
        return iter([65, 66])


print(bytes(B()), bytes(S('x')), bytes(Iter()), bytes(Sub(b'sub')))
try:
    bytes(Bad())
except TypeError as e:
    print('TypeError', e)
b = B()
b.__bytes__ = lambda: b'instance'
print(bytes(b))
