# threading.stack_size: the C stack of threads started after it is set, so
# a thread can recurse as deep as a program's raised recursion limit asks.
import sys
import threading
import _thread

print(threading.stack_size(), _thread.stack_size is threading.stack_size)
# Asking sets the default again, as in CPython.
print(threading.stack_size(1 << 20), threading.stack_size(), threading.stack_size())
threading.stack_size(1 << 20)

# A negative size changes nothing; a too small one resets to the default.
for bad in (-1, 1000):
    try:
        threading.stack_size(bad)
    except ValueError as e:
        print("ValueError", e, threading.stack_size())
try:
    threading.stack_size(1.5)
except TypeError as e:
    print("TypeError", e)

print(threading.stack_size(64 * 1024 * 1024))
sys.setrecursionlimit(30000)

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

def deep_sorted(n):
    # recursion through a builtin's callback as well
    return 0 if n == 0 else sorted([1], key=lambda x: deep_sorted(n - 1))[0] + 0 * n

out = []
t = threading.Thread(target=lambda: out.append((depth(5000), deep_sorted(1000))))
t.start()
t.join()
print(out, threading.stack_size(0))
