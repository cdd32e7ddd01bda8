# float() of texts longer than any fixed buffer: long mantissas, overflow to inf,
# underscores, and the ValueError for long bad texts.
print(float("1" * 400 + ".0"))
print(float("-" + "9" * 400 + ".5"))
print(float("0." + "0" * 300 + "1"))
print(float("1" * 20 + "." + "5" * 200))
print(float(("1_" * 150) + "1e-300"))
print(float(b"2" * 200))
for bad in ["1" * 200 + "x", "1" * 200 + "__1", " " * 10 + "1" * 150 + " 1"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError", str(e)[:60], len(str(e)))
