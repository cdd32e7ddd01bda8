# sys.getswitchinterval reads back what CPython stores: whole microseconds,
# reported as 1e-6 times that count -- so 1e-5 comes back as
# 9.999999999999999e-06 and 2.5e-6 as 2e-06.  Benchmarks print it.
import sys

old = sys.getswitchinterval()
print("default positive", old > 0)
for value in [0.005, 0.001, 1e-4, 1e-5, 2.5e-6, 1e-6, 0.1, 1.0, 0.0125]:
    sys.setswitchinterval(value)
    print(value, repr(sys.getswitchinterval()))
for bad in [0, -1, 0.0]:
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print(bad, "ValueError:", e)
print("unchanged", sys.getswitchinterval())
sys.setswitchinterval(old)
print("restored", sys.getswitchinterval() == old)
