# cmath on a grid about the branch cuts, and complex ** and / on it: python3 to the last bit.
import cmath
vals = [complex(a, b) for a in (-3.5, -1, -0.25, 0, 0.5, 1, 2.75) for b in (-2, -0.5, 0, 0.3, 1, 4)]
for f in ('sqrt','exp','log','log10','sin','cos','tan','asin','acos','atan','sinh','cosh','tanh','asinh','acosh','atanh'):
    fn = getattr(cmath, f)
    for z in vals:
        try:
            r = repr(fn(z))
        except Exception as e:
            r = type(e).__name__
        print(f, z, r)
for z in vals:
    for w in (2, 0.5, 1j, -1.5+2j):
        try: r = repr(z ** w)
        except Exception as e: r = type(e).__name__
        print('pow', z, w, r, repr(z / (w + 0.1)), repr(abs(z)))
