# \N{name} escapes in str literals and f-strings; bytes and raw strings keep them.
print("\N{BULLET}", "\N{bullet}", "\N{LATIN SMALL LETTER A WITH ACUTE}x", "\N{EM DASH}")
print(f"{1}\N{BULLET}", f"\N{DIGIT ONE}{2}", f"\\N{{x}}", f"\\{3}")
print(b"\N{BULLET}", r"\N{BULLET}", rf"\N{{x}}", len("\N{GRINNING FACE}"))
tests = ['"ab\\N{NOPE}"', '"\\NX"', '"\\N{BULLET"', '"\\N{}"']
for s in tests:
    try:
        eval(s)
    except SyntaxError as e:
        print(s, e.msg)
print(__builtins__.len([1, 2]), type(__builtins__).__name__)
