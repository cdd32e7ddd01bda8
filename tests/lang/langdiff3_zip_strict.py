# zip(..., strict=True) (3.10): unequal lengths are a ValueError naming the argument.
print(list(zip('ab', 'cd', strict=True)), list(zip(strict=True)), list(zip('ab', 'cde')), list(zip('a', strict=False)))
for args in (('ab', 'c'), ('a', 'bc'), ('ab', 'ab', 'a'), ('ab', 'ab', 'abc'), ('', 'x')):
    try: print(list(zip(*args, strict=True)))
    except ValueError as e: print('ValueError', e)
try: zip('a', stric=1)
except TypeError as e: print(e)
def g():
    yield 1
    raise KeyError('boom')
try: list(zip([1, 2], g(), strict=True))
except KeyError as e: print('KeyError', e)
z = zip([1, 2, 3], 'ab', strict=True)
print(next(z), next(z))
try: next(z)
except ValueError as e: print(e)
