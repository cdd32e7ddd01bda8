# __closure__ and cell_contents: read, written, emptied.
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
inc = counter(); inc()
print(inc(), inc.__closure__[0].cell_contents, len(inc.__closure__), counter.__closure__, type(inc.__closure__[0]).__name__)
inc.__closure__[0].cell_contents = 10; print(inc())
def late():
    def f(): return v
    cell = f.__closure__[0]
    try: cell.cell_contents
    except ValueError as e: print(e)
    v = 3
    print(cell.cell_contents, f())
    del cell.cell_contents
    try: f()
    except NameError as e: print(e)
late()
print([c.cell_contents for c in (lambda: (inc, late)).__closure__ or ()], (lambda: inc).__closure__)
class K:
    def m(self): return __class__
print(K.m.__closure__[0].cell_contents is K)
