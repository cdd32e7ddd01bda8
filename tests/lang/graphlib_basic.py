# graphlib: static_order, the prepare/get_ready/done protocol, the
# CycleError a cycle raises (its args as python3 gives them) and the
# ValueErrors for misuse
from graphlib import CycleError, TopologicalSorter


def attempt(f, *args):
    try:
        r = f(*args)
        print(list(r) if hasattr(r, '__next__') else r)
    except Exception as e:
        print(type(e).__name__, e.args)


graph = {'D': {'B', 'C'}, 'C': {'A'}, 'B': {'A'}}
order = list(TopologicalSorter(graph).static_order())
print(order[0], order[-1], sorted(order[1:3]))
print(list(TopologicalSorter({2: [11], 9: [11, 8, 10], 10: [11, 3], 11: [7, 5], 8: [7, 3]}).static_order()))
print(list(TopologicalSorter().static_order()))
print(list(TopologicalSorter({'x': []}).static_order()))

ts = TopologicalSorter()
ts.add('build', 'compile', 'link')
ts.add('compile', 'fetch')
ts.add('link', 'compile')
ts.add('test', 'build')
ts.add('fetch')
ts.add('docs')
ts.prepare()
rounds = []
while ts.is_active():
    ready = ts.get_ready()
    rounds.append(ready)
    print(ready, bool(ts), ts.get_ready())
    ts.done(*ready)
print(rounds, ts.is_active(), bool(ts))

ts = TopologicalSorter({'b': ['a'], 'c': ['a']})
attempt(ts.get_ready)
attempt(ts.is_active)
attempt(ts.done, 'a')
ts.prepare()
attempt(ts.prepare)
attempt(ts.add, 'd', 'c')
attempt(ts.done, 'b')
attempt(ts.done, 'zz')
print(ts.get_ready())
ts.done('a')
attempt(ts.done, 'a')
print(ts.get_ready(), ts.is_active())
ts.done('c', 'b')
print(ts.is_active())

for g in [{'a': ['b'], 'b': ['c'], 'c': ['a']},
          {1: [2], 2: [3], 3: [4], 4: [2], 5: [1]},
          {'x': ['x']},
          {'a': ['b', 'c'], 'b': ['d'], 'c': ['d'], 'd': ['e'], 'e': ['c']},
          {'p': ['q'], 'q': [], 'r': ['s'], 's': ['r']}]:
    try:
        TopologicalSorter(g).prepare()
    except CycleError as e:
        print(e.args, str(e) == str(e.args), isinstance(e, ValueError))
try:
    list(TopologicalSorter({'a': ['b'], 'b': ['a']}).static_order())
except CycleError as e:
    print('static_order', e.args)

ts = TopologicalSorter()
ts.add('a', 'b', 'b')
ts.prepare()
print(ts.get_ready())
ts.done('b')
print(ts.get_ready())
print(CycleError.__mro__[1].__name__, sorted(__import__('graphlib').__all__))
