"""codecs for gilvm: the codec registry's face over the C codecs.

gilvm's codecs live in C (vm/objects/codec.c, reached through _codecs):
UTF-8, UTF-8-SIG, UTF-16, UTF-32, ASCII, Latin-1 and the charsets glibc's
iconv has as CPython has them, under python3's names and aliases, with the
error handlers of vm/objects/codecerr.c and any that register_error adds.
lookup builds a CodecInfo whose functions and incremental coders call them,
so a name or handler the C side does not know fails as python3's does.
"""

import builtins

import _codecs
from _codecs import register_error, lookup_error

__all__ = ['BOM', 'BOM_BE', 'BOM_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_BE',
           'BOM_UTF16_LE', 'BOM_UTF32', 'BOM_UTF32_BE', 'BOM_UTF32_LE',
           'BOM32_BE', 'BOM32_LE', 'BOM64_BE', 'BOM64_LE', 'CodecInfo',
           'IncrementalDecoder', 'IncrementalEncoder', 'decode', 'encode',
           'getdecoder', 'getencoder', 'getincrementaldecoder',
           'getincrementalencoder', 'iterdecode', 'iterencode', 'lookup', 'open', 'StreamReaderWriter',
           'register_error', 'lookup_error', 'strict_errors', 'ignore_errors',
           'replace_errors', 'backslashreplace_errors', 'xmlcharrefreplace_errors',
           'namereplace_errors']

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = BOM_LE = b'\xff\xfe'
BOM_UTF16_BE = BOM_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
# The unmarked forms are this machine's byte order; gilvm runs little-endian.
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE, BOM32_BE = BOM_UTF16_LE, BOM_UTF16_BE
BOM64_LE, BOM64_BE = BOM_UTF32_LE, BOM_UTF32_BE

from _codecs import (strict_errors, ignore_errors, replace_errors, backslashreplace_errors,
                     xmlcharrefreplace_errors, namereplace_errors)


class CodecInfo(tuple):
    """A codec's functions: a 4-tuple (encode, decode, streamreader,
    streamwriter) as in Python 2, with every part also an attribute."""

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamreader = streamreader
        self.streamwriter = streamwriter
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return '<%s.%s object for encoding %s at %#x>' % (
            type(self).__module__, type(self).__qualname__, self.name, id(self))


class IncrementalEncoder:
    """Encodes a text given in pieces: a codec with a byte order mark
    (utf-16, utf-32, utf-8-sig) writes it before the first piece only."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self._first = True

    def encode(self, input, final=False):
        data = _codecs.encode(input, self.encoding, self.errors, self._first)
        self._first = False
        return data

    def reset(self):
        self._first = True

    def getstate(self):
        return 2 if self._first else 0

    def setstate(self, state):
        self._first = state == 2


class IncrementalDecoder:
    """Decodes bytes given in pieces, holding back the end of a piece that
    starts a character the next piece finishes, and what a byte order mark
    said."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = b''
        self._state = 0

    def decode(self, input, final=False):
        data = self.buffer + bytes(input)
        text, used, self._state = _codecs.decode(data, self.encoding, self.errors,
                                                 final, self._state)
        self.buffer = data[used:]
        return text

    def reset(self):
        self.buffer = b''
        self._state = 0

    def getstate(self):
        return (self.buffer, self._state)

    def setstate(self, state):
        self.buffer, self._state = state


def _functions(codec, stem):
    """The stateless encode and decode python3's codec module names
    stem_encode and stem_decode: each returns (output, input length)."""

    def encode_fn(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError('%s_encode() argument 1 must be str, not %s'
                            % (stem, type(input).__name__))
        return _codecs.encode(input, codec, errors), len(input)

    def decode_fn(input, errors='strict'):
        if isinstance(input, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = bytes(input)
        return _codecs.decode(data, codec, errors)[0], len(data)

    encode_fn.__name__ = encode_fn.__qualname__ = stem + '_encode'
    decode_fn.__name__ = decode_fn.__qualname__ = stem + '_decode'
    return encode_fn, decode_fn


def _incremental(base, codec):
    return type(base.__name__, (base,), {'encoding': codec, '__module__': 'codecs'})


_cache = {}


def lookup(encoding):
    """The CodecInfo for encoding; LookupError when gilvm has no such codec."""
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % type(encoding).__name__)
    name = _codecs.lookup(encoding)
    info = _cache.get(name)
    if info is None:
        stem = 'latin_1' if name == 'iso8859-1' else name.replace('-', '_')
        encode_fn, decode_fn = _functions(name, stem)
        info = CodecInfo(encode_fn, decode_fn, name=name,
                         incrementalencoder=_incremental(IncrementalEncoder, name),
                         incrementaldecoder=_incremental(IncrementalDecoder, name))
        _cache[name] = info
    return info


def _run(action, fn, obj, encoding, errors):
    """fn(obj, errors)[0], with a TypeError or LookupError (bad input, unknown
    handler) reworded as python3 words it: which codec failed, then why."""
    try:
        return fn(obj, errors)[0]
    except (TypeError, LookupError) as e:
        raise type(e)("%s with '%s' codec failed (%s: %s)"
                      % (action, encoding, type(e).__name__, e)) from e


def encode(obj, encoding='utf-8', errors='strict'):
    """obj encoded with the codec registered for encoding."""
    return _run('encoding', lookup(encoding).encode, obj, encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    """obj decoded with the codec registered for encoding."""
    return _run('decoding', lookup(encoding).decode, obj, encoding, errors)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    return lookup(encoding).incrementalencoder


def getincrementaldecoder(encoding):
    return lookup(encoding).incrementaldecoder


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Each string of iterator encoded, skipping empty results."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for text in iterator:
        output = encoder.encode(text)
        if output:
            yield output
    output = encoder.encode('', True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Each bytes chunk of iterator decoded, a character split between
    chunks coming out whole with the later one."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for data in iterator:
        output = decoder.decode(data)
        if output:
            yield output
    output = decoder.decode(b'', True)
    if output:
        yield output


class StreamReaderWriter:
    """A binary file read and written as text in one codec, as codecs.open
    gives: python3 leaves line ends as they are here."""

    def __init__(self, stream, info, errors='strict'):
        self.stream = stream
        self.errors = errors
        self._encoder = info.incrementalencoder(errors)
        self._decoder = info.incrementaldecoder(errors)
        self._text = ''   # decoded but not yet read

    def read(self, size=-1):
        """Up to size characters (all when size < 0), as python3's counts."""
        while size is None or size < 0 or len(self._text) < size:
            data = self.stream.read() if size is None or size < 0 else self.stream.read(size)
            self._text += self._decoder.decode(data, final=not data)
            if not data:
                break
        cut = len(self._text) if size is None or size < 0 else size
        text, self._text = self._text[:cut], self._text[cut:]
        return text

    def readline(self):
        while '\n' not in self._text:
            data = self.stream.readline()
            self._text += self._decoder.decode(data, final=not data)
            if not data:
                break
        cut = self._text.find('\n') + 1 or len(self._text)
        line, self._text = self._text[:cut], self._text[cut:]
        return line

    def readlines(self, sizehint=None):
        return self.read().splitlines(keepends=True)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, text):
        return self.stream.write(self._encoder.encode(text))

    def writelines(self, lines):
        self.write(''.join(lines))

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stream.close()


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """The file filename: the builtin open's when encoding is None, else a
    StreamReaderWriter over it opened binary."""
    if encoding is None:
        return builtins.open(filename, mode, buffering)
    info = lookup(encoding)
    if 'b' not in mode:
        mode += 'b'
    return StreamReaderWriter(builtins.open(filename, mode, buffering), info, errors)
