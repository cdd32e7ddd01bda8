# reversed() of a dict and its views: iterators of their own types, newest
# first, that see the dict live (a change of size is a RuntimeError, as for
# the forward ones) and give a length hint.
import operator


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, 'EXC', type(e).__name__, e)


d = {'a': 1, 'b': 2, 'c': 3}
print([type(reversed(x)).__name__ for x in (d, d.keys(), d.values(), d.items())])
print(list(reversed(d)), list(reversed(d.values())), list(reversed(d.items())))
print([type(iter(x)).__name__ for x in (d, d.keys(), d.values(), d.items())])


def grow():
    r = reversed(d)
    next(r)
    d['z'] = 1
    return list(r)


show('grow', grow)
del d['z']


def shrink():
    r = reversed(d.items())
    next(r)
    del d['a']
    return list(r)


show('shrink', shrink)
d['a'] = 1
r = reversed(d)
d['b'] = 20     # same size: carries on
print(list(r), operator.length_hint(r))
r = reversed(d)
print(operator.length_hint(r), next(r), operator.length_hint(r), r.__length_hint__())
it = iter(d.items())
next(it)
print(operator.length_hint(it), list(it), operator.length_hint(it))
q = {i: i for i in range(10)}
for i in range(7):
    del q[i]          # deleted from the front
print(list(reversed(q)), list(reversed({})))


class Sub(dict):
    pass


print(list(reversed(Sub(x=1, y=2))), type(reversed(Sub(x=1))).__name__)
big = dict.fromkeys(range(1000))
for i in range(0, 1000, 2):
    del big[i]
big['new'] = 1
print(list(reversed(big))[:4], len(list(reversed(big))))
