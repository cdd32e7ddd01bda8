# code.replace refuses the fields that shape the frame and the instructions:
# the eval loop runs only what gilvm's compiler made.
def f(a, *rest):
    return a

code = f.__code__
for field, value in (("co_code", b"d\x00S\x00"), ("co_nlocals", 9), ("co_varnames", ("x",)),
                     ("co_consts", (None,))):
    try:
        code.replace(**{field: value})
    except ValueError as e:
        print(e)
try:
    code.replace(co_flags=code.co_flags & ~0x4)   # drop CO_VARARGS
except ValueError as e:
    print(e)
print(code.replace(co_flags=code.co_flags | 0x100).co_flags & 0x100)
try:
    code.replace(co_name=3)
except TypeError as e:
    print(e)
try:
    code.replace("x")
except TypeError as e:
    print(e)
print(f(1, 2))
