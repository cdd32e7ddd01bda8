# Shadowing a builtin with a global, then deleting the global.
print(len("abc"))
len = 2
print(len)
try:
    len("abc")
except TypeError as e:
    print("TypeError:", e)
def uses_len():
    return len
print(uses_len())
del len
print(len)
print(len("abc"), uses_len()("ab"))
def local_shadow():
    max = "local max"
    return max
print(local_shadow(), max(1, 2))
print = print
print("print shadowed by itself still works")
del print
print("builtin print again")
def call_str():
    return str(5)
str = lambda v: "shadowed str"
print(call_str())
del str
print(call_str())
try:
    del len
except NameError as e:
    print("NameError:", e)
