# and / or return an operand and short-circuit; not returns a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, 0 or "" or None)
print("" and "x", "a" and "b" and "c", [] or {} or "last")
print(not 1, not 0, not "", not [0], not None)
log = []
def t(v):
    log.append(v)
    return v
r = t(0) and t(1)
print(r, log)
log = []
r = t(1) or t(2)
print(r, log)
log = []
r = t(0) or t(0) or t(3) or t(4)
print(r, log)
x = 5
print(x > 0 and x < 10, x < 0 or x > 3, not x > 3)
print(None or 0, None and 0)
name = ""
print(name or "default")
print(True and False or True, True or False and False)
