# Float (and mixed int/float) arithmetic over edge values, errors by class name.
inf = float("inf")
nan = float("nan")
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 3, -7, 1e308, 5e-324, inf, -inf, nan, 2.5, True]
def apply(op, a, b):
    if op == "+": return a + b
    if op == "-": return a - b
    if op == "*": return a * b
    if op == "/": return a / b
    if op == "//": return a // b
    if op == "%": return a % b
    if op == "**": return a ** b
    if op == "<": return a < b
    return a == b
for op in ["+", "-", "*", "/", "//", "%", "**", "<", "=="]:
    row = []
    for a in vals:
        for b in vals:
            try:
                r = apply(op, a, b)
                row.append(repr(r))
            except ZeroDivisionError:
                row.append("ZDE")
            except OverflowError:
                row.append("OVF")
    print(op, len(row))
    for k in range(0, len(row), 14):
        print("  " + " ".join(row[k:k + 14]))
