# expect: 0
# str.ljust/rjust/center/zfill with a width of 2**62 looped 2**62 times
# appending to a buffer that had stopped growing (a hang); they are sized
# first now and fail at once with MemoryError, as CPython's do.
for f in (lambda: "abc".center(9223372036854775807), lambda: "abc".ljust(2**62, "é"),
          lambda: "-1".zfill(9223372036854775807), lambda: "x".rjust(2**62)):
    try:
        f()
    except MemoryError:
        print("MemoryError")
print("ab".center(7, "*"), "-1".zfill(5), "é".rjust(3, "ü"))
