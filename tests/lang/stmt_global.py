# global declarations.
count = 0
def bump():
    global count
    count += 1
bump(); bump()
print(count)
def make():
    global created
    created = "made in a function"
make()
print(created)
x = "global x"
def reader():
    return x          # reads the global without a declaration
def shadow():
    x = "local x"
    return x
print(reader(), shadow(), x)
def two():
    global a, b
    a, b = 1, 2
two()
print(a, b)
def rebind_later():
    return later
later = "defined after the function"
print(rebind_later())
