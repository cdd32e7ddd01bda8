# Size directives (tests/fuzz/expand.h): the fuzzer mutates the counts.
# Long programs, deep nesting at compile time, and big values built at run time.
x = 0
@{20000*x = x + 1
}@s = "@{50000*ab}@"
t = @{150^(@|1@|,)}@
l = @{150^[@|0@|]}@
d = @{100^{1: @|None@|}}@
def f():
    @{5000*x = 1; }@return x
c = int
@{500*c = c,
}@print(isinstance(1, c), issubclass(bool, c), len(s), x)
try:
    raise ValueError
except @{3^(@|ValueError@|,)}@:
    pass
