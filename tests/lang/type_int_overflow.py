# Ints have no fixed size: a result past int64 grows, one back inside shrinks.
big = 9223372036854775807
def attempt(label, fn):
    try:
        r = fn()
        print(label, r, type(r).__name__)
    except OverflowError as e:
        print(label, "OverflowError", e)
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
attempt("back", lambda: (big + 1) - 1)
attempt("min", lambda: -big - 1)
x = big
x += 1
print("augmented add:", x, x - big)
n = 1
for i in range(70):
    n += n
print(n, n == 2 ** 70, n > big, -n < -big)
# The countdown's fused fast paths must notice a big operand.
k = 2 ** 64 + 5
while k > 2 ** 64:
    k -= 1
print(k, k == 2 ** 64)
k = 18446744073709551621
while k > 18446744073709551616:
    k -= 1
j = 2 ** 63 - 3
while j < 9223372036854775810:
    j += 1
print(k, j, type(j).__name__)
