# Default values are evaluated once, at def time.
def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
n = 10
def show(v=n):
    return v
n = 20
print(show())
def counter(c={"n": 0}):
    c["n"] += 1
    return c["n"]
counter(); counter()
print(counter())
