# Flag combinations named by canonical members in definition order, zero
# and unknown bits, iteration and inversion, and ReprEnum: IntEnum and
# IntFlag show str() and format() as ints, as python3 does.
import enum
class I(enum.IntEnum):
    X = 1
class F(enum.IntFlag):
    A = 1; B = 2
class G(enum.Flag):
    A = 1; B = 2
print(str(I.X), repr(I.X), format(I.X), f"{I.X}", str(F.A), repr(F.A|F.B), str(F.A|F.B), f"{F.B}", str(G.A|G.B), repr(G.A|G.B), str(G.A), repr(F(0)), str(G(0)))
print(list(F), list(G), F.A in (F.A|F.B), ~F.A, ~G.A)
class P(enum.Flag):
    R = 4; W = 2; X = 1; RWX = 7
class Q(enum.IntFlag):
    R = 4; W = 2; X = 1
class M(enum.Flag):
    A = 1; B = 2; AB = 3; C = 8
print(str(P.R|P.W), repr(P.R|P.W), str(P.RWX), repr(P.R|P.W|P.X), str(P(0)), repr(P(0)), str(~P.R), repr(~P.R))
print(str(Q.R|Q.X), repr(Q.R|Q.X), repr(Q(0)), repr(~Q.R), repr(Q(8)) if False else '', format(Q.R, ">4"), f"{Q.W|Q.X}")
print(repr(M.A|M.B), repr(M.A|M.C), repr(M.AB|M.C), list(M), repr(~M.A), str(M(11)))
class I(enum.IntEnum):
    X = 1
print("%s %d %r" % (I.X, I.X, I.X), "{} {!r} {:>3}".format(I.X, I.X, I.X), I.X + 1)
class S(str, enum.Enum):
    A = "a"
print(str(S.A), format(S.A), f"{S.A}", repr(S.A))
class Q(enum.IntFlag):
    R = 4; W = 2; X = 1
class P(enum.Flag):
    R = 4; W = 2; X = 1; RWX = 7; NONE = 0
print(repr(Q(8)), repr(Q(9)), str(Q(9)), repr(Q.R | 8), (Q.R|Q.W).name, Q(0).name, repr(~Q(0)), repr(~Q(9)))
print(list(P), len(P), repr(P(0)), P(0).name, repr(P.NONE), (P.R|P.W).name, repr(~P.RWX), repr(~P.NONE), P.RWX in P, P.R in P.RWX, list(P.__members__))
try: P(8)
except ValueError as e: print("VE", e)
print(bool(P(0)), P.R | P.W == P(6), hash(P.R|P.W) == hash(P(6)), list(P.R|P.W) if hasattr(P.R, '__iter__') else 'noiter')
print(len(P.R|P.W) if hasattr(P.R, '__len__') else 'nolen')
