# s += t and s = s + t grow s in place when the variable and the stack are
# its only holders (CPython's unicode_concatenate): long loops finish, and a
# str another name, a dict or a class body still holds is never changed.
def f(n):
    s = ''
    for i in range(n):
        s += 'x'
    return s
def g(n):
    s = 'é'
    for i in range(n):
        s = s + str(i % 10)
    return s
a = f(30000); b = g(30000)
print(len(a), len(b), b[:12], b[-3:], b[15000], hash(b) == hash(''.join(['é'] + [str(i % 10) for i in range(30000)])))
s = ''
for i in range(20000):
    s += 'ab'
print(len(s), s[-4:], s.count('ab'))
u = 'q'; v = u
u += 'r'; print(u, v)
w = 'k' * 100; d = {'w': w}; w += 'z'; print(len(w), len(d['w']))
def h():
    x = 'abc' * 50
    y = x
    x += 'd'
    return len(x), len(y), y is not x
print(h())
class C:
    s = 'a' * 40
    s += 'b'
print(len(C.s))
