# open()'s files and io's concrete streams are _io's classes, as python3 prints them.
import io, sys, pickle, _io
f = open('/dev/null'); b = open('/dev/null', 'rb'); w = open('/dev/null', 'wb'); r = open('/dev/null', 'rb', buffering=0)
print(type(f), type(b), type(w), type(r))
print(b, r)
print(io.BytesIO.__module__, io.StringIO, io.TextIOWrapper, io.FileIO, io.BufferedReader, io.IOBase, io.TextIOBase)
print(type(sys.stdout), type(sys.stderr))
print(repr(io.StringIO())[:22], repr(io.BytesIO())[:21])
print(pickle.loads(pickle.dumps(io.BytesIO)) is io.BytesIO, _io.StringIO is io.StringIO)
try:
    f.nosuch
except AttributeError as e:
    print(e)
print(type(f).__name__, type(b).__qualname__, isinstance(f, io.TextIOWrapper), isinstance(b, io.BufferedReader))
for x in (f, b, w, r): x.close()
