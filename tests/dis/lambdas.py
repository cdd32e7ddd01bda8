square = lambda x: x * x
add = lambda a, b=1: a + b
pairs.sort(key=lambda p: p[1])
make = lambda: lambda y: y
