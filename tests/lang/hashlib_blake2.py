# blake2b/blake2s with their parameters (digest_size, key, salt, person, tree
# fields, last_node): digests across block boundaries, copy(), new() passing
# them on, and python3's errors for out-of-range values
import hashlib
msgs = [b"", b"abc", b"x" * 63, b"x" * 64, b"x" * 65, b"y" * 127, b"y" * 128, b"y" * 129, bytes(range(256)) * 5]
for ctor in (hashlib.blake2b, hashlib.blake2s):
    for m in msgs:
        print(ctor(m).hexdigest())
    for kw in [dict(digest_size=8), dict(digest_size=1), dict(key=b"secret"), dict(key=b"k" * 32),
               dict(salt=b"salty", person=b"me"), dict(fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=16, last_node=True),
               dict(digest_size=20, key=b"key", salt=b"s", person=b"p", last_node=True),
               # node_offset's every byte, and salt and person of the widest both take: their places follow its width
               dict(node_offset=2 ** 48 - 2, node_depth=7, inner_size=9, salt=b"S" * 8, person=b"P" * 8)]:
        for m in (b"", b"abc", b"z" * 200):
            h = ctor(m, **kw)
            print(sorted(kw), len(m), h.hexdigest(), h.digest_size, h.block_size, h.name)
    h = ctor(digest_size=16, key=b"k"); h.update(b"part1"); c = h.copy(); h.update(b"part2"); c.update(b"other")
    print(h.hexdigest(), c.hexdigest(), h.digest() == hashlib.new(h.name, b"part1part2", digest_size=16, key=b"k").digest())
for bad in [dict(digest_size=0), dict(digest_size=65), dict(key=b"x" * 65), dict(salt=b"x" * 17), dict(person=b"x" * 17), dict(fanout=256),
            dict(depth=0), dict(leaf_size=-1), dict(leaf_size=2 ** 32), dict(node_offset=-1), dict(node_depth=256), dict(inner_size=65),
            dict(key="s"), dict(digest_size="3"), dict(data=b"s"), dict(bogus=1)]:
    try:
        hashlib.blake2b(**bad)
        print("no error", bad)
    except Exception as e:
        print(type(e).__name__, e)
for bad in [dict(digest_size=33), dict(salt=b"x" * 9), dict(node_offset=2 ** 48), dict(key=b"k" * 33)]:
    try:
        hashlib.blake2s(**bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    hashlib.blake2b(b"a", b"b")
except TypeError as e:
    print(e)
try:
    hashlib.blake2b("text")
except TypeError as e:
    print(e)
