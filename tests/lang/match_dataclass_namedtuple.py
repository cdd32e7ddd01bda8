from collections import namedtuple
from dataclasses import dataclass, field
P = namedtuple('P', 'x y')
print(P.__match_args__)
@dataclass
class D:
    a: int
    b: str = 'z'
    c: list = field(default_factory=list)
print(D.__match_args__)
@dataclass(match_args=False)
class E:
    a: int
print(hasattr(E, '__match_args__'))
match P(1, 2):
    case P(x, y=2): print('nt', x)
match D(5):
    case D(a, b): print('dc', a, b)
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
match Color.GREEN:
    case Color.RED: print('red')
    case Color.GREEN: print('green')
