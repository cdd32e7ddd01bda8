# complex: literals, arithmetic with int and float, repr, complex(), hashing, format(), errors.
z = 1+2j
print(z, repr(z), 2j, -2j, 0j, -0j, 1j*1j, (1+2j)*(3+4j), (1+2j)/(3-4j), abs(3+4j))
print(z.real, z.imag, z.conjugate(), complex(1, 2), complex('3-4j'), complex(' (1.5+2j) '), complex('j'), complex('-j'), complex(2.5), complex())
print(z == 1+2j, z != 1, complex(3) == 3, complex(3) == 3.0, hash(complex(3)) == hash(3), hash(1+2j) == hash(complex(1,2)))
print(z**2, z**0.5, (2j)**-1, pow(1j, 2), 1j**1j, (-8)**(1/3), (-1)**0.5, 2**z, z + 1, 1 - z, 2.5 * z, z / 2)
print(type(z).__name__, isinstance(z, complex), bool(0j), bool(1j), sum([1j, 2, 3.5]), [1j, 2j][1])
print(complex(1e300, 1e300) * 10, complex(float('inf'), float('nan')), 1e16j, 1.5e-7j, -(1+0j))
print(f"{z}", f"{z:.2f}", format(z, '>12'), "{:e}".format(1-1j), str(z), "%s" % z)
for bad in ("lambda: z < z", "lambda: z // 2", "lambda: z % 2", "lambda: int(z)", "lambda: float(z)", "lambda: complex('1+')", "lambda: 1/0j", "lambda: 0j**-1", "lambda: complex('x', 1)", "lambda: complex([])", "lambda: {}.get(z < 1)"):
    try:
        eval(bad)()
    except Exception as e:
        print(type(e).__name__, e)
class C:
    def __complex__(self): return 5j
print(complex(C()), complex(1j, 1j), complex(real=2, imag=3), {1j: 'a'}[1j], sorted([3, 1], key=lambda x: (x*1j).imag))
import cmath
print(cmath.sqrt(-1), cmath.exp(1j*cmath.pi), cmath.phase(-1), cmath.polar(1j), cmath.rect(2, 0), cmath.isclose(1j, 1j))
