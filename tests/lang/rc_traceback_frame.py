# A handled exception's traceback keeps the raising frame (and its locals)
# alive until the handler ends, as in CPython.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def raiser():
    doomed = T("local of raising function")
    raise ValueError("x")
try:
    raiser()
except ValueError:
    print("in handler")
print("after handler")
def deeper():
    mine = T("local of caller")
    raiser()
try:
    deeper()
except ValueError as e:
    print("in handler with", e)
print("end")
