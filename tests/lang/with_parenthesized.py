class CM:
    def __init__(self, name): self.name = name
    def __enter__(self): print('enter', self.name); return self.name
    def __exit__(self, *a): print('exit', self.name)
with (CM('a') as a, CM('b') as b):
    print(a, b)
with (CM('c') as c,
      CM('d'),
      ):
    print(c)
with (CM('e')):
    pass
with (CM('f')) as f:
    print(f)
exec("with (CM('g'), CM('h')):\n    print('two')")
try:
    exec("with (CM('i'), CM('j')) as t:\n    pass")
except TypeError as e: print('tuple CM:', e)
