# sys.stdout is a context manager and can be closed; only the object closes,
# the descriptor stays open (results after the close go through os.write).
import os
import sys

buf = sys.stdout.buffer
with sys.stdout as f:
    print(f is sys.stdout, f.closed, buf.closed)
    print("inside")

results = [repr(sys.stdout.closed), repr(buf.closed), repr(sys.__stdout__.closed)]
attempts = [
    ("write", lambda: sys.stdout.write("x")),
    ("writelines", lambda: sys.stdout.writelines(["x"])),
    ("flush", lambda: sys.stdout.flush()),
    ("fileno", lambda: sys.stdout.fileno()),
    ("isatty", lambda: sys.stdout.isatty()),
    ("writable", lambda: sys.stdout.writable()),
    ("buffer.write", lambda: buf.write(b"x")),
    ("buffer.flush", lambda: buf.flush()),
    ("enter", lambda: sys.stdout.__enter__()),
    ("print", lambda: print("lost")),
    ("close again", lambda: sys.stdout.close()),
]
for name, fn in attempts:
    try:
        fn()
        results.append(name + ": ok")
    except ValueError as e:
        results.append(name + ": ValueError " + str(e))
os.write(1, ("\n".join(results) + "\n").encode())
sys.stdout = sys.stderr   # so interpreter exit finds an open stream
