# input(), exit() and quit(): the prompt is written and flushed before the
# read, the newline is dropped, EOF raises, a replaced or lost sys.stdin is
# honoured, and exit()/quit() raise SystemExit with their code.
import io
import subprocess
import sys

CHILD = r'''
import sys
name = input("name? ")
print("hello", name)
print(int(input()) * 2)
print(repr(input("last: ")))
try:
    input("more: ")
except EOFError as e:
    print("EOFError:", e)
quit(int(name == "bob") + 2)
'''

r = subprocess.run([sys.executable, "-c", CHILD], input=b"bob\n21\nno newline",
                   stdout=subprocess.PIPE)
print(r.stdout.decode().splitlines())
print("status", r.returncode)

# A prompt shows before the program blocks on the read: the child's prompt
# arrives while its stdin is still open.
p = subprocess.Popen([sys.executable, "-c", "print(input('ready> ')[::-1])"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.stdout.read(7))
p.stdin.write(b"stressed\n")
p.stdin.close()
print(p.stdout.read(), p.wait())

sys.stdin = io.StringIO("first\nsecond\n\nlast")
print([input(), input(), input(), input()])
try:
    input()
except EOFError as e:
    print("EOFError:", e)

for bad in [(1, 2)]:
    try:
        input(*bad)
    except TypeError:
        print("TypeError for", len(bad), "arguments")

class Lines:
    def __init__(self, line):
        self.line = line
    def readline(self):
        return self.line
for line in [b"bytes\n", b"raw", 42]:
    sys.stdin = Lines(line)
    try:
        print(repr(input()))
    except TypeError as e:
        print("TypeError:", e)

sys.stdin = None
try:
    input()
except RuntimeError as e:
    print("RuntimeError:", e)

for f, args in [(exit, ()), (exit, (5,)), (quit, ("bye",))]:
    try:
        f(*args)
    except SystemExit as e:
        print("SystemExit", e.args, e.code)
