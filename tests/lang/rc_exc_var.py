# Exceptions and the objects they carry are released when handled.
class Payload:
    def __del__(self):
        print("payload freed")
class E(Exception):
    pass
try:
    raise E(Payload())
except E as e:
    print("handling", type(e.args[0]).__name__)
print("after handler")
def f():
    try:
        raise E(Payload())
    except E:
        print("handled in f")
    print("f returns")
f()
print("end")
