# Big ints in two's complement: & | ^ ~ << >>, bit_length, to_bytes and
# from_bytes, hex/oct/bin and their format codes.
a = 0x123456789abcdef0123456789abcdef
vals = (a, -a, 2 ** 64, -(2 ** 64), 2 ** 63, -(2 ** 63), 5, -5, 0, -1, (1 << 200) - 1)
for x in vals:
    for y in vals[:6]:
        print(x & y, x | y, x ^ y)
    print(~x, x >> 1, x >> 64, x >> 65, x >> 300, x << 1, x << 100, x.bit_length())
print(True & 2 ** 70, (True | False), type(True ^ True).__name__, -2 ** 70 >> 3)
for x in (a, -a, 255, 2 ** 64, 0, -(2 ** 100)):
    print(hex(x), oct(x), bin(x) if abs(x) < 2 ** 70 else len(bin(x)))
    print("%x %X %o %d %5x|%-30d|%+d" % (x, x, x, x, x, x, x))
    print(format(x, "x"), format(x, "#X"), format(x, ","), format(x, "_b")[-20:], f"{x:>45}", f"{x:045_d}")
print((2 ** 64).to_bytes(9, "big"), (2 ** 64).to_bytes(9, "little"), (-(2 ** 63)).to_bytes(8, "big", signed=True))
print((255).to_bytes(1, "big"), (-129).to_bytes(2, "little", signed=True), (0).to_bytes(0, "big"))
print(int.from_bytes(b"\x80" + b"\x00" * 15, "big", signed=True), int.from_bytes(b"\xff" * 12, "little"))
print(int.from_bytes(b"", "big"), int.from_bytes(b"\xff", "big", signed=True), int.from_bytes((2 ** 100).to_bytes(13, "big"), "big") == 2 ** 100)
for f in (lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(4, "big"), lambda: (128).to_bytes(1, "big", signed=True),
          lambda: (1).to_bytes(1, "middle"), lambda: 1 << 2 ** 70, lambda: int.from_bytes("ab", "big")):
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
