# Arithmetic and ordering dunders on user classes.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        return Money(self.cents + other.cents)
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __mul__(self, k):
        return Money(self.cents * k)
    def __lt__(self, other):
        return self.cents < other.cents
    def __eq__(self, other):
        return self.cents == other.cents
    def __repr__(self):
        return "Money(%d)" % self.cents
a = Money(150)
b = Money(275)
print(a + b, b - a, a * 3, a < b, b < a, a == Money(150))
print(sorted([b, a, Money(5)]), min([b, a]), max([a, b]))
total = Money(0)
for m in [a, b, a]:
    total += m
print(total)
try:
    a + 1
except AttributeError as e:
    print("AttributeError:", e)
class NoAdd:
    pass
try:
    NoAdd() + NoAdd()
except TypeError as e:
    print("TypeError:", e)
