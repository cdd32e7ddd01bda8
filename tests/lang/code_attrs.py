# The code object's co_* attributes.
def f(a, b=1, *args, c, d=2, **kw):
    x = 1
    def g():
        return x
    return g
c = f.__code__
print(c.co_name, c.co_firstlineno, c.co_argcount, c.co_posonlyargcount, c.co_kwonlyargcount)
print(c.co_varnames, c.co_cellvars, c.co_freevars, c.co_names, c.co_nlocals, c.co_flags)
print(type(c.co_code).__name__, type(c.co_lnotab).__name__, c.co_stacksize > 0, c.co_consts[0])
print(f(1, c=3).__code__.co_freevars)
