# format(), f-strings' specs and printf-style % on ints past a word, against python3.
vals = [0, 1, -1, 2 ** 63, -(2 ** 63), 2 ** 64 - 1, 12345678901234567890123, -98765432109876543210987654321, 3 ** 100]
specs = ["", "d", "x", "X", "o", "b", "#x", "#o", "#b", "+d", " d", ",", "_", "_x", ">40", "<40", "^41", "=+40", "040", "040,", "#050_x", "e", ".3e", "f", ".2%", "g", "n", "*^60,"]
for v in vals:
    for s in specs:
        try:
            print(repr(format(v, s)))
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)
    for p in ("%d", "%5d", "%-45d|", "%+d", "%x", "%#X", "%o", "%#o", "%.30d", "%040d", "%s", "%r", "%i", "%u", "%e", "%g"):
        print(p % v)
