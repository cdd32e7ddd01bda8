# Operations mixing subclass instances with plain values: results are plain.
class L(list): pass
x = L([1,2])
x += [3]
print(x * 2, type(x * 2).__name__, x == L([1,2,3]))
class I(int): pass
print(I(3) + True, I(-2) ** 2, I(10) / 4, pow(I(2), 10, 1000), I(5) > 3.5, sorted([I(3), 1, I(2)]))
class S(str): pass
print(S("a,b").split(","), S("x").join(["1","2"]), "{}".format(S("q")), S("ab") in "xaby", {S("k"): 1})
import gc
class N(dict):
    def __init__(self): super().__init__(); self["me"] = self
for i in range(3): N()
print(gc.collect() >= 0)
class T(tuple): pass
print(T([1,2]) < (1,3), T(), T(x for x in range(3)))
class F(float): pass
print(F(1) == 1, hash(F(0.5)) == hash(0.5), F(3) // 2, -F(2), abs(F(-1)))
class D(dict): pass
dd = D({1: 2})
print(dd.copy(), type(dd.copy()).__name__, {**dd}, dict(dd))
