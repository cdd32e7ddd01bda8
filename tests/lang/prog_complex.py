# complex beside cmath, copy, pickle and numbers, and a Mandelbrot set drawn with it.
import cmath, math, copy, numbers, pickle
for f in ('sqrt','exp','log','log10','sin','cos','tan','asin','acos','atan','sinh','cosh','tanh','asinh','acosh','atanh'):
    fn = getattr(cmath, f)
    out = []
    for z in (1+1j, -2, 0.5j, 3):
        out.append(repr(fn(z)))
    print(f, ' '.join(out))
for expr in ("cmath.log(0)", "cmath.exp(1000)", "cmath.atanh(1)", "cmath.log(8, 2)", "cmath.sqrt('x')", "cmath.polar(3-4j)", "cmath.rect(1, math.pi/2)", "cmath.log10(100)", "cmath.isnan(cmath.nanj)", "cmath.isinf(cmath.infj)", "cmath.atan(1j)"):
    try:
        print(expr, eval(expr))
    except Exception as e:
        print(expr, type(e).__name__, e)
print(copy.copy(1+2j), copy.deepcopy([1j]), pickle.loads(pickle.dumps(3-4j)), isinstance(1j, numbers.Complex), isinstance(1j, numbers.Real))
def mandel(w, h, it=30):
    rows = []
    for y in range(h):
        row = ''
        for x in range(w):
            c = complex(-2 + 3 * x / w, -1.2 + 2.4 * y / h)
            z = 0
            n = 0
            while abs(z) <= 2 and n < it:
                z = z * z + c
                n += 1
            row += '#' if n == it else ' .:-=+*%@'[n % 9]
        rows.append(row)
    return rows
print('\n'.join(mandel(40, 12)))
print({1j, 1j, 2+0j, 2}, (1+2j) in [1+2j], str(-1.5-0j), repr(complex(-0.0, -0.0)), 1 + 1e-20j, 1j ** 2 == -1)
print("%r %s %.1f" % (1j, 2j, 3.0), "{0.real}".format(4j), sum(x * 1j for x in range(4)))
