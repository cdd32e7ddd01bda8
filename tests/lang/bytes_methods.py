# The searching, splitting, stripping, replacing and case methods bytes and
# bytearray share (one implementation), each result of its instance's kind.
def t(f):
    try:
        print('ok', f())
    except Exception as e:
        print(type(e).__name__ + ':', e)

for k in (bytes, bytearray):
    s = k(b'  one two  three\tfour\n ')
    print(s.split(), s.split(None, 1), s.split(b' '), s.split(b' ', 2), s.strip(), s.lstrip(), s.rstrip())
    print(k(b'a,b,,c').split(b','), k(b'a,b,,c').split(sep=b',', maxsplit=1), k(b'').split(), k(b'').split(b','), k(b'   ').split())
    print(k(b'xxhixx').strip(b'x'), k(b'xyhiyx').lstrip(b'xy'), k(b'abc').rstrip(memoryview(b'c')), k(b'abc').strip(None))
    h = k(b'abcabcab')
    print(h.count(b'ab'), h.count(b'ab', 1), h.count(97), h.count(b''), h.count(b'', 3, 5), h.count(b'x'))
    print(h.rfind(b'ab'), h.rfind(b'ab', 0, 7), h.rfind(b''), h.rfind(99), h.index(b'c'), h.rindex(b'c'), h.rfind(b'z'))
    print(h.replace(b'ab', b'X'), h.replace(b'ab', b'', 2), h.replace(b'', b'-'), h.replace(b'', b'-', 3), k(b'aaa').replace(b'a', b'bb'))
    print(k(b'Hello World 123').upper(), k(b'Hello World 123').lower(), k(b'\xc3\xa9A').lower())
    t(lambda: h.index(b'z'))
    t(lambda: h.rindex(b'z', 1))
    t(lambda: h.split(b''))
    t(lambda: h.split('x'))
    t(lambda: h.strip('x'))
    t(lambda: h.replace('a', b'b'))
    t(lambda: h.replace(b'a'))
    t(lambda: h.count())
    t(lambda: h.upper(1))
