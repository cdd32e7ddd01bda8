# if / elif / else.
def sign(n):
    if n > 0:
        return 1
    elif n < 0:
        return -1
    else:
        return 0
print(sign(5), sign(-5), sign(0))
for v in [0, 1, "", "x", [], [0], None, 0.0, {}, {"a": 1}, ()]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 7
if x > 10:
    print("big")
elif x > 5:
    print("medium")
elif x > 0:
    print("small, never reached")
if x == 7: print("seven")
if not x:
    print("no")
else:
    pass
print("end")
