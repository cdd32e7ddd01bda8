# The integer string digit limit (CPython 3.8.14+, 3.11): str/repr/format/%
# and int() of more than sys.get_int_max_str_digits() digits in a base that
# is not a power of two raise ValueError; the sys functions, sys.int_info,
# sys.flags and PYTHONINTMAXSTRDIGITS set and report it.
import sys
try: int('1'*5000)
except ValueError as e: print(e)
try: int('1_0'*2500)
except ValueError as e: print(e)
print(len(hex(10**5000)), int('f'*5000, 16).bit_length(), int('0x' + 'f' * 5000, 0) > 0, int(b'7' * 4300) > 0)
for f in [str, repr, lambda v: f'{v}', lambda v: '%d' % v, lambda v: format(v, ','), lambda v: '{:>10}'.format(v)]:
    try: f(10**5000)
    except ValueError as e: print('refused:', e)
try: int('1'*5000, 7)
except ValueError as e: print('b7', e)
try: str(-10**4300)
except ValueError as e: print('neg', e)
print(len(str(10**4299)), len(str(-10**4299)), int('1' * 4300) % 7, int(' -' + '2' * 4300 + ' ') % 9)
try: int('x' * 5000)
except ValueError as e: print(str(e)[:60])
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
sys.set_int_max_str_digits(5000)
print(len(str(10**4999)), int('9' * 5000) % 11)
try: str(10**5000)
except ValueError as e: print(e)
sys.set_int_max_str_digits(maxdigits=0)
print(len(str(3**20000)), len(repr(-7**9000)), int('5' * 20000) % 13)
for bad in [100, -1, 639]:
    try: sys.set_int_max_str_digits(bad)
    except ValueError as e: print(bad, e)
print(sys.get_int_max_str_digits())
import os, subprocess
code = "import sys; print(sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)"
for value in ["1000", "0"]:
    env = dict(os.environ, PYTHONINTMAXSTRDIGITS=value)
    print(subprocess.run([sys.executable, "-c", code], env=env, stdout=subprocess.PIPE).stdout)
    print(subprocess.run([sys.executable, "-E", "-c", code], env=env, stdout=subprocess.PIPE).stdout)
r = subprocess.run([sys.executable, "-c", "pass"], env=dict(os.environ, PYTHONINTMAXSTRDIGITS="5"),
                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(r.returncode != 0, b"PYTHONINTMAXSTRDIGITS" in r.stderr)
