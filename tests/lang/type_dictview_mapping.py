# dict views' .mapping (3.10) is a read-only proxy of their dict; a
# starred target may appear once in an assignment.
d = {'a': 1, 'b': 2}
for v in (d.keys(), d.values(), d.items()):
    m = v.mapping
    print(type(m).__name__, m['a'], len(m), m == d, m is v.mapping)
    try:
        m['c'] = 3
    except TypeError as e:
        print('TypeError', e)
d['z'] = 26
print(sorted(d.keys().mapping), dict(d.items().mapping))
try:
    exec('a, *b, *c = range(5)')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    exec('[*a, *b] = [1, 2]')
except SyntaxError as e:
    print('SyntaxError', e.msg)
