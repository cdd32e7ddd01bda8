import sys
print(sys.exception())
try:
    raise ValueError('v')
except ValueError:
    print(repr(sys.exception()))
    try:
        raise KeyError('k')
    except KeyError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())
def g():
    try:
        yield 1
    except Exception:
        pass
try:
    sys.exception(1)
except TypeError as e:
    print(e)
