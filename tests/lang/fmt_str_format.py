# str.format with positional fields and format specs.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0}".format("a", "b"))
print("{2}{1}{0}".format("x", "y", "z"))
print("[{:>8}] [{:<8}] [{:^8}] [{:*>8}] [{:_<8}]".format("r", "l", "c", "s", "u"))
print("[{:5d}] [{:05d}] [{:+d}] [{:,}] [{:x}] [{:#x}]".format(42, 42, 42, 1234567, 255, 255))
print("[{:.2f}] [{:8.3f}] [{:e}] [{:.3g}] [{:.1%}]".format(3.14159, 2.71828, 1234.5, 0.000123456, 0.256))
print("{!r} {!s} {!r}".format("q", "q", 1))
print("{{}} {{{}}}".format("inner"))
print("{}".format([1, "a"]), "{}".format(None), "{}".format(True))
print("{0:>{1}}".format("w", 5))
print("{:d}".format(True), "{}".format(1.0), "{:g}".format(1.0))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError (wording differs between 3.8 and 3.11)")
print("{0}{0}{0}".format("ab"))
print("".format(), "plain".format(1, 2))
