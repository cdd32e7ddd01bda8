# type(name, bases, ns) takes __module__ from the calling code's globals,
# so such a class prints, pickles and reprs like one from a class statement.
S = type("S", (), {"__slots__": ("a",)})
print(S, S.__module__, S.__qualname__, repr(S()).startswith("<__main__.S object"))
print(type("M", (), {"__module__": "given"}).__module__)

ns = {"__name__": "fakemod"}
exec("C = type('C', (object,), {})", ns)
print(ns["C"], ns["C"].__module__)

# Globals without __name__ leave it unset, as in CPython.
bare = {}
exec("D = type('D', (), {})", bare)
print("__module__" in bare["D"].__dict__)

import pickle
P = type("P", (), {})
globals()["P"] = P
print(type(pickle.loads(pickle.dumps(P()))) is P)
