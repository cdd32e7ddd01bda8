# f-strings with nested replacement fields in the spec.
width = 10
prec = 3
x = 2.718281828
print(f"[{x:{width}}]")
print(f"[{x:{width}.{prec}f}]")
print(f"[{'hi':>{width}}]")
print(f"[{'hi':{'^'}{width}}]")
for w in range(3, 6):
    print(f"[{w:>{w}}]")
rows = [("apple", 1.5), ("kiwi", 12.25)]
for name, price in rows:
    print(f"{name:<8}|{price:>8.2f}|")
print(f"{f'{x:.1f}'!r}")
print(f"{[f'{i}' for i in range(3)]}")
