# str() of a big int (issue 14): str(3**20000), 9,543 digits.  Prints
# milliseconds per conversion.  python3.11 refuses more than 4300 digits
# unless told otherwise; 3.8, which gilvm emulates, had no limit.
import sys
import time

if hasattr(sys, "set_int_max_str_digits"):
    sys.set_int_max_str_digits(0)
x = 3 ** 20000
REPS = 20
t0 = time.perf_counter()
for i in range(REPS):
    s = str(x)
t1 = time.perf_counter()
print("%.3f" % ((t1 - t0) * 1e3 / REPS))
