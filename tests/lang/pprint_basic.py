# pprint lays out nested data as python3 does: widths, indents, depth,
# compact lists, sorted or insertion-ordered dicts, split strings and bytes.
import pprint
import io
import collections

data = {'name': 'experiment-42', 'params': {'threads': [1, 2, 4, 8, 16, 32, 64],
        'policy': ('fifo', 'ticket', 'mcs'), 'seed': 12345},
        'results': [{'run': i, 'time': i * 1.5, 'ok': i % 2 == 0} for i in range(4)],
        'tags': {3, 1, 2}, 'empty': {}, 'none': None, 'z': [], 'a': ()}
pprint.pprint(data)
for w in (20, 60):
    print('-- width', w)
    print(pprint.pformat(data, width=w))
print(pprint.pformat(data, indent=4, width=50))
print(pprint.pformat(data, depth=1))
print(pprint.pformat(data, depth=2, width=40))
print(pprint.pformat(list(range(40)), compact=True, width=30))
print(pprint.pformat([list(range(12))] * 3, compact=True, width=30))
print(pprint.pformat({'b': 1, 'a': 2, 'c': [3] * 30}, compact=True, width=20, sort_dicts=False))
print(pprint.pformat((1,)), pprint.pformat(((1, 2, 3, 4, 5, 6, 7, 8),), width=10))
print(pprint.pformat(frozenset(range(8)), width=20))
print(pprint.pformat({3, None, 1.5, (1,)}, width=5))
pprint.pp({'z': 1, 'a': [1, 2, {'y': 2, 'b': 3}]}, width=10)

print('-- strings')
s = 'the quick brown fox jumps over the lazy dog ' * 4
pprint.pprint(s)
pprint.pprint([s, 'short', s[:30]], width=40)
pprint.pprint({'key': s, 'lines': 'one\ntwo\nthree ' * 5}, width=50)
pprint.pprint('nospaceatallinthisverylongstringthatcannotbesplitanywhereatall' * 2, width=30)
pprint.pprint('', width=1)
print('-- bytes')
b = bytes(range(60))
pprint.pprint(b, width=40)
pprint.pprint([b, bytearray(b[:30])], width=30)
pprint.pprint(b'abcd', width=2)

print('-- collections')
od = collections.OrderedDict((k, k * 10) for k in 'abcdefghijklmnop')
pprint.pprint(od, width=40)
dd = collections.defaultdict(list, {'x': list(range(20)), 'y': [1]})
pprint.pprint(dd, width=40, compact=True)
pprint.pprint(collections.Counter('abracadabra alakazam'), width=30)
pprint.pprint(collections.deque(range(30)), width=40, compact=True)
pprint.pprint(collections.deque(range(8), maxlen=40), width=20)
pprint.pprint([collections.OrderedDict(), collections.deque(), collections.Counter()])

print('-- stream and printer')
out = io.StringIO()
pprint.pprint([1, 2, 3], stream=out)
print(repr(out.getvalue()))
pp = pprint.PrettyPrinter(indent=2, width=30, stream=out)
pp.pprint({'abc': list(range(4)), 'def': 'x' * 20})
print(out.getvalue())
print(pp.pformat({'k': 1}), pp.isreadable([1, 2]), pp.isrecursive([1, 2]))

class Sub(dict):
    pass
class Own(list):
    def __repr__(self):
        return 'Own(...)'
print(pprint.pformat(Sub(a=list(range(5)), b=2), width=10))
print(pprint.pformat([Own([1, 2]), Own(range(50))], width=20))
print(pprint.pformat({1: 'a', 'b': 2, None: 3}))

print('-- saferepr and readability')
print(pprint.saferepr({'b': [1, (2, 3)], 'a': 'x'}))
print(pprint.isreadable([1, 'a', (2.5, None)]), pprint.isreadable([object]))
print(pprint.isrecursive([1, [2]]))

print('-- recursion')
lst = [1, 2]
lst.append(lst)
d = {'self': None}
d['self'] = d
for obj in (lst, d):
    text = pprint.pformat(obj)
    print(text.split(' with id=')[0], pprint.isrecursive(obj), pprint.isreadable(obj))
    print(pprint.saferepr(obj).split(' with id=')[0])
    print(pprint.pformat(obj, width=5).split(' with id=')[0])
lst.pop()
d.clear()

print('-- errors')
for kwargs in ({'indent': -1}, {'depth': 0}, {'width': 0}):
    try:
        pprint.PrettyPrinter(**kwargs)
    except ValueError as e:
        print('ValueError:', e)
try:
    pprint.pformat([1], width='wide')
except ValueError as e:
    print('ValueError:', e)
