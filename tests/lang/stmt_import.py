# import and from-import of built-in modules.
import sys
import time
from sys import argv, getrefcount
from time import perf_counter, monotonic
print(type(sys).__name__, type(time).__name__)
print(argv is sys.argv, getrefcount is sys.getrefcount)
print(type(perf_counter()).__name__, type(monotonic()).__name__)
def use_in_function():
    import sys
    return sys.argv[0]
print(use_in_function())
