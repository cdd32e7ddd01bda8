"""base64 for gilvm: Base64, Base32 and Base16 encodings of bytes, as
CPython's base64 (RFC 4648), and Ascii85 and Base85.  Base64 is binascii's
(in C); Base32, the 85s and the alphabet swaps are here."""

import binascii

__all__ = ['encode', 'decode', 'encodebytes', 'decodebytes',
           'b64encode', 'b64decode', 'b32encode', 'b32decode',
           'b32hexencode', 'b32hexdecode', 'b16encode', 'b16decode',
           'standard_b64encode', 'standard_b64decode',
           'urlsafe_b64encode', 'urlsafe_b64decode',
           'a85encode', 'a85decode', 'b85encode', 'b85decode']

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


# ---- Ascii85 and Base85: each 4 bytes (a big-endian word) as 5 base-85 digits

_A85START = b'<~'
_A85END = b'~>'
_A85DIGITS = bytes(range(33, 118))
_B85DIGITS = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
              b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_B85VALUES = {c: i for i, c in enumerate(_B85DIGITS)}


def _85encode(b, digits, pad, foldnuls=False, foldspaces=False):
    if not isinstance(b, bytes_types):
        b = memoryview(b).tobytes()
    padding = -len(b) % 4
    b = bytes(b) + b'\0' * padding
    out = []
    for i in range(0, len(b), 4):
        word = int.from_bytes(b[i:i + 4], 'big')
        if foldnuls and word == 0:
            out.append(b'z')
        elif foldspaces and word == 0x20202020:
            out.append(b'y')
        else:
            group = bytearray(5)
            for k in range(4, -1, -1):
                word, group[k] = divmod(word, 85)
                group[k] = digits[group[k]]
            out.append(bytes(group))
    if padding and not pad:
        # the padded word is written in full, then cut by as many digits as bytes were added
        if out[-1] == b'z':
            out[-1] = digits[:1] * 5
        out[-1] = out[-1][:-padding]
    return b''.join(out)


def _word(digits, error):
    value = 0
    for d in digits:
        value = value * 85 + d
    if value > 0xffffffff:
        raise ValueError(error)
    return value.to_bytes(4, 'big')


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85 encoding of b: 'z' for a zero word, 'y' for four spaces if
    foldspaces, lines of wrapcol characters if given, framed in <~ ~> if adobe."""
    result = _85encode(b, _A85DIGITS, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')   # the closing ~> must not make the last line too long
        result = b'\n'.join(lines)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """The bytes an Ascii85 text encodes; characters in ignorechars are skipped."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError('Ascii85 encoded byte sequences must end with %r' % (_A85END,))
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    out = []
    group = []
    # a short last group is completed with the highest digit, then cut back
    for c in b + b'u' * 4:
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                out.append(_word(group, 'Ascii85 overflow'))
                group = []
        elif c == 122:          # z
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out.append(b'\0\0\0\0')
        elif foldspaces and c == 121:   # y
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out.append(b'    ')
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    result = b''.join(out)
    padding = 4 - len(group)
    return result[:-padding] if padding else result


def b85encode(b, pad=False):
    """Base85 encoding of b (git's and Mercurial's alphabet)."""
    return _85encode(b, _B85DIGITS, pad)


def b85decode(b):
    """The bytes a Base85 text encodes."""
    b = _bytes_from_decode_data(b)
    padding = -len(b) % 5
    b = b + b'~' * padding
    out = []
    for i in range(0, len(b), 5):
        group = []
        for j, c in enumerate(b[i:i + 5]):
            value = _B85VALUES.get(c)
            if value is None:
                raise ValueError('bad base85 character at position %d' % (i + j))
            group.append(value)
        out.append(_word(group, 'base85 overflow in hunk starting at byte %d' % i))
    result = b''.join(out)
    return result[:-padding] if padding else result


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


_USAGE = """usage: %s [-d|-e|-u|-t] [file|-]
        -d, -u: decode
        -e: encode (default)
        -t: encode and decode string 'Aladdin:open sesame'"""


def test():
    """Encode and decode one string, printing each step."""
    plain = b"Aladdin:open sesame"
    coded = encodebytes(plain)
    for value in (plain, coded, decodebytes(coded)):
        print(repr(value))


def main():
    """`gilvm -m base64 [-d|-e|-u|-t] [file|-]`: encode (or decode) the file
    or stdin to stdout, 76 characters a line, as CPython 3.8's."""
    import getopt
    import sys
    try:
        opts, args = getopt.getopt(sys.argv[1:], 'deut')
    except getopt.error as msg:
        print(msg, file=sys.stderr)
        print(_USAGE % sys.argv[0], file=sys.stderr)
        sys.exit(2)
    func = encode
    for opt, _ in opts:
        if opt == '-t':
            test()
            return
        func = encode if opt == '-e' else decode
    if args and args[0] != '-':
        with open(args[0], 'rb') as f:
            func(f, sys.stdout.buffer)
    else:
        # gilvm's sys.stdin has no .buffer: its descriptor, read as bytes.
        with open(sys.stdin.fileno(), 'rb', closefd=False) as f:
            func(f, sys.stdout.buffer)


if __name__ == '__main__':
    main()
