# dict.fromkeys: a classmethod, also through an instance and a subclass
# (whose __setitem__ it uses); the keys in iteration order.
print(dict.fromkeys([1, 2, 2, 3]), dict.fromkeys('abc', 0), dict.fromkeys(range(3), []))
print({}.fromkeys(('x', 'y'), None), dict.fromkeys(iter([])), dict.fromkeys({'k': 1}, 5))
d = dict.fromkeys('ab', [])
d['a'].append(1)
print(d)


class Logged(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v * 2)


x = Logged.fromkeys([1, 2], 10)
print(type(x).__name__, x, isinstance(x, Logged))


class Plain(dict):
    pass


p = Plain.fromkeys('ab')
print(type(p).__name__, p)
print(dict.fromkeys.__name__)
for bad in [lambda: dict.fromkeys(), lambda: dict.fromkeys(1), lambda: dict.fromkeys([[1]]),
            lambda: dict.fromkeys('a', 1, 2), lambda: dict.fromkeys(x for x in [1, {}])]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
