# python3's compile-time SyntaxWarnings for a missing comma: calling a literal,
# subscripting one that has no items, indexing a sequence literal by a literal
# that is not an int or a slice.  Cases that must not warn print [].
import warnings
cases = ["[(1, 2) (3, 4)]", "'abc'()", "[1]()", "{1: 2}()", "{1}()", "(x for x in y)()", "f'{a}'()", "None()", "1()", "(1,)()",
         "1[0]", "None[0]", "{1}[0]", "(lambda: 0)[0]", "(x for x in y)[0]", "1.5[0]", "'abc'[0]",
         "[1, 2]['a']", "[1, 2][1, 2]", "'abc'[1.5]", "(1, 2)[None]", "b'x'['a']", "[1][x]", "[1][1:2]", "f'{a}'['x']", "[x for x in y][()]", "x[1]()", "[1]['a'] = 3", "'abc'[True]"]
for src in cases:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        compile(src, "<c>", "exec")
    print(src, "->", [str(x.message) for x in w])
