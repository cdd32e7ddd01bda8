# Operators between sets and frozensets (the result takes the left
# operand's kind), in-place forms that keep the object, comparisons, and
# CPython's TypeErrors for non-set operands.
a = {1, 2, 3}
b = frozenset({3, 4})
for x, y in ((a, b), (b, a), (a, a), (b, b), (a, set()), (set(), b)):
    r = [x | y, x & y, x - y, x ^ y]
    print(r, [type(t).__name__ for t in r])
    print(x < y, x <= y, x > y, x >= y, x == y, x != y)
print({1} < {1, 2}, {1, 2} < {1, 2}, {1, 2} <= {1, 2}, {1, 3} <= {1, 2}, {1, 2} > {2}, {2} >= {2})
print({1, 2} == frozenset([2, 1]), frozenset() == set(), {1} == {1.0}, {(1, 2)} == {(1, 2)})
s = {1, 2, 3}
t = s
s |= {4}
s &= {1, 2, 4, 5}
s -= {1}
s ^= {2, 9}
print(s, t is s)
f = frozenset({1, 2})
g = f
f |= {3}
print(f, g, f is g, type(f).__name__)
f -= {1}
f &= {2, 3, 4}
f ^= frozenset({7})
print(f, type(f).__name__)
for expr in ("{1} | 1", "{1} & [1]", "{1} - (1,)", "{1} ^ 'a'", "1 | {1}", "[1] - {1}",
             "frozenset() | 0", "{1} < 1", "{1} <= [1]", "{1} >= (1,)", "{1} > None",
             "{1} + {2}", "{1} * 2", "-{1}", "{[1]}", "{{1}}"):
    try:
        print(expr, "->", eval(expr))
    except TypeError as e:
        print(expr, "->", type(e).__name__, e)
s = {1}
for op in ("|=", "&=", "-=", "^="):
    try:
        exec("s " + op + " [1]")
    except TypeError as e:
        print(op, e)
print(s, {1} != 1, {1} == None)
class Other:
    def __ror__(self, other):
        return "ror " + type(other).__name__
    def __rand__(self, other):
        return "rand"
print({1} | Other(), frozenset() & Other())
