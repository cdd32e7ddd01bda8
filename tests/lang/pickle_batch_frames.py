# python3's C pickler: a lone item left after full 1000-item batches still
# gets MARK ... APPENDS/SETITEMS/ADDITEMS (APPEND/SETITEM only when the
# container holds one item), and a payload of a frame's size or more
# closes the frame before its opcode, which goes unframed with it
import pickle, hashlib

objs = [[7], {1: 2}, {5}, list(range(1000)), list(range(1001)), list(range(2001)),
        {i: i for i in range(1001)}, set(range(1001)), frozenset(range(1001)),
        [b"x" * 70000, "y" * 70000, bytearray(b"z" * 70000)],
        [b"a" * 10, b"b" * 65536, "c"],
        [{"k%d" % i: [i, i * 1.5, "s" * (i % 50)]} for i in range(3000)]]
for proto in range(6):
    for o in objs:
        p = pickle.dumps(o, proto)
        print(proto, len(p), hashlib.sha1(p).hexdigest()[:16], p[-12:], pickle.loads(p) == o)
