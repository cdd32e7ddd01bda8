"""json for gilvm: JSON text to and from Python objects, as CPython's json.

dumps/dump go through JSONEncoder (json.encoder), loads/load through
JSONDecoder (json.decoder); both are written in Python and give python3's
text, numbers and error messages.  Bytes given to loads must be UTF-8
(a UTF-8 BOM is skipped); UTF-16 and UTF-32 input is refused."""

from .decoder import JSONDecoder, JSONDecodeError
from .encoder import JSONEncoder

__all__ = ['dump', 'dumps', 'load', 'loads',
           'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True,
          allow_nan=True, cls=None, indent=None, separators=None,
          default=None, sort_keys=False, **kw):
    """obj as a JSON document (a str)."""
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
               check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True,
         allow_nan=True, cls=None, indent=None, separators=None,
         default=None, sort_keys=False, **kw):
    """Write obj as a JSON document to fp, one chunk per fp.write call."""
    if cls is None:
        cls = JSONEncoder
    enc = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
              check_circular=check_circular, allow_nan=allow_nan,
              indent=indent, separators=separators, default=default,
              sort_keys=sort_keys, **kw)
    for chunk in enc.iterencode(obj):
        fp.write(chunk)


def _text(s):
    """s as the str to parse: bytes are UTF-8, past an optional BOM."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
        return s
    if not isinstance(s, (bytes, bytearray)):
        raise TypeError('the JSON object must be str, bytes or bytearray, '
                        'not {}'.format(s.__class__.__name__))
    s = bytes(s)
    if s.startswith(b'\xef\xbb\xbf'):
        s = s[3:]
    return s.decode('utf-8')


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """The Python object that the JSON document s (str, bytes or bytearray) holds."""
    s = _text(s)
    if cls is None:
        cls = JSONDecoder
    for name, hook in (('object_hook', object_hook), ('parse_float', parse_float),
                       ('parse_int', parse_int), ('parse_constant', parse_constant),
                       ('object_pairs_hook', object_pairs_hook)):
        if hook is not None:
            kw[name] = hook
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """loads(fp.read())."""
    return loads(fp.read(), cls=cls, object_hook=object_hook,
                 parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
