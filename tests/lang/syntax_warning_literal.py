# Compile-time SyntaxWarnings python3 gives for likely mistakes: identity
# against a literal (`x is 1`) and an assert of a non-empty tuple.  They go
# through the warnings filters: recorded by catch_warnings, and an "error"
# filter turns them into a SyntaxError at the line.
import warnings

x = 1
if x is 1:
    print("is one")
print(x is not "a", x is None, x is True, x is ..., 0 < x is 2)
assert (x, "never fails")

src = "y = 5\nok = y is None\nbad = y is (1, 2)\nassert (y,)\n"
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    exec(compile(src, "<demo>", "exec"))
for w in caught:
    print(w.category.__name__, w.filename, w.lineno, w.message)

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        compile("z = 3\nz is not -1\n", "<strict>", "exec")
    except SyntaxError as e:
        print("SyntaxError", e.filename, e.lineno, e.msg)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    compile("q = 1 is 1", "<quiet>", "exec")
    print("ignored")
