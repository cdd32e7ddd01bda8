"""base64 for gilvm: Base64, Base32 and Base16 encodings of bytes, as
CPython's base64 (RFC 4648).  Base64 is binascii's (in C); Base32 and the
alphabet swaps are here.  No Ascii85/Base85."""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes',
           'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode']

bytes_types = (bytes, bytearray)

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    if isinstance(s, bytes_types):
        return s
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError('argument should be a bytes-like object or ASCII '
                        'string, not %r' % s.__class__.__name__) from None


def _swap(s, frm, to):
    """s with each byte of frm replaced by the byte of to at the same place."""
    table = dict(zip(frm, to))
    return bytes([table.get(c, c) for c in s])


def b64encode(s, altchars=None):
    """s in Base64; altchars (2 bytes) stand for '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        assert len(altchars) == 2, repr(altchars)
        return _swap(encoded, b'+/', altchars)
    return encoded


def b64decode(s, altchars=None, validate=False):
    """The bytes that Base64 s encodes.  Without validate, characters outside
    the alphabet are dropped; with it, they are a binascii.Error."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        assert len(altchars) == 2, repr(altchars)
        s = _swap(s, altchars, b'+/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' for '+' and '/' (URL and file-name safe)."""
    return _swap(b64encode(s), b'+/', b'-_')


def urlsafe_b64decode(s):
    return b64decode(_swap(_bytes_from_decode_data(s), b'-_', b'+/'))


_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# Padding '=' characters a Base32 text ends with, by the bytes in its last quantum.
_PADS = {0: 0, 1: 6, 2: 4, 3: 3, 4: 1}


def _b32encode(alphabet, s):
    if not isinstance(s, bytes_types):
        s = memoryview(s).tobytes()
    leftover = len(s) % 5
    if leftover:
        s = s + bytes(5 - leftover)
    out = bytearray()
    for i in range(0, len(s), 5):
        acc = int.from_bytes(s[i:i + 5], 'big')
        out += bytes([alphabet[acc >> shift & 31] for shift in range(35, -1, -5)])
    pads = _PADS[leftover]
    if pads:
        out[-pads:] = b'=' * pads
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _swap(s, b'01', b'O' + map01)
    if casefold:
        s = s.upper()
    n = len(s)
    s = s.rstrip(b'=')
    padchars = n - len(s)
    values = {c: i for i, c in enumerate(alphabet)}
    decoded = bytearray()
    acc = 0
    for i in range(0, len(s), 8):
        acc = 0
        for c in s[i:i + 8]:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            acc = (acc << 5) + v
        decoded += acc.to_bytes(5, 'big')
    if padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if padchars and decoded:
        acc <<= 5 * padchars
        keep = (43 - 5 * padchars) // 8
        decoded[-5:] = acc.to_bytes(5, 'big')[:keep]
    return bytes(decoded)


def b32encode(s):
    """s in Base32 (RFC 4648's alphabet A-Z2-7, '=' padded)."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    """The bytes that Base32 s encodes; casefold accepts lower case, map01
    maps the digit 0 to O and 1 to the given letter (I or L)."""
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    """s in Base32 with the extended hex alphabet 0-9A-V."""
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


_B16 = frozenset(b'0123456789ABCDEF')


def b16encode(s):
    """s in Base16: upper-case hex."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    """The bytes that upper-case hex s encodes (any case with casefold)."""
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if any(c not in _B16 for c in s):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


def _input_type_check(s):
    try:
        memoryview(s)
    except TypeError as err:
        raise TypeError('expected bytes-like object, not %s' % s.__class__.__name__) from err


def encodebytes(s):
    """s in Base64, a newline after every 76 characters and at the end."""
    _input_type_check(s)
    return b''.join([binascii.b2a_base64(s[i:i + MAXBINSIZE])
                     for i in range(0, len(s), MAXBINSIZE)])


def decodebytes(s):
    """The bytes that Base64 lines s encode."""
    _input_type_check(s)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Base64 lines of binary file input, written to binary file output."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            return
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """The bytes of the Base64 lines of binary file input, written to output."""
    while True:
        line = input.readline()
        if not line:
            return
        output.write(binascii.a2b_base64(line))
