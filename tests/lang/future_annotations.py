# PEP 563: under `from __future__ import annotations` every annotation is
# kept as python3's text for it and never evaluated (forward references work).
# Left out, because 3.8 (the -m dis oracle) and python3 disagree there: a
# foldable constant (3.8 writes the folded value), and the annotation of a
# target that is not a plain name (3.8 still evaluates it; gilvm does not).
from __future__ import annotations


class Tree:
    def __init__(self, left: Tree | None, value: int, right: Tree | None) -> None:
        self.left, self.value, self.right = left, value, right

    def walk(self) -> Iterator[int]:
        return iter([self.value])


print(Tree.__init__.__annotations__)
print(Tree.walk.__annotations__)
print(Tree(None, 3, None).value)


def spacing(a: dict[bytes,int], b: list [ str ], c: (int,str), d: a[(b,)], e: a[()],
            f: x.y[1:2, ::3], g: 'quoted', h: (a + b) * c, i: x ** -y ** z, j: (-x) ** 2,
            k: not a and (b or c), l: a if b else c, m: [1, 2.5, None, ...],
            n: {1: 'x', **d}, o: {1, 2}, p: f(a, *b, k=1, **d), q: a < b <= c is not d,
            r: b'x\n', s: "it's", u: 3j, v: a[1:2][::], w: (1).real,
            *args: int, **kw: str) -> List[int]:
    pass


for k, v in spacing.__annotations__.items():
    print(k, repr(v))


class Fields:
    x: int = 5
    y: Fields
    z: typing.Callable[[int], str]


print(Fields.__annotations__, Fields.x)
module_level: Mapping[str, Tree] = {}
print(__annotations__)
obj = Fields()
obj.attr = 1
print(obj.attr)

