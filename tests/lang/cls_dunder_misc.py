# More dunders: __call__, __contains__, __iter__/__next__, __hash__, __neg__, comparisons; __init__ must return None.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
print(Adder(3)(4))
class Bag:
    def __contains__(self, x):
        return x == "magic"
print("magic" in Bag(), "other" in Bag(), "other" not in Bag())
class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
print(list(Count(3)), [x * 2 for x in Count(2)], sum(Count(4)))
for v in Count(2):
    print("iter", v)
class Key:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return hash(self.k)
    def __eq__(self, o):
        return self.k == o.k
d = {Key(1): "one"}
print(d[Key(1)])
class N:
    def __neg__(self):
        return "negated"
    def __lt__(self, o):
        return True
    def __gt__(self, o):
        return False
print(-N(), N() < N(), N() > N())
class Ret:
    def __init__(self):
        return 5
try:
    Ret()
except TypeError as e:
    print(e)
try:

    Bag()()
except TypeError as e:
    print(e)
