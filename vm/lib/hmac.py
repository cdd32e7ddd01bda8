"""hmac for gilvm: keyed message authentication (RFC 2104) over hashlib's
digests, which are OpenSSL's, and compare_digest for checking a digest
without telling a timing attacker where it differs.

HMAC(K, m) = H((K' ^ opad) || H((K' ^ ipad) || m)), K' the key padded to
the digest's block size (hashed first when longer).  The inner and outer
hashes are kept primed with the padded key, so digest() costs one copy and
one short update.
"""

import hashlib as _hashlib

__all__ = ['HMAC', 'new', 'digest', 'compare_digest', 'digest_size']

# The module-level name python3 has: HMAC has no single digest size.
digest_size = None

_BUFFERS = (bytes, bytearray, memoryview)


def _constructor(digestmod):
    """A function of (data=b'') -> a new hash object, from a hashlib name,
    a hashlib constructor or a module with new()."""
    if not digestmod:
        raise TypeError("Missing required parameter 'digestmod'.")
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    return digestmod.new


class HMAC:
    """RFC 2104 HMAC over one hash function; update() feeds the message."""

    blocksize = 64   # python3's legacy attribute; block_size is the real one

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        self._ctor = _constructor(digestmod)
        self._inner, self._outer = self._ctor(), self._ctor()
        self.digest_size = self._inner.digest_size
        self.block_size = getattr(self._inner, 'block_size', 64)
        if len(key) > self.block_size:
            key = self._ctor(key).digest()
        key = bytes(key) + bytes(self.block_size - len(key))
        self._outer.update(bytes(x ^ 0x5C for x in key))   # opad
        self._inner.update(bytes(x ^ 0x36 for x in key))   # ipad
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        """An independent HMAC in the same state."""
        other = self.__class__.__new__(self.__class__)
        other._ctor, other.digest_size, other.block_size = self._ctor, self.digest_size, self.block_size
        other._inner, other._outer = self._inner.copy(), self._outer.copy()
        return other

    def _finished(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        """The MAC of what was fed so far (more may be fed after)."""
        return self._finished().digest()

    def hexdigest(self):
        return self._finished().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object: key (bytes), optional first message, the digest."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key with the named digest, in one call."""
    return HMAC(key, msg, digest).digest()


def _as_bytes(a, b):
    """a and b as bytes to compare: two ASCII strings, or two bytes-like."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        return a.encode('ascii'), b.encode('ascii')
    if not (isinstance(a, _BUFFERS) or isinstance(b, _BUFFERS)):
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(a).__name__, type(b).__name__))
    for x in (a, b):
        if not isinstance(x, _BUFFERS):
            raise TypeError("a bytes-like object is required, not '%s'" % type(x).__name__)
    return bytes(a), bytes(b)


def compare_digest(a, b):
    """a == b in time that depends on their lengths, not on where they first
    differ, so a timing attacker learns nothing of a secret digest."""
    x, y = _as_bytes(a, b)
    diff = len(x) ^ len(y)
    for p, q in zip(x, y if len(x) == len(y) else x):
        diff |= p ^ q
    return diff == 0
