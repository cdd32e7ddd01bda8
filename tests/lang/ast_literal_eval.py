# ast.literal_eval: the values it reads and the errors it raises
# (3.8's rules; the cases below behave alike in 3.8 and 3.11).
import ast

GOOD = [
    "42", "-7", "+3", "0x1F", "1_000", "2.5", "-0.5", "1e300", "3j", "-2j",
    "1+2j", "1.5-2j", "-1-1j", "'text'", '"a" "b"', "b'\\x00\\xff'", "u'uni'", "r'\\n'",
    "None", "True", "False", "...", "()", "(1,)", "[]", "[1, [2, [3]]]", "{}", "{1, 2, 2}",
    "{'k': (1, 2), 2: [None]}", "('nested', {'d': {1: {2}}})", "(\n 1,\n 2)",
    "12345678901234567890123456789", "'''multi\nline'''", "'\\u00e9\\x41'",
]
for text in GOOD:
    value = ast.literal_eval(text)
    print(repr(text), '->', type(value).__name__, repr(value))

BAD = [
    "x", "1 + x", "f()", "a.b", "[i for i in x]", "1 * 2", "2 ** 3", "-'s'", "1 + 2 + 3j", "1j + 1",
    "{**d}", "lambda: 0", "not True", "(1, x)", "{1: y}", "- -1", "'a' + 'b'", "1 < 2",
]
for text in BAD:
    try:
        ast.literal_eval(text)
    except ValueError as e:
        print(repr(text), 'ValueError', str(e).startswith('malformed node or string'))

for text in ["1 +", "(", "'unterminated", "1 2"]:
    try:
        ast.literal_eval(text)
    except SyntaxError as e:
        print(repr(text), type(e).__name__, e.lineno)

# a tree works as well as a string
tree = ast.parse("[1, -2, ('x', None)]", mode='eval')
print(ast.literal_eval(tree), ast.literal_eval(tree.body.elts[2]))
print(ast.literal_eval(ast.Constant(value=7)))
node = ast.List(elts=[ast.Constant(value=1), ast.UnaryOp(op=ast.USub(), operand=ast.Constant(value=2.5))], ctx=ast.Load())
print(ast.literal_eval(node))
try:
    ast.literal_eval(ast.Name(id='x', ctx=ast.Load()))
except ValueError as e:
    print('ValueError', str(e).startswith('malformed node or string'))
