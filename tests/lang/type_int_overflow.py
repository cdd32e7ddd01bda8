# gilvm ints are 64-bit: a result that does not fit raises OverflowError.
big = 9223372036854775807
def attempt(label, fn):
    try:
        r = fn()
        print(label, "no error", r)
    except OverflowError:
        print(label, "OverflowError")
attempt("add", lambda: big + 1)
attempt("sub", lambda: -big - 2)
attempt("mul", lambda: big * 2)
attempt("pow", lambda: 2 ** 64)
attempt("shift", lambda: 1 << 64)
attempt("neg", lambda: -(-big - 1))
attempt("literal", lambda: int("9223372036854775808"))
attempt("floordiv", lambda: (-big - 1) // -1)
attempt("abs", lambda: abs(-big - 1))
attempt("fits", lambda: big - 1 + 1)
x = big
try:
    x += 1
except OverflowError:
    print("augmented add OverflowError, x unchanged:", x == big)
