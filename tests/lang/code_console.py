import code
import codeop
import sys

srcs = ["if 1:", "(1,", "'''abc", "x = ", "def f():\n", "x = [1,\n2", "1 +", "a b",
        "if 1:\n  pass", "if 1:\n  pass\n", "", "# c", "x=1", "@dec", "x = 1 \\",
        "for i in x:\n  print(i)\n\n", "if 1:\n  x\nelse:", "1)", "lambda:", "try:\n  x\n",
        "x = (1 +\n 2)", "def f():\n  return 1", "def f():\n  return 1\n", "class A:\n  x = 1\n\n",
        "if 1:\n  x\n  y", "  x", "x = 1\ny = 2", "'abc", "f(**)", "if 1:\n  pass\nelse:\n  pass",
        "while 1:\n", "'''a\nb'''", "\n", "match = 3"]
for s in srcs:
    row = []
    for mode in ("single", "exec", "eval"):
        try:
            r = codeop.compile_command(s, "<input>", mode)
            row.append("None" if r is None else "code")
        except SyntaxError:
            row.append("SyntaxError")
    print(repr(s), row)
ns = {}
exec(codeop.compile_command("y = 6 * 7"), ns)
print(ns["y"])
cc = codeop.CommandCompiler()
print(cc("x = 1") is not None, cc("for i in []:") is None)

sys.stderr = sys.stdout
interp = code.InteractiveInterpreter()
print(interp.runsource("z = 5"), interp.locals["z"], interp.locals["__name__"])
print(interp.runsource("def g():"))
print(interp.runsource("a b"))
print(interp.runsource("1/0"))
print(type(sys.last_value).__name__, sys.last_value)
print(interp.runsource("print(z * 2)"))
print(interp.runsource("z + 1"))
interp.runcode(compile("z = z + 100", "<x>", "exec"))
print(interp.locals["z"])
try:
    interp.runsource("raise SystemExit(3)")
except SystemExit as e:
    print("SystemExit", e.code)

console = code.InteractiveConsole({"base": 10})
for line in ["def h(n):", "    return n + base", "", "h(5)", "[1,", " 2]", "undefined_name"]:
    print("push", repr(line), console.push(line))
print(console.buffer)

lines = iter(["x = 3", "for i in range(2):", "    print(i * x)", "", "x ** 2", "1/0"])
prompts = []
def reader(prompt):
    prompts.append(prompt)
    try:
        return next(lines)
    except StopIteration:
        raise EOFError
code.interact(banner="hello", readfunc=reader, local={}, exitmsg="bye")
print(prompts)
lines = iter(["a b", "7"])
prompts.clear()
c2 = code.InteractiveConsole(filename="<mine>")
c2.raw_input = reader
c2.interact(banner="")
print(prompts)
class Stop(code.InteractiveConsole):
    pass
lines = iter([])
s = Stop()
s.raw_input = reader
s.interact(banner="", exitmsg="")
print("done")
