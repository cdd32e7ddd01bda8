"""secrets for gilvm: random tokens and numbers fit for passwords and keys.

Everything draws on random.SystemRandom, whose bytes come from the kernel
(getrandom(2) through _random._urandom), never from the seeded Mersenne
Twister that the rest of random uses.
"""

import base64
import binascii
import os
from random import SystemRandom

__all__ = ['choice', 'randbelow', 'randbits', 'SystemRandom', 'token_bytes',
           'token_hex', 'token_urlsafe', 'compare_digest']

_sysrand = SystemRandom()
randbits = _sysrand.getrandbits
choice = _sysrand.choice

# python3's choice for a token when the caller gives no size: 32 bytes is
# plenty against guessing for the foreseeable future.
DEFAULT_ENTROPY = 32


def randbelow(exclusive_upper_bound):
    """A random int in [0, exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY when None)."""
    return os.urandom(DEFAULT_ENTROPY if nbytes is None else nbytes)


def token_hex(nbytes=None):
    """nbytes random bytes as twice as many hex digits."""
    return binascii.hexlify(token_bytes(nbytes)).decode('ascii')


def token_urlsafe(nbytes=None):
    """nbytes random bytes in URL-safe Base64, without '=' padding."""
    return base64.urlsafe_b64encode(token_bytes(nbytes)).rstrip(b'=').decode('ascii')


_BUFFERS = (bytes, bytearray, memoryview)


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
