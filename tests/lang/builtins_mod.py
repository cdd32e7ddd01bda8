import builtins

# The module's namespace is the builtins themselves.
print(builtins.print is print, builtins.len is len, builtins.ValueError is ValueError)
print(builtins.__name__, repr(builtins), getattr(builtins, 'None') is None)
print(builtins.__dict__ is vars(builtins), builtins.__dict__['abs'] is abs)
import builtins as again
print(again is builtins)

def uses_helper():
    return helper()

try:
    uses_helper()
except NameError as e:
    print(e)

# A name added to builtins is a builtin in every module, functions made
# before the assignment included.
builtins.helper = lambda: 'from builtins'
print(uses_helper(), helper())
other = {}
exec('def g():\n    return helper()\n', other)
print(other['g']())

# A module's own global shadows the builtin; deleting it shows the builtin again.
helper = lambda: 'global'
print(uses_helper())
del helper
print(uses_helper())

# Replacing a builtin takes effect at once, even for a lookup made many
# times before (LOAD_GLOBAL's cache must not keep the old one).
def count(xs):
    return len(xs)

total = 0
for i in range(1000):
    total += count([1, 2, 3])
orig_len = builtins.len
builtins.len = lambda xs: 99
print(total, count([1, 2, 3]))
builtins.len = orig_len
print(count([1, 2, 3]))

del builtins.helper
try:
    uses_helper()
except NameError as e:
    print(e)
try:
    del builtins.helper
except AttributeError as e:
    print(e)
try:
    builtins.no_such_builtin
except AttributeError as e:
    print(e)

# A class body run with globals that lack __name__ takes builtins' name.
ns = {}
exec('class C: pass\nm = C.__module__', ns)
print(ns['m'])
