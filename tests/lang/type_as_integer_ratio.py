import sys
print(sys.hash_info.modulus, sys.hash_info.inf, sys.hash_info.width, sys.hash_info[1] == 2**61-1)
for x in [1.5, -0.75, 0.1, 5e-324, -5e-324, 1e308, 2.0**80, -3.0, 0.0, -0.0, 1/3, 123456.789]:
    print(x, x.as_integer_ratio())
for x in [0, 7, -12, True, 10**30]:
    print(x, x.as_integer_ratio())
for x in [float('inf'), float('-inf'), float('nan')]:
    try:
        x.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
