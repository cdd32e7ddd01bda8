# itertools' iterators are objects of their own types (not generators):
# type names, reprs, isinstance, subclassing, argument errors, and the
# corner cases of what they yield.
import itertools as it
import copy
import pickle


def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


names = ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress', 'dropwhile',
         'filterfalse', 'groupby', 'islice', 'starmap', 'takewhile', 'zip_longest',
         'product', 'permutations', 'combinations', 'combinations_with_replacement',
         'pairwise']
for n in names:
    t = getattr(it, n)
    print(n, type(t).__name__, t.__name__, t.__module__, repr(t))

objs = [it.count(), it.cycle('ab'), it.repeat(1), it.accumulate([1]), it.chain(),
        it.compress('a', [1]), it.dropwhile(bool, []), it.filterfalse(None, []),
        it.groupby(''), it.islice('', 1), it.starmap(pow, []), it.takewhile(bool, []),
        it.zip_longest(), it.product(), it.permutations(''), it.combinations('', 1),
        it.combinations_with_replacement('', 1), it.pairwise('')]
for o in objs:
    print(type(o).__name__, isinstance(o, getattr(it, type(o).__name__)), iter(o) is o)
print(type(it.tee('a')[0]), type(next(it.groupby('a'))[1]))

# python3's own reprs: count and repeat
for o in [it.count(), it.count(5), it.count(5, 2), it.count(0, 1.0), it.count(2.5),
          it.count(-3, -1), it.count(2 ** 70, 2 ** 65), it.repeat('a'), it.repeat('a', 3),
          it.repeat(None, -2), it.repeat([1, 2], 0)]:
    print(repr(o))
c = it.count(3)
next(c); next(c)
print(repr(c))
r = it.repeat('x', 2)
next(r)
print(repr(r), r.__length_hint__())
c = it.count(2 ** 63 - 2)
print(next(c), next(c), next(c), repr(c))
c = it.count(1.5, 0.5)
print(next(c), next(c), repr(c))
c = it.count(1j)
print(next(c), next(c))

# errors, in python3's words
show('count str', lambda: it.count('a'))
show('count step', lambda: it.count(1, 'a'))
show('repeat times', lambda: it.repeat('a', 'x'))
show('islice -1', lambda: it.islice([], -1))
show('islice stop', lambda: it.islice([], 1, -1))
show('islice start', lambda: it.islice([], -1, 2))
show('islice both', lambda: it.islice([], -1, -1))
show('islice str', lambda: it.islice([], 'a'))
show('islice big', lambda: it.islice([], 2 ** 70))
show('islice step0', lambda: it.islice([], 1, 2, 0))
show('islice stepstr', lambda: it.islice([], 1, 2, 'a'))
show('islice few', lambda: it.islice([]))
show('islice many', lambda: it.islice([], 1, 2, 3, 4))
show('islice noniter', lambda: it.islice(3, 1))
show('chain kw', lambda: it.chain(x=1))
show('chain lazy', lambda: type(it.chain(3)).__name__)
show('chain next', lambda: next(it.chain(3)))
show('cycle', lambda: it.cycle(3))
show('product', lambda: it.product(3))
show('product rep', lambda: it.product([1], repeat=-1))
show('perm r', lambda: it.permutations([1], -1))
show('comb r', lambda: it.combinations([1], -1))
show('cwr r', lambda: it.combinations_with_replacement([1], -1))
show('starmap', lambda: it.starmap(len))
show('takewhile', lambda: it.takewhile(len))
show('dropwhile', lambda: it.dropwhile(len, [], 3))
show('zip_longest', lambda: it.zip_longest(1))
show('tee n', lambda: it.tee([], -1))
show('pairwise', lambda: it.pairwise(1))
show('compress', lambda: it.compress(1, []))
show('starmap item', lambda: list(it.starmap(pow, [3])))

# classmethod and subclassing
print(list(it.chain.from_iterable(['ab', [1, 2], ()])))
print(list(it.chain.from_iterable(x for x in ['xy', 'z'])))


class Chain(it.chain):
    def __next__(self):
        return super().__next__() * 2


ch = Chain('ab', 'c')
print(type(ch).__name__, isinstance(ch, it.chain), list(ch))
print(type(Chain.from_iterable(['ab'])).__name__, list(Chain.from_iterable(['ab'])))


class Count(it.count):
    tag = 'mine'


k = Count(10, 5)
print(next(k), next(k), k.tag, repr(k))

# semantics
print(list(it.islice(range(20), 2, 15, 4)), list(it.islice('abc', None)),
      list(it.islice('abcdef', 1, None, 2)), list(it.islice('abc', 0)))
src = iter(range(10))
print(list(it.islice(src, 3)), next(src))
src = iter(range(10))
print(list(it.islice(src, 1, 3)), next(src))
print(list(it.islice(it.count(), 2 ** 62, 2 ** 62 + 2)) if False else 'skip')
print(list(it.product('ab', range(2))), list(it.product(repeat=0)), list(it.product('ab', [])))
print(list(it.product([1, 2], repeat=2)))
print(list(it.permutations(range(3))), list(it.permutations('abc', 2)))
print(list(it.permutations('ab', 3)), list(it.permutations('', 0)), list(it.permutations('a', 0)))
print(list(it.combinations(range(4), 2)), list(it.combinations('ab', 3)), list(it.combinations('', 0)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('', 0)),
      list(it.combinations_with_replacement('', 1)))
print(len(list(it.permutations(range(6)))), len(list(it.combinations(range(10), 4))))
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3], initial=10)),
      list(it.accumulate([], initial=5)), list(it.accumulate([3, 1, 4], max)),
      list(it.accumulate('abc')), list(it.accumulate([2, 3], func=lambda a, b: a * b)))
print(list(it.zip_longest('ab', 'xyz', fillvalue='-')), list(it.zip_longest()),
      list(it.zip_longest('a', [], '')))
print(list(it.pairwise('abcd')), list(it.pairwise('a')))
print(list(it.compress('abcdef', [1, 0, 1, 1])), list(it.compress('ab', [1, 1, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1, 5])),
      list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1, 5])))
tw = it.takewhile(lambda x: x < 3, iter([1, 5, 2]))
print(list(tw), list(tw))
print(list(it.filterfalse(None, [0, 1, '', 'a'])), list(it.filterfalse(lambda x: x % 2, range(6))))
print(list(it.starmap(pow, [(2, 3), [3, 2]])))
cy = it.cycle('abc')
print([next(cy) for _ in range(7)], list(it.cycle([])))
print(list(it.repeat(7, 3)), list(it.repeat(7, -1)))
print([(k, list(g)) for k, g in it.groupby('aaabccaa')])
print([(k, list(g)) for k, g in it.groupby([1, 2, 4, 5, 7], key=lambda x: x // 2)])
gs = list(it.groupby('aabbc'))
print([(k, list(g)) for k, g in gs])
gb = it.groupby('aabb')
k1, g1 = next(gb)
print(next(g1), k1)
k2, g2 = next(gb)
print(k2, list(g1), list(g2), list(gb))
a, b = it.tee(range(5))
print(next(a), next(a), list(b), list(a))
a, b, c = it.tee('xy', 3)
print(list(a), list(b), list(c), it.tee('z', 0))
t1, = it.tee(iter(range(200)), 1)
t2 = copy.copy(t1)
print(sum(t1), sum(t2), type(t2).__name__)
a, b = it.tee(range(3))
c, d = it.tee(a)
print(list(c), list(d), list(b), list(a))

# pickling and copying where python3 3.11 supports it
c = it.count(7, 3)
next(c)
c2 = pickle.loads(pickle.dumps(c))
print(type(c2).__name__, repr(c2), next(c2), repr(copy.copy(c)), repr(copy.deepcopy(it.count(2))))
r2 = pickle.loads(pickle.dumps(it.repeat('q', 2)))
print(repr(r2), list(r2), repr(copy.copy(it.repeat(1))))

# tee: a long lag, copies of copies, a cycle through an item, re-entry
a, b = it.tee(range(100000))
print(sum(a), next(b), sum(b))
a, b = it.tee(iter('abcdef'))
next(a)
c = copy.copy(a)
print(list(c), list(b), list(a), type(c).__name__)
print(type(it.tee(a)[0]).__name__, it.tee(a)[0] is a)


class Holder:
    pass


h = Holder()
t1, t2 = it.tee([h])
h.t = t1
print(next(t1) is h)
del h, t1, t2


def reenter():
    yield next(tees[0])


tees = it.tee(reenter())
show('tee reenter', lambda: next(tees[0]))
del tees

# groupby: errors from the key function and the comparison, groups gone stale
show('groupby key', lambda: list(it.groupby([1, 'a'], key=lambda x: x + 1)))
gb = it.groupby([1, 1, 2])
k, g = next(gb)
print(k, type(g).__name__, list(next(gb)[1]), list(g), list(gb))
print([k for k, g in it.groupby([])], [(k, list(g)) for k, g in it.groupby([None, None, 0])])

# keyword arguments, length hints, bounds and a bool start
import operator
show('kw', lambda: (next(it.count(start=1, step=2)), list(it.repeat(object=1, times=2)),
                    list(it.accumulate([1, 2], None, initial=0))))
show('product kw', lambda: it.product([1], foo=1))
show('length_hint', lambda: (operator.length_hint(it.repeat(1, 5)), operator.length_hint(it.repeat(1), 7)))
show('combinations big r', lambda: list(it.combinations('ab', 10 ** 20)))
show('repeat big', lambda: it.repeat(1, 10 ** 20))
show('permutations bad r', lambda: it.permutations('ab', 'x'))
for a in [(True,), (True, True), (0, True), (1.5, True), (True, 2), (False, False), (2 ** 70, True), (0, False)]:
    c = it.count(*a)
    print(a, repr(c), repr(next(c)), repr(next(c)))
