# protocols 0 and 1: text and early binary opcodes, copyreg._reconstructor for
# plain instances, py2 module names; bytes must equal python3's, and load back
import pickle, copyreg
class E: pass
class P:
    def __init__(self, a): self.a = a
class L(list): pass
class I(int): pass
class D(dict): pass
class S:
    __slots__ = ('a',)
class G:
    __slots__ = ('a',)
    def __getstate__(self): return {'a': self.a}
    def __setstate__(self, st): self.a = st['a']
class R:
    def __reduce__(self): return (R, ())
l = L([1, 2]); l.x = 2
g = G(); g.a = 7
shared = [1]
rec = []; rec.append(rec)
rt = ([],); rt[0].append(rt)
vals = [None, True, False, 0, 1, -1, 255, 256, 65535, 65536, -2**31, 2**31 - 1, 2**31, -2**31 - 1, 2**100, -2**100,
        1.5, -0.0, 1e300, float('inf'), 'plain', 'a\\b\nc\x00d\re\x1af\u20ac\U0001f600\xe9', '', b'', b'\x00\xffab',
        bytearray(b'xy'), (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1, [2]], {}, {'k': [1], 2: 'v'}, {1, 2},
        frozenset([3]), 1+2j, E(), P(3), l, I(5), D(a=1), g, R(), [shared, shared], rec, rt, P, len, copyreg.pickle, range(3), slice(1, 5, 2)]
for proto in (0, 1):
    for v in vals:
        try:
            data = pickle.dumps(v, proto)
        except Exception as e:
            print(proto, type(v).__name__, type(e).__name__, e)
            continue
        back = pickle.loads(data)
        same = back == v if type(v) not in (E, P, L, I, D, G, R) and v is not rec and v is not rt else type(back) is type(v)
        print(proto, type(v).__name__, data, same)
    try:
        pickle.dumps(S(), proto)
    except TypeError as e:
        print(proto, 'S', e)
back = pickle.loads(pickle.dumps(rec, 0)); print(back[0] is back)
back = pickle.loads(pickle.dumps(rt, 0)); print(back[0][0] is back)
back = pickle.loads(pickle.dumps([shared, shared], 1)); print(back[0] is back[1])
print(pickle.loads(pickle.dumps(l, 0)).x, pickle.loads(pickle.dumps(g, 1)).a, pickle.loads(pickle.dumps(P(9), 0)).a, pickle.loads(pickle.dumps(I(5), 0)) + 1)
import queue, collections.abc
for proto in (0, 2):
    print(pickle.dumps([queue.Queue, copyreg.pickle, collections.abc.Mapping], proto))
