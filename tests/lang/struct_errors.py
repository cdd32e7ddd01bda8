# struct.error (and TypeError/OverflowError) with CPython's messages.
import struct


def t(f, *a):
    try:
        print(f, a, struct.pack(f, *a))
    except Exception as e:
        print(f, a, type(e).__name__, e)


for f in 'bBhHiIlLqQnN':
    for v in (-1, 1 << 70, 1 << (8 * struct.calcsize(f) - 1)):
        t(f, v)
        if f not in 'nN':
            t('<' + f, v)
t('i', 1.5); t('i', 'x'); t('c', b'ab'); t('s', 'x'); t('p', 'x'); t('?', []); t('d', 'x')
t('ii', 1); t('i', 1, 2); t('<n', 1); t('3'); t('z', 1); t('2x'); t('5s', b'abcdefg')
t('5p', b'abcdefg'); t('P', 5); t('P', -1); t('@'); t('!i', 3); t('=l', 3); t('i i', 1, 2)
t('2 i', 1, 2)


def u(f, b, *a):
    try:
        print(f, b, struct.unpack(f, b) if not a else struct.unpack_from(f, b, *a))
    except Exception as e:
        print(f, b, type(e).__name__, e)


u('i', b'abc'); u('i', b'abcdefgh', 5); u('i', b'abcdefgh', -1); u('i', b'abcdefgh', -4)
u('i', b'abcdefgh', -9); u('i', b'abcdefgh', 9); u('i', 'abcd')
for a in (1, b'ii', '', '1000000000000000000000i', '99999999999999999999999999i'):
    for g in (struct.calcsize, struct.Struct):
        try:
            r = g(a)
            print(r if isinstance(r, int) else (r.format, r.size))
        except Exception as e:
            print(type(e).__name__, e)
for bad in [lambda: list(struct.iter_unpack('i', b'abcde')),
            lambda: struct.iter_unpack('', b'abcde'),
            lambda: struct.pack_into('i', b'abcd', 0, 1),
            lambda: struct.pack_into('i', b'abcd', 0),
            lambda: struct.Struct('i').pack_into(b'abcd'),
            lambda: struct.unpack('i')]:
    try:
        bad()
        print('no error')
    except Exception as e:
        print(type(e).__name__, e)
print(struct.error, struct.error.__module__, issubclass(struct.error, Exception))
s = struct.Struct('<ih')
print(isinstance(s, struct.Struct), s.unpack(b'\x01\x00\x00\x00\x02\x00'))
try:
    s.x = 1
except AttributeError:
    print('AttributeError')
