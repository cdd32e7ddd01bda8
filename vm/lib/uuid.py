"""uuid for gilvm: RFC 4122 universally unique identifiers.

A UUID is a 128-bit int, immutable; every other view (hex, bytes, fields,
version, ...) is computed from it.  uuid4 takes its bits from os.urandom,
uuid3 and uuid5 from hashlib's MD5 and SHA-1, and uuid1 from the clock and
getnode(), which here is a random multicast node: reading the MAC would
need interfaces gilvm lacks, and RFC 4122 section 4.5 allows it.
"""

import enum
import hashlib
import os
import time

__all__ = ['NAMESPACE_DNS', 'NAMESPACE_OID', 'NAMESPACE_URL', 'NAMESPACE_X500',
           'RESERVED_FUTURE', 'RESERVED_MICROSOFT', 'RESERVED_NCS', 'RFC_4122',
           'SafeUUID', 'UUID', 'getnode', 'uuid1', 'uuid3', 'uuid4', 'uuid5']

RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition']

_FIELD_BITS = (32, 16, 16, 8, 8, 48)


class SafeUUID(enum.Enum):
    safe = 0
    unsafe = -1
    unknown = None


def _from_hex(hex):
    for junk in ('urn:', 'uuid:'):
        if hex.startswith(junk):
            hex = hex[len(junk):]
    hex = hex.strip('{}').replace('-', '')
    if len(hex) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return int(hex, 16)


def _from_bytes(data, what):
    if len(data) != 16:
        raise ValueError('%s is not a 16-char string' % what)
    return int.from_bytes(data, 'big')


def _swap_le(data):
    """bytes_le <-> bytes: the first three fields are little-endian in one."""
    return data[3::-1] + data[5:3:-1] + data[7:5:-1] + data[8:]


def _from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    value = 0
    for number, (field, bits) in enumerate(zip(fields, _FIELD_BITS), 1):
        if not 0 <= field < 1 << bits:
            raise ValueError('field %d out of range (need a%s %d-bit value)'
                             % (number, 'n' if bits == 8 else '', bits))
        value = value << bits | field
    return value


class UUID:
    """A UUID given by exactly one of hex, bytes, bytes_le, fields or int;
    version, when given, overwrites the variant and version bits."""

    __slots__ = ('int', 'is_safe', '__weakref__')

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None,
                 version=None, *, is_safe=SafeUUID.unknown):
        if [hex, bytes, bytes_le, fields, int].count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given')
        if hex is not None:
            int = _from_hex(hex)
        elif bytes_le is not None:
            int = _from_bytes(_swap_le(_from_bytes(bytes_le, 'bytes_le').to_bytes(16, 'big')), 'bytes')
        elif bytes is not None:
            int = _from_bytes(bytes, 'bytes')
        elif fields is not None:
            int = _from_fields(fields)
        if not 0 <= int < 1 << 128:
            raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            int = int & ~(0xc000 << 48) | 0x8000 << 48
            int = int & ~(0xf000 << 64) | version << 76
        object.__setattr__(self, 'int', int)
        object.__setattr__(self, 'is_safe', is_safe)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __eq__(self, other):
        return self.int == other.int if isinstance(other, UUID) else NotImplemented

    def __lt__(self, other):
        return self.int < other.int if isinstance(other, UUID) else NotImplemented

    def __le__(self, other):
        return self.int <= other.int if isinstance(other, UUID) else NotImplemented

    def __gt__(self, other):
        return self.int > other.int if isinstance(other, UUID) else NotImplemented

    def __ge__(self, other):
        return self.int >= other.int if isinstance(other, UUID) else NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __str__(self):
        h = self.hex
        return '-'.join((h[:8], h[8:12], h[12:16], h[16:20], h[20:]))

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        return _swap_le(self.bytes)

    @property
    def fields(self):
        values, rest = [], self.int
        for bits in reversed(_FIELD_BITS):
            values.append(rest & ((1 << bits) - 1))
            rest >>= bits
        return tuple(reversed(values))

    time_low = property(lambda self: self.int >> 96)
    time_mid = property(lambda self: (self.int >> 80) & 0xffff)
    time_hi_version = property(lambda self: (self.int >> 64) & 0xffff)
    clock_seq_hi_variant = property(lambda self: (self.int >> 56) & 0xff)
    clock_seq_low = property(lambda self: (self.int >> 48) & 0xff)
    node = property(lambda self: self.int & 0xffffffffffff)

    @property
    def time(self):
        return (self.time_hi_version & 0x0fff) << 48 | self.time_mid << 32 | self.time_low

    @property
    def clock_seq(self):
        return (self.clock_seq_hi_variant & 0x3f) << 8 | self.clock_seq_low

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        # the variant is the count of leading one bits of octet 8, up to three
        if not self.int & 0x8000 << 48:
            return RESERVED_NCS
        if not self.int & 0x4000 << 48:
            return RFC_4122
        if not self.int & 0x2000 << 48:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        return (self.int >> 76) & 0xf if self.variant == RFC_4122 else None


_node = None


def getnode():
    """A 48-bit node id: random, with the multicast bit set so that it can
    never equal a real network card's address (RFC 4122, 4.5)."""
    global _node
    if _node is None:
        _node = int.from_bytes(os.urandom(6), 'big') | 1 << 40
    return _node


# 100 ns intervals from the Gregorian reform (1582-10-15) to the Unix epoch
_GREGORIAN_OFFSET = 0x01b21dd213814000
_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A version-1 UUID from the time, clock_seq and node (random when None)."""
    global _last_timestamp
    timestamp = time.time_ns() // 100 + _GREGORIAN_OFFSET
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1   # two calls within a tick must differ
    _last_timestamp = timestamp
    if clock_seq is None:
        clock_seq = int.from_bytes(os.urandom(2), 'big') & 0x3fff
    if node is None:
        node = getnode()
    fields = (timestamp & 0xffffffff, (timestamp >> 32) & 0xffff, (timestamp >> 48) & 0x0fff,
              (clock_seq >> 8) & 0x3f, clock_seq & 0xff, node)
    return UUID(fields=fields, version=1)


def _hashed(hasher, namespace, name, version):
    # python3.11 takes only a str name, refusing bytes as bytes(name, 'utf-8') does
    if not isinstance(name, str):
        raise TypeError('encoding without a string argument')
    return UUID(bytes=hasher(namespace.bytes + name.encode('utf-8')).digest()[:16], version=version)


def uuid3(namespace, name):
    """The version-3 UUID of name within namespace, by MD5."""
    return _hashed(hashlib.md5, namespace, name, 3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """The version-5 UUID of name within namespace, by SHA-1."""
    return _hashed(hashlib.sha1, namespace, name, 5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
