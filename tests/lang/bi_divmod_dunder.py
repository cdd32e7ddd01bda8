# divmod() calls __divmod__, then the right operand's __rdivmod__.
class Money:
    def __init__(self, c): self.c = c
    def __divmod__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return ('divmod', self.c // n, self.c % n)
    def __rdivmod__(self, n):
        return ('rdivmod', n // self.c, n % self.c)
class Cheap(Money):
    def __rdivmod__(self, other):
        return ('Cheap.rdivmod', type(other).__name__)
class Plain:
    pass
m = Money(250)
print(divmod(m, 7), divmod(1000, m), divmod(m, Cheap(3)), divmod(Cheap(5), 3))
for x, y in [(m, 'x'), (m, 2.5), (Plain(), 3), (3, Plain()), ('a', m)]:
    try:
        print(divmod(x, y))
    except TypeError as e:
        print('TypeError', e)
print(divmod(7, 2), divmod(-7.5, 2), divmod(True, 3))
for x, y in [(1.0, 0.0), (1, 0.0), (1.0, 0), (1, 0)]:
    try:
        divmod(x, y)
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
