# Exceptions copy, deepcopy and pickle through their __reduce__ (type, args, __dict__).
import copy, pickle
class E(Exception):
    def __init__(self, a, b=2):
        super().__init__(a, b)
        self.extra = [1]
for e in [ValueError("x"), KeyError("k"), OSError(2, "nf"), OSError(2, "nf", "f.txt"), E(1), SystemExit(3), StopIteration(7), Exception()]:
    c = copy.copy(e); d = copy.deepcopy(e); p = pickle.loads(pickle.dumps(e))
    print(type(c).__name__, c.args, d.args, p.args, repr(p), str(p), getattr(d, 'extra', None), getattr(p, 'errno', None), getattr(p, 'filename', None))
e = E(1); d = copy.deepcopy(e); print(d.extra is e.extra, copy.copy(e).extra is e.extra)
print(ValueError("a").__reduce__(), E(5).__reduce__()[2], KeyError().__reduce__())
x = ValueError(); x.note = "n"; print(x.__reduce__())
