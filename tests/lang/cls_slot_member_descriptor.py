# A __slots__ member descriptor drives the slot through __get__, __set__
# and __delete__, and names itself, as python3's member_descriptor does.
class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1


class Sub(Slotted):
    pass


s = Slotted()
m = Slotted.__dict__['a']
print(type(m).__name__, m.__name__, m.__qualname__, m.__objclass__.__name__, repr(m))
print(m.__get__(s), m.__get__(s, Slotted), m.__get__(None, Slotted) is m, Slotted.a is m)
m.__set__(s, 5)
print(s.a, m.__get__(Sub()))
m.__delete__(s)
print(hasattr(s, 'a'))
for f in (lambda: m.__get__(s), lambda: m.__delete__(s), lambda: m.__get__(3),
          lambda: m.__set__('x', 1), lambda: Slotted.b.__get__(s)):
    try:
        f()
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
