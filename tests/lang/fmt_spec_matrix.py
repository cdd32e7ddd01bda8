# str.format spec matrix: fill, align, sign, zero-pad, grouping, precision and types over ints, floats and strs.
ivals = [0, 1, -1, 42, -42, 255, 1234567, -1234567, 9223372036854775807]
for spec in ["", "d", "5", "<5", ">5", "^5", "*^7", "05", "+", " ", "-", ",", "_", ">+8,", "x", "#x", "08x", "#010x", "b", "#b", "o", "X", "#X", "c" if False else "n", "e", ".2f", "%", "10.3e", "g"]:
    try:
        print(repr(spec), " ".join([("{:" + spec + "}").format(v) for v in ivals]))
    except (ValueError, TypeError) as ex:
        print(repr(spec), type(ex).__name__)
fvals = [0.0, -0.0, 1.0, -2.5, 3.14159265358979, 1e-7, 123456789.0, 1e22, 0.000123456, 99.995, float("inf"), float("nan")]
for spec in ["", "f", ".0f", ".2f", "10.3f", "<10.2f", "^10.1f", "+.1f", " .1f", "010.2f", ",.2f", "e", ".2e", "E", "g", ".3g", "G", "%", ".1%", ".0%", "n", ".3", "10", "0=10.2f", "=+10.1f", ".2g", "#.3g"]:
    try:
        print(repr(spec), " ".join([("{:" + spec + "}").format(v) for v in fvals]))
    except (ValueError, TypeError) as ex:
        print(repr(spec), type(ex).__name__)
for spec in ["", "5", "<5", ">5", "^6", ".2", "10.3", "*>6", "s"]:
    print(repr(spec), "|".join([("{:" + spec + "}").format(v) for v in ["", "a", "héllo", "日本語"]]))
for bad in ["d", "f", "x"]:
    try:
        ("{:" + bad + "}").format("str")
    except ValueError as ex:
        print(bad, "ValueError:", ex)
try:
    "{:s}".format(1)
except ValueError as ex:
    print("ValueError:", ex)
