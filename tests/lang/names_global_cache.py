# A cached global lookup must see rebinding, deletion and shadowing at once.
def get():
    return value
value = 1
results = []
for i in range(5):
    results.append(get())
    if i == 1:
        value = 2
    if i == 3:
        value = "three"
print(results)
def call_abs(n):
    return abs(n)
print([call_abs(-i) for i in range(3)])
abs = lambda n: "shadowed"
print(call_abs(-1))
del abs
print(call_abs(-1))
def loop():
    out = []
    for i in range(4):
        out.append(len([0] * i))
    return out
print(loop())
def missing():
    return later_global
try:
    missing()
except NameError as e:
    print("NameError:", e)
later_global = "now defined"
print(missing())
del later_global
try:
    missing()
except NameError as e:
    print("NameError again:", e)
