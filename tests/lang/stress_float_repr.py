# Shortest round-trip repr over many floats spread across magnitudes.
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed
out = []
bad = 0
for i in range(400):
    mant = rnd() / 2147483648.0 + rnd() / 2147483648.0 / 2147483648.0
    exp = rnd() % 60 - 30
    x = mant * 10.0 ** exp
    if i % 3 == 0:
        x = -x
    r = repr(x)
    if float(r) != x:
        bad += 1
    out.append(r)
for k in range(0, 400, 4):
    print(out[k], out[k + 1], out[k + 2], out[k + 3])
print("round-trip failures:", bad)
for n in range(1, 30):
    print(1 / n, n / 10, 2.0 ** -n, 10.0 ** n / 3)
