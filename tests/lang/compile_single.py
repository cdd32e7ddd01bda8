# compile(..., 'single'): one interactive statement whose top-level
# expression statements print through sys.displayhook (PRINT_EXPR).
import builtins
import sys

exec(compile('1+1', '<s>', 'single'))          # 2
exec(compile('None', '<s>', 'single'))         # displayhook prints nothing for None
exec(compile("'a' * 3", '<s>', 'single'))      # the repr: 'aaa'
print("builtins._ =", builtins._)
exec(compile('1; 2', '<s>', 'single'))         # one line of simple statements
exec(compile('for i in range(3): i * 10\n', '<s>', 'single'))
exec(compile('if True:\n    "yes"\nelse:\n    "no"\n', '<s>', 'single'))

# Inside a function the expression statement is an ordinary one again.
exec(compile('def quiet():\n    5\n    return 6\n', '<s>', 'single'))
print("quiet() ->", quiet())

# An assignment prints nothing; its name lands in the namespace given.
g = {}
exec(compile('y = 21', '<s>', 'single'), g)
exec(compile('y * 2', '<s>', 'single'), g)
print("y in g:", g['y'], "builtins._ =", builtins._)

# A custom hook sees every value, None included.
seen = []
def hook(value):
    seen.append(value)
    print("hook got", repr(value))
sys.displayhook = hook
exec(compile('40 + 2', '<s>', 'single'))
exec(compile('None', '<s>', 'single'))
exec(compile('[k for k in "ab"]', '<s>', 'single'))
print("seen:", seen)

# The hook may raise; the error reaches the caller.
def bad(value):
    raise ValueError("no display for %r" % (value,))
sys.displayhook = bad
try:
    exec(compile('3', '<s>', 'single'))
except ValueError as e:
    print("ValueError:", e)

# No sys.displayhook at all.
del sys.displayhook
try:
    exec(compile('4', '<s>', 'single'))
except RuntimeError as e:
    print("RuntimeError:", e)
sys.displayhook = sys.__displayhook__
exec(compile('(1, "two", [3.0])', '<s>', 'single'))

# More than one statement is refused with 3.8's SyntaxError.
for src in ['1\n2', 'x = 1\ny = 2', 'if 1:\n  3\n4\n', '1 +\n']:
    try:
        compile(src, '<s>', 'single')
        print(repr(src), "compiled")
    except SyntaxError as e:
        print(repr(src), "SyntaxError:", e.msg)

# 'exec' mode is unchanged: the expression's value is dropped.
exec(compile('1+1', '<s>', 'exec'))
try:
    compile('1', '<s>', 'interactive')
except ValueError as e:
    print("ValueError:", e)
