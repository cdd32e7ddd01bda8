# int.bit_count, float.hex and float.fromhex (exact, with rounding of extra
# hex digits, subnormals, overflow and the errors python3 raises).
import random

def err(label, f):
    try:
        r = f()
        print(label, 'no error', repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

print('== bit_count')
for v in [0, 1, -1, 2, 3, 7, 8, 255, -255, 256, 2**31 - 1, 2**32, 2**63 - 1, -2**63, 2**63,
          2**64 - 1, -(2**64 - 1), 2**200 - 1, -(2**200 - 1), 10**50, -10**50, True, False]:
    print(v, v.bit_count(), bin(v).count('1') == v.bit_count())
x = 0
for i in range(0, 3000, 3):
    x |= 1 << i
print(x.bit_count(), (-x).bit_count(), (x << 17).bit_count())
err('bit_count(1)', lambda: (5).bit_count(1))

print('== hex')
edges = [0.0, -0.0, 1.0, -1.0, 1.5, 0.1, -0.1, 2.0, 0.5, 3.0, 1e308, -1e308, 5e-324, -5e-324,
         1e-310, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e+308,
         float('inf'), float('-inf'), float('nan'), 2.0 ** -1022, 2.0 ** -1023, 2.0 ** -1074,
         2.0 ** 1023, 123456.789, 1 / 3, 4503599627370496.0, 9007199254740993.0]
for v in edges:
    h = v.hex()
    back = float.fromhex(h)
    same = (back == v and str(back) == str(v)) or (v != v and back != back)
    print(repr(v), h, repr(back), same)
err('hex(1)', lambda: (1.0).hex(1))

print('== round trips')
rng = random.Random(20240611)
bad = 0
for i in range(1000):
    bits = rng.getrandbits(64)
    v = float.fromhex('0x1.%013xp%d' % (bits & (2**52 - 1), (bits >> 52) % 2046 - 1022))
    if bits >> 63:
        v = -v
    w = rng.uniform(-1e6, 1e6) * 10.0 ** rng.randint(-320, 300)
    for u in (v, w):
        if float.fromhex(u.hex()) != u or float.fromhex(u.hex()).hex() != u.hex():
            bad += 1
    if i < 25:
        print(v.hex(), w.hex())
print('bad', bad)
sub = 5e-324
for k in range(60):
    s = sub * (3 ** (k % 40) + k)
    print(s.hex(), float.fromhex(s.hex()) == s)

print('== fromhex')
for s in ['0x1', '1', '-1', '+1', '0x1.8p1', ' -0x1.8p1 ', '\t0X1P-1\n', '.8', '8.', '0x.8',
          '0xA.bcp4', '0xa.BCP+4', '0x3.a7p10', '-0x0p+0', '0x0.0p0', '0x00000.00001p20',
          '0x1.0000000000000p-1022', '0x0.0000000000001p-1022', '0x1p-1074', '0x1p-1075',
          '0x1.1p-1075', '0x1p-1076', '0x1.fffffffffffffp1023', '0x1.fffffffffffff7ffp1023',
          '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000081p0',
          '0x1.00000000000007ffffffp0', '0x1.0000000000000800000001p0', '0x3.fffffffffffffep0',
          '0x0.0000000000000fp-1022', '0x0.00000000000008p-1022', '0x0.00000000000018p-1022',
          '0x0.0000000000001800000p-1022', '0x1.ffffffffffffffp-1023', '0x1.fffffffffffff8p-1023',
          '0x.00000000000000000000000000000000000001p128', '0x' + '0' * 400 + '1p-4',
          '0x1' + '0' * 300 + 'p-1200', '0x1p-99999999999999999999999', '0x0p99999999999999999999',
          'inf', 'INF', '-inf', '+Infinity', 'iNfInItY', 'nan', '-NaN', ' nan ', '0x1p+1023',
          '0x1p1023', '0x.1p1027', '0x10p1019', '0x1.8p-1074', '0x1.7p-1074', '0x2.8p-1075']:
    print(repr(s[:60]), repr(float.fromhex(s)))
print(float.fromhex('0x1.ffffffffffffep+1023'), float.fromhex('-0x0p+0'))

class F(float):
    pass

f = F.fromhex('0x1.8p1')
print(type(f).__name__, f, type(float.fromhex('0x1')).__name__)
for s in ['', ' ', 'x', '0x', '0x.', '0x.p1', '0x1p', '0x1p+', '0x1p-', '0x1 p1', '0x1_0',
          '0xg', '1e5', '- 0x1', '--0x1', '+-1', 'infinit', 'infinityx', 'nana', '0x1\x00',
          '\xa00x1', '0x1.8.', '0x1pp1', '0x1p1.5', '0x1.fffffffffffff8p1023', '0x1p1024',
          '0x2p1023', '-0x1p99999', '0x' + '1' * 1000, '0x1p99999999999999999999999',
          '0x.8p1025']:
    err(repr(s[:30]), lambda: float.fromhex(s))
err('fromhex()', lambda: float.fromhex())
err('fromhex bytes', lambda: float.fromhex(b'0x1'))
err('fromhex int', lambda: float.fromhex(1))
err('fromhex 2', lambda: float.fromhex('1', '2'))
