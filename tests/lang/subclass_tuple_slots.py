# A tuple subclass with __slots__ = () has no dict, yet its instances
# still hold every item (the value is as long as the tuple, not the class).
class Pair(tuple):
    __slots__ = ()

    @property
    def first(self):
        return self[0]


class Long(Pair):
    __slots__ = ()


Named = type('Named', (Pair,), {'__slots__': ()})

for cls in (Pair, Long, Named):
    t = cls(range(20))
    print(cls.__name__, len(t), t[-1], t.first, sum(t), t[5:8], type(t[5:8]).__name__)
    print(hasattr(t, '__dict__'))
    try:
        t.x = 1
    except AttributeError as e:
        print('AttributeError', e)
big = [Long((i, str(i), [i])) for i in range(100)]
print(sum(x[0] for x in big), big[42][1], big[99][2])
print(Long(()) == (), Long((1, 2)) == (1, 2), hash(Long((1, 2))) == hash((1, 2)))
