class P:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y
for v in [0, -1, 'a', [1, 2, 3], (4,), {'k': 1, 'j': 2}, P(1, 2), None, 2.5]:
    match v:
        case 0 | -1: print('num')
        case 'a' as s: print(s)
        case [a, *rest] if a: print(a, rest)
        case (b,): print(b)
        case {'k': k, **kw}: print(k, kw)
        case P(x, y=2): print(x)
        case None: print('none')
        case float(f): print(f)
        case _: print('other')
