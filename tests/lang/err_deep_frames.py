def a(n):
    return b(n)

def b(n):
    return c(n)

def c(n):
    if n:
        return a(n - 1)
    raise RuntimeError("bottom")

a(2)
