# Random big ints of many sizes (a fixed LCG, so python3 sees the same ones),
# past the Karatsuba cut-off and across digit boundaries: identities that must
# hold, and digests python3 must agree with.
state = 12345
def rand_bits(n):
    global state
    v = 0
    for i in range(0, n, 31):
        state = (state * 1103515245 + 12345) % 2147483648
        v = (v << 31) | state
    return v >> (((n + 30) // 31) * 31 - n)

P = 1000000007
sizes = (1, 31, 32, 33, 63, 64, 65, 95, 96, 97, 500, 1535, 1536, 1600, 3000, 5000, 9000, 20000)
acc = 0
for sa in sizes:
    for sb in sizes:
        a = rand_bits(sa) | 1
        b = rand_bits(sb) | 1
        if state & 4:
            a = -a
        if state & 8:
            b = -b
        p = a * b
        q, r = divmod(a, b)
        ok = q * b + r == a and (r == 0 or (r < 0) == (b < 0)) and abs(r) < abs(b)
        ok = ok and p // b == a and p % a == 0 and (a + b) - b == a
        ok = ok and (a & b) + (a | b) == a + b and (a ^ b) == (a | b) - (a & b)
        ok = ok and (a << 37) >> 37 == a and ~a == -a - 1
        if not ok:
            print("identity fails for", sa, sb)
        acc = (acc * 31 + p % P + q % P + r % P + (a ^ b) % P + (a >> 13) % P + hash(p)) % (2 ** 64)
print("digest", acc)
x = rand_bits(13000)
s = str(x)
print(len(s), s[:30], s[-30:], int(s) == x, int(hex(x), 16) == x, int(bin(x), 0) == x, int(oct(x), 8 if 0 else 0) == x)
print(hash(x), hash(-x), float(x % 2 ** 900), (x * x) % P, pow(x, x, P), x.bit_length())
# Decimal conversion splits large numbers: digits across the split sizes.
for n in (100, 1000, 1279, 1280, 1281, 1300, 2600, 4000, 5121, 9000, 14000):
    v = rand_bits(n)
    s = str(v)
    print(n, len(s), s[:20], s[-20:], s.count("0"), s.count("9"), int(s) == v, str(-v) == "-" + s)
print(str(10 ** 4000 - 1).count("9"), str(10 ** 4000)[:2], str(10 ** 3999 * 7).count("0"))
