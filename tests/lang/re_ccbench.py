# ccbench's regex task: MULTILINE with a negative look-behind, over this file's own text.
import re
pat = re.compile(r'^(\s*def\s)|(.*(?<!\w)lambda(:|\s))|^(\s*@)', re.MULTILINE)
with open(__file__, "r") as f:
    arg = f.read(2000)
print(pat.findall(arg))
def f(x):
    return lambda y: x + y
@staticmethod
def g(): pass
