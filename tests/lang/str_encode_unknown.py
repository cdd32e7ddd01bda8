# An encoding str.encode does not know raises LookupError, as bytes.decode
# does and as python3 does (scripts catch LookupError to fall back).
for enc in ('no-such-codec', 'utf-9'):
    try:
        'abc'.encode(enc)
    except LookupError as e:
        print(type(e).__name__, e, isinstance(e, ValueError))
    try:
        b'abc'.decode(enc)
    except LookupError as e:
        print(type(e).__name__, e)
print('abc'.encode('ascii'), 'é'.encode('UTF-8'), 'é'.encode('utf8'))
