# expect: 0
# Widths and precisions in format specs: a run of digits past int64 was
# signed overflow (UBSan), and a width of 10**12 spun 10**12 turns of the
# padding loops before any allocation failed (a hang).  Each is one clear
# error now, as in CPython.
for spec in ("999999999999", ">99999999999", "0999999999999,", "=999999999999",
             "99999999999999999999", ".99999999999999999999"):
    try:
        format(1, spec)
    except (MemoryError, ValueError) as e:
        print(type(e).__name__, e)
for spec in ("0999999999999,f", "^99999999999999999999"):
    try:
        format(1.5, spec)
    except (MemoryError, ValueError) as e:
        print(type(e).__name__, e)
for fmt in ("%999999999999d", "%.99999999999999999999d", "%99999999999999999999s"):
    try:
        fmt % 1
    except (MemoryError, ValueError) as e:
        print(type(e).__name__, e)
try:
    "%*d" % (-2**63, 1)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
try:
    "{:>99999999999}".format(1)
except MemoryError:
    print("MemoryError")
