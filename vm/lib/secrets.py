"""secrets for gilvm: random tokens and numbers fit for passwords and keys.

Everything draws on random.SystemRandom, whose bytes come from the kernel
(getrandom(2) through _random._urandom), never from the seeded Mersenne
Twister that the rest of random uses.
"""

import base64
import binascii
import os
from random import SystemRandom

from hmac import compare_digest

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
