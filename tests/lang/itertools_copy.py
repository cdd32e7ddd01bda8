# copy.copy of itertools' iterators continues where the original is (the two
# share their source, as python3's shallow copy does); types whose state is
# not exported refuse rather than come back empty.
import itertools as it, copy, pickle
def show(label, f):
    try: print(label, repr(f()))
    except Exception as e: print(label, 'EXC', type(e).__name__, e)
def cp(make, adv, how):
    o = make()
    for _ in range(adv): next(o)
    c = how(o)
    return type(c).__name__, list(c), list(o)
cases = [('chain', lambda: it.chain([1, 2], [3], (4, 5))), ('chain0', lambda: it.chain()),
         ('islice', lambda: it.islice(iter(range(20)), 2, 15, 3)), ('islice1', lambda: it.islice(iter(range(20)), 5)),
         ('starmap', lambda: it.starmap(pow, [(2, 3), (3, 2), (4, 2)])),
         ('filterfalse', lambda: it.filterfalse(None, [0, 1, 0, 2, 3])),
         ('compress', lambda: it.compress('abcdef', [1, 0, 1, 1, 0, 1])),
         ('takewhile', lambda: it.takewhile(lambda x: x < 4, [1, 2, 3, 4, 1])),
         ('dropwhile', lambda: it.dropwhile(lambda x: x < 3, [1, 2, 3, 4, 1])),
         ('cycle', lambda: it.islice(it.cycle('abc'), 0, None) if False else it.cycle('abc'))]
for name, make in cases:
    for adv in (0, 1, 2, 4):
        if name == 'cycle':
            o = make()
            for _ in range(adv): next(o)
            c = copy.copy(o)
            print(name, adv, [next(c) for _ in range(7)], [next(o) for _ in range(3)])
            continue
        try:
            print(name, adv, cp(make, adv, copy.copy))
        except StopIteration:
            print(name, adv, 'stop')
t = it.takewhile(bool, [1, 0, 2]); list(t)
print(list(copy.copy(t)))
c = it.chain([1]); list(c)
print(list(copy.copy(c)))
for o in [it.pairwise('ab')]:
    show(type(o).__name__, lambda: list(copy.copy(o)))
for o in [it.count(4), it.repeat(2, 3)]:
    next(o)
    p = pickle.loads(pickle.dumps(o))
    print(type(p).__name__, [next(p) for _ in range(2)])
