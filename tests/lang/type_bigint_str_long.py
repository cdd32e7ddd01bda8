# str() and int() of numbers past 4300 digits, with the digit limit lifted
# (python3 and 3.8.14+ refuse beyond sys.get_int_max_str_digits()).
import sys
sys.set_int_max_str_digits(0)
x = 3 ** 20000
s = str(x)
print(len(s), s[:50], s[-50:])
print(int(s) == x, int("-" + s) == -x, str(-x)[:10])
y = (3 ** 50000) * (7 ** 50000)
t = str(y)
print(len(t), t[:40], t[-40:], int(t) % 1000000007 == y % 1000000007)
print(len(str(10 ** 9999)), str(10 ** 9999 - 1)[-5:], str(10 ** 9999 + 1)[:3])
