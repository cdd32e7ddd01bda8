# The unicode_escape and raw_unicode_escape codecs both ways, with each error handler.
import codecs
s = 'a\t\n\r\\\'"\x00\x7f\x80é\u1234\U0001f600 ~'
for enc in ('unicode_escape', 'raw_unicode_escape'):
    b = s.encode(enc); print(enc, b, b.decode(enc) == s)
for b in [b'\\\\u0041', b'\\\\\\u0041', b'\\u004', b'\\x4', b'\\q', b'\\', b'\\101\\0\\7777', b'\\N{LATIN SMALL LETTER A}', b'\\N{nope}', b'\\U00110000', b'a\\\nb', b'\\a\\b\\f\\v', b'\xe9\xff']:
    for enc in ('unicode_escape', 'raw_unicode_escape'):
        for err in ('strict', 'replace', 'ignore', 'backslashreplace'):
            try: print(enc, err, b, ascii(b.decode(enc, err)))
            except UnicodeDecodeError as e: print(enc, err, b, 'UnicodeDecodeError:', e)
print(codecs.lookup('unicode-escape').name, codecs.lookup('raw-unicode-escape').name)
