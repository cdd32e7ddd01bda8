# MT19937 with CPython seeding: the very numbers python3 draws for these seeds.
import random
random.seed(42)
print(random.random(), random.randint(1, 100), random.randrange(0, 100, 7), random.randrange(10))
print(random.choice('abcdef'), random.choices(range(10), k=5), random.choices('abc', [1, 2, 3], k=4))
l = list(range(10)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.sample(range(10000), 8), random.sample(['a', 'b', 'c'], 2, counts=[1, 5, 2]))
print(random.uniform(1, 2), random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(5, 2), random.expovariate(1.5))
print(random.getrandbits(70), random.triangular(0, 10, 3), random.randint(-10**30, 10**30))
random.seed("hello"); print(random.random())
random.seed(b"hello"); print(random.random())
random.seed(3.5); print(random.random())
random.seed("hi", version=1); print(random.random())
st = random.getstate(); x = [random.random() for _ in range(3)]; random.setstate(st); print(x == [random.random() for _ in range(3)])
r = random.Random(7); r2 = random.Random(7); print(r.random() == r2.random(), r.random())
class My(random.Random):
    def random(self): return 0.5
m = My(1); print(m.randrange(10), m.choice('xyz'), m._randbelow.__name__)
class My2(random.Random):
    pass
print(My2(5).random() == random.Random(5).random())
s = random.SystemRandom(); v = s.random(); print(0 <= v < 1, s.getrandbits(10) < 1024, 0 <= s.randrange(5) < 5)
