# open() in text and binary modes (r, w, a, x, +) in a fresh folder (argv[1]):
# read/readline/readlines/iteration, write/writelines/print(file=), seek and
# tell, with, closing, and the OSError subclasses with errno and filename.
import sys
d = sys.argv[1]
p = d + "/a.txt"
with open(p, "w") as f:
    print(type(f).__name__, f.mode, f.name == p, f.closed)
    print(f.write("héllo\n"), f.write("line2\nline3"))
    f.writelines(["\nx", "y\n"])
    print("to file", 1, 2, sep="-", file=f)
print(f.closed)
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(repr(f.readline()), repr(f.read(3)), f.tell())
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(p, "rb") as f:
    print(type(f).__name__, f.mode, f.read(3), f.tell(), f.readline(), f.seek(-2, 2), f.read())
    print(f.seek(1), f.read(2), f.seek(1, 1), f.read(1))
with open(p, "a") as f:
    f.write("appended\n")
with open(p, "r+") as f:
    print(f.read(5)); f.seek(0); f.write("H"); f.seek(0); print(repr(f.readline()))
with open(p, "w+b") as f:
    print(type(f).__name__, f.mode); f.write(b"abc\x00\xff"); f.seek(0); print(f.read())
try:
    open(p, "x")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.filename == p, str(e).replace(d, "D"))
for bad in ["nope.txt", d]:
    try:
        open(bad)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, str(e).replace(d, "D"))
try:
    open(d, "w")
except IsADirectoryError as e:
    print(type(e).__name__, str(e).replace(d, "D"))
for m in ["rw", "rr", "bt", "q", "b"]:
    try:
        open(p, m)
    except ValueError as e:
        print(m, e)
f = open(p)
f.close()
f.close()
for op in [f.read, f.readline, lambda: f.write("x"), lambda: next(iter(f)), f.tell]:
    try:
        op()
    except ValueError as e:
        print(e)
with open(p, "rb") as f:
    try:
        f.write(b"x")
    except OSError as e:
        print("write:", e)
with open(p, "w") as f:
    try:
        f.write(b"x")
    except TypeError as e:
        print(e)
    try:
        f.read()
    except OSError as e:
        print("read:", e)
with open(p, "wb") as f:
    try:
        f.write("x")
    except TypeError as e:
        print(e)
big = "0123456789" * 100000
with open(p, "w") as f:
    f.write(big)
with open(p) as f:
    print(f.read() == big)
with open(p, "rb") as f:
    print(len(f.read(300000)), len(f.read()))
print(sys.stdin.name, sys.stdin.mode, type(sys.stdin).__name__, sys.stdin.read())
try:
    with open(p) as f:
        raise KeyError("k")
except KeyError:
    print("closed after error:", f.closed)
print(repr(open(p, "rb")).replace(d, "D"))
g = open(p)
print(repr(g).replace(d, "D"), g.encoding)
g.close()
# Universal newlines: "\r\n" and "\r" read as "\n" (newline=None); newline=''
# ends lines there too but keeps them; newline='\n' splits at "\n" only.
with open(p, "wb") as f:
    f.write(b"a\r\nb\rc\n\rd")
for nl in [None, "", "\n"]:
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines())
with open(p) as f:
    print(repr(f.read()))
with open(p) as f:
    print(repr(f.read(2)), f.tell(), repr(f.readline()), repr(f.read(3)))
with open(p, "rb") as f:
    print(f.readlines())
