# uuid: parsing forms, every view of a UUID, comparisons and hashing,
# name-based uuid3/uuid5 (fixed values), random uuid1/uuid4 by version and
# relations only, and python3's errors.
import uuid

text = '12345678-1234-5678-1234-567812345678'
forms = [text, '{%s}' % text, 'urn:uuid:' + text, text.replace('-', ''), text.upper()]
print(len({uuid.UUID(f) for f in forms}))
u = uuid.UUID(text)
print(repr(u), str(u), u.hex, u.int, int(u))
print(u.bytes, u.bytes_le, u.fields)
print(u.time_low, u.time_mid, u.time_hi_version, u.clock_seq_hi_variant, u.clock_seq_low, u.node)
print(u.time, u.clock_seq, u.urn, u.version, u.variant, u.is_safe)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u,
      uuid.UUID(fields=u.fields) == u, uuid.UUID(int=u.int) == u)
v = uuid.UUID(text, version=4)
print(v, v.version, v.variant)
for value in [0, 0x8000 << 48, 0xc000 << 48, 0xe000 << 48]:
    w = uuid.UUID(int=value)
    print(w.variant, w.version)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a <= b, a > b, a >= b, a == uuid.UUID(int=1), a != b, hash(a) == hash(uuid.UUID(int=1)))
print(u == text, u != 3, sorted([b, a]) == [a, b])

print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid3(uuid.NAMESPACE_URL, 'x'), uuid.uuid5(uuid.NAMESPACE_OID, 'é'))

r = uuid.uuid4()
print(type(r).__name__, r.version, r.variant, len(str(r)), r != uuid.uuid4())
t1, t2 = uuid.uuid1(), uuid.uuid1()
print(t1.version, t1.variant, t1 != t2, t1.node == uuid.getnode(), t1.time <= t2.time)
print(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234).node == 0x123456789abc,
      uuid.uuid1(clock_seq=0x1234).clock_seq)
node = uuid.getnode()
print(node == uuid.getnode(), 0 <= node < 1 << 48)
print(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE, sep='; ')
print(uuid.SafeUUID.safe.value, uuid.SafeUUID.unsafe.value, uuid.SafeUUID.unknown.value)


def show(fn, *args, **kwargs):
    try:
        print(repr(fn(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


show(uuid.UUID, '1234')
show(uuid.UUID, 'zz345678123456781234567812345678')
show(uuid.UUID)
show(uuid.UUID, text, int=1)
show(uuid.UUID, bytes=b'short')
show(uuid.UUID, bytes_le=b'x' * 17)
show(uuid.UUID, int=-1)
show(uuid.UUID, int=1 << 128)
show(uuid.UUID, fields=(1, 2))
show(uuid.UUID, fields=(1 << 32, 0, 0, 0, 0, 0))
show(uuid.UUID, fields=(0, 0, 0, 0, 256, 0))
show(uuid.UUID, fields=(0, 0, 0, 0, 0, 1 << 48))
show(uuid.UUID, text, version=0)
show(uuid.UUID, text, version=6)
show(setattr, u, 'int', 5)
show(lambda: u < 3)
show(uuid.uuid3, uuid.NAMESPACE_URL, b'bytes')
