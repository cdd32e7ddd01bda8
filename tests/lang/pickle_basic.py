# pickle writes python3's bytes (this .out is python3's own dumps) and reads them back.
import pickle
import textwrap

big = 3 ** 200
values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2 ** 31, 2 ** 31, -2 ** 31 - 1,
          2 ** 63, -2 ** 64, big, -big, 1.5, -0.0, 1e300, '', 'abc', 'é€😀', 'x' * 300,
          b'', b'ab', b'\x00\xff' * 150, bytearray(b'xy'), (), (1,), (1, 2), (1, 'a', 2.5),
          (1, 2, 3, 4), [], [1], [1, [2, 3]], list(range(1200)), {}, {'k': 'v', 'n': [1]},
          set(), {7}, {1, 2, 3}, frozenset(), frozenset({5, 6}), len, textwrap.dedent, ValueError]
for proto in (2, 3, 4, 5):
    print('protocol', proto)
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back == v and type(back) is type(v)
        print(type(v).__name__, same, data if len(data) < 90 else (len(data), data[:40], data[-20:]))
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.dumps(1) == pickle.dumps(1, 4))
print(pickle.dumps(5, -1))
