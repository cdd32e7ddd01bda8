# math's functions take any object with __float__, as CPython's PyFloat_AsDouble does.
import math
from fractions import Fraction as F

class Temp:
    def __init__(self, v): self.v = v
    def __float__(self): return self.v
class Bad:
    def __float__(self): return 1
class Plain:
    pass
for thunk in [lambda: math.sqrt(F(9, 4)), lambda: math.log(F(1, 2)), lambda: math.exp(F(0)),
              lambda: math.fsum([F(1, 3), 0.5, Temp(0.25)]), lambda: math.isfinite(F(1)),
              lambda: math.floor(F(7, 2)), lambda: math.sqrt(Temp(2.25)), lambda: float(Temp(-0.5)),
              lambda: '%.3f' % F(1, 3), lambda: math.hypot(Temp(3.0), 4),
              lambda: math.sqrt(Bad()), lambda: float(Bad()), lambda: math.sqrt(Plain()),
              lambda: math.sqrt('x'), lambda: math.fsum([1.0, Plain()])]:
    try:
        print(repr(thunk()))
    except TypeError as e:
        print('TypeError', e)
