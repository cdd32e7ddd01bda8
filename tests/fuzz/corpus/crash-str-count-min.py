# expect: 0
# split/rsplit/replace with a count of -2**63: the loops' count-- started at
# INT64_MIN (UBSan: signed overflow).  Any negative count means no limit.
x = -9223372036854775807 - 1
print("a b c".split(None, x), "a,b,c".split(",", x), "a,b,c".rsplit(",", x))
print("abc".replace("b", "x", x), "abc".replace("", "-", x))
