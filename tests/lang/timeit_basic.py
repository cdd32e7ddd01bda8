import timeit

calls = []
t = timeit.timeit('calls.append(1)', number=50, globals=globals())
print(type(t).__name__, t >= 0, len(calls))
calls.clear()
r = timeit.repeat('calls.append(2)', setup='calls.append(0)', repeat=3, number=10, globals=globals())
print(len(r), all(x >= 0 for x in r), calls.count(0), calls.count(2))
n = [0]


def work():
    n[0] += 1


timer = timeit.Timer(work)
print(timer.timeit(number=7) >= 0, n[0])
timer = timeit.Timer(stmt=work, setup=lambda: n.append('setup'))
timer.timeit(3)
print(n)
print(timeit.timeit('x = sum(range(10))', setup='y = 2', number=100) >= 0)
print(timeit.timeit('for i in range(3):\n    z = i * y', setup='y = 3', number=5) >= 0)
ticks = iter(range(10000))
fake = timeit.Timer('pass', timer=lambda: next(ticks))
print(fake.timeit(1000), fake.repeat(3, 10))
fake2 = timeit.Timer('pass', timer=lambda: next(ticks) ** 2 / 100)
print(fake2.autorange(callback=lambda n, s: print("try", n, s)))
print(timeit.default_timer is __import__('time').perf_counter)
for stmt in (5, None):
    try:
        timeit.Timer(stmt)
    except ValueError as e:
        print('ValueError', e)
try:
    timeit.Timer('x = ')
except SyntaxError as e:
    print('SyntaxError', e.filename)
try:
    timeit.timeit('1 / 0', number=1)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    timeit.timeit('undefined_name', number=1)
except NameError as e:
    print('NameError', e)
