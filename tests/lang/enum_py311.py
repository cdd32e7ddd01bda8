# enum names from python 3.11: StrEnum, verify, member/nonmember, enum.property, global_enum.
import enum
from enum import *
class S(StrEnum):
    A = auto()
    Bee = auto()
    C = 'x'
print(S.A == 'a', str(S.Bee), repr(S.Bee), format(S.C), f"{S.A}", S('x'), list(S), isinstance(S.A, ReprEnum))
try:
    class T(StrEnum):
        A = 1
except TypeError as e: print(e)
try:
    @verify(UNIQUE)
    class U(Enum):
        A = 1; B = 1; C = 2; D = 2
except ValueError as e: print(e)
try:
    @verify(CONTINUOUS)
    class V(Enum):
        A = 1; B = 2; C = 5
except ValueError as e: print(e)
try:
    @verify(NAMED_FLAGS)
    class W(Flag):
        A = 1; B = 2; C = 12; D=16|32
except ValueError as e: print(e)
print(repr(UNIQUE), str(CONTINUOUS), EnumCheck.NAMED_FLAGS.value, list(EnumCheck))
class M(Enum):
    A = 1
    f = member(lambda x: x)
    n = nonmember(3)
    @enum.property
    def twice(self): return self.value * 2
print([m.name for m in M], M.n, M.A.twice, type(M.f), M.f.value(7))
try: M.twice
except AttributeError as e: print('AE', e)
print(type(M.__dict__["twice"]).__name__)
@global_enum
class G(IntFlag):
    GA = 1
    GB = 2
print(repr(G.GA), str(G.GA), repr(G.GA|G.GB), GA)
@global_enum
class H(Enum):
    HA = 1
print(repr(HA), str(HA))
