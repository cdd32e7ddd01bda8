# A str holding the lone surrogates surrogateescape makes goes through the
# str operations and back to the same bytes, as os.fsdecode/fsencode use it.
import os

raw = b'caf\xe9-\xff.txt'
s = raw.decode('utf-8', 'surrogateescape')
ops = [
    ('concat', lambda: s + '!'), ('join', lambda: '/'.join([s, s])),
    ('percent', lambda: '%s|%r' % (s, s)), ('fstring', lambda: f'<{s}>'),
    ('format', lambda: '{0}{0}'.format(s)), ('replace', lambda: s.replace('-', '+')),
    ('upper', lambda: s.upper()), ('slice', lambda: s[3:5]), ('split', lambda: s.split('-')),
    ('strip', lambda: s.strip('ca')), ('mul', lambda: s * 2), ('len', lambda: len(s)),
    ('find', lambda: s.find(chr(0xdcff))), ('ord', lambda: [hex(ord(c)) for c in s[3:6]]),
    ('fsencode', lambda: os.fsencode(s)), ('fsdecode', lambda: os.fsdecode(raw)),
]
for name, f in ops:
    print(name, ascii(f()))
print(os.fsencode(os.fsdecode(raw)) == raw, ('%s' % s).encode('utf-8', 'surrogateescape') == raw)
