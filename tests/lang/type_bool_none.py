# bool and None.
print(True, False, type(True).__name__, type(None).__name__)
print(True + 1, False * 5, True == 1, False == 0, True is True)
print(bool(0), bool(1), bool(-1), bool(0.0), bool(""), bool("0"), bool([]), bool([[]]), bool({}), bool(None), bool(()))
print(str(True), repr(False), int(True), float(False))
print(isinstance(True, int), isinstance(1, bool))
print(None is None, None == None, None != 0, repr(None), str(None))
def f():
    pass
print(f() is None)
print(True & True, True | False, not True)
print(max(True, 2), sum([True, True, False]))
print({True: "a", 1: "b"}, [True, False].index(0))
print(bool(bool), bool(f))
x = None
print("none" if x is None else "not none", x or "fallback")
