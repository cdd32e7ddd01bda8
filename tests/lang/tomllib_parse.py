# tomllib: TOML 1.0 values, tables and arrays of tables, and the decode errors
# (type, message, line and column) for malformed documents.
import io
import os
import tempfile
import tomllib

DOC = '''
# a comment
title = "TOML \\u00e9xample"   # trailing comment
"quoted key" = 'C:\\Users\\x'
dotted.key.here = true
site."google.com" = false
ints = [ +99, 42, 0, -17, 1_000, 0xDEAD_beef, 0o755, 0b1101_0110 ]
floats = [ 1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991 ]
specials = [ inf, +inf, -inf ]
ml = """
Roses are red\\
    Violets are blue
  "quoted" \\t tab"""
lit = \'\'\'
raw \\n text
\'\'\'
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27 00:32:00.999999+05:30
ldt = 1979-05-27T07:32:00.5
ld = 1979-05-27
lt = 00:32:00.123456789
nested = [ [1, 2], ["a", 'b'], [ { x = 1 }, {} ] ]
inline = { name = "Tom", point = { x = 1, y.z = 2 } }
multi_line_array = [
  1,  # one
  2,
]

[servers]
  [servers.alpha]
  ip = "10.0.0.1"
  [servers.beta]
  ip = "10.0.0.2"

[[products]]
name = "Hammer"
[products.dims]
w = 3

[[products]]

[[products]]
name = "Nail"
color.tone = "grey"

[a.b.c]
[a]
d = 1
'''

data = tomllib.loads(DOC)
for k in sorted(data):
    print(k, "=", repr(data[k]))
n = tomllib.loads("x = nan")["x"]
print("nan", n != n)
print(tomllib.loads("a=1.5\nb=[2.5]\nc=1_0.5\nd=-inf", parse_float=str))
print(tomllib.loads('a = """a"""""\nb = \'\'\'\'\'\'\'\'\nc=""'))
print(tomllib.loads("a=1\r\nb=2\r\n"))
print(tomllib.loads(""), tomllib.loads("\n\n# only a comment\n"))
print(issubclass(tomllib.TOMLDecodeError, ValueError))

BAD = [
    "a = ", "a = 1 2", "[a]\n[a]", "a=1\na=2", "a.b=1\n[a]", "[a.b]\n[a]\nb.c=1",
    "a={}\n[a]", "a={b=1}\na.c=2", "a=[1]\n[[a]]", "[[a]]\n[a]", "[a]\n[[a]]",
    'a = "abc', 'a = "\\q"', "a = 'x\x01'", "a=1 # \x01", "a = [1,", "a = {b=1",
    "a = {b=1,}", "= 1", "a", "a = 1\r", "[a", "[[a]", "a = 1979-05-27T25:00:00",
    "a = 0x", "a = 01", "a = +0x1", "a = 1__0", "a = _1", "a = 1_", 'a = "\\uD800"',
    'a = "\\u00"', "a = {a=1, a=2}", "a = 1.", "a = .1", "a=1e", "a = tru",
    "[a.b.c]\n[a.b]\nc.d=1", "[x]\na.b=1\n[x.a]", 'a = """x""""""', "a=1\n[a.b]",
    "a={b={c=1}}\n[a.b]", '"a\nb" = 1', "a = 'abc\n'", "k = 2000-02-30",
    "a.b = 1\na = 2", "a= - 1", "a = 1e_10", "a = 0b102", "a=0o78",
    'a = "x\x01"', "'a\n' = 1", 'a = """x\x01"""', "a = '''x\x7f'''", "a = 2000-13-01",
    'a = """a\\ b"""', 'a = "\\U00110000"', "a=1\n\x01", "[a]x", "a=[,]", "a={,}",
    "a = {\nb=1}", "a={b=1\n}", "a = 1979-05-27T07:32", 'a = "\\x41"', "\ufeffa=1",
    "a = [{b=1}]\n[[a]]", "a={}\na.b=1", "ä = 1", "a = inf_",
    "[a.b.c]\n[a]\nb.d=1\n[a.b]", "a={b={}}\n[a.b.c]", "a=1\n[a]", "a=[1]\na.b=2",
    "a={a.b=1, a.b=2}", "a={a.b=1, a=2}", "a={a={x=1}, a.y=2}", "a=[1]\n[a.b]",
    "[a]\nb=1\n[a.b.c]", "x.y=1\n[x.y.z]", "a = 1 # x\x7f", "a={b=[1]}\n[[a.b]]",
    "a.b=1\na.b.c=2", "a = 'abc", "a = '''abc''", "a = 'x\ny'", "a = '''x\n\x01'''",
    "[a]\n[a\r", "[[a]]\n[a x", 'a = """x\\  y"""', 'a = """x\\', "a = '''x'''''''",
]
for src in BAD:
    try:
        print(repr(src), "->", tomllib.loads(src))
    except tomllib.TOMLDecodeError as e:
        print(repr(src), "!", e)

OK = ["[a.b.c]\n[a]\nb.d=1", "[x]\na.b=1\n[x.a.c]", "a.b.c=1\na.b.d=2", "[[a.b]]\n[a]",
      "a.b=1\n[[a.c]]", "[a]\nb.c=1\n[a.b.d]", "[[a]]\nb.c=1\n[[a]]\nb.d=2",
      "[[a]]\n[a.b]\n[[a]]\n[a.b]", "a={a.b=1, a.c=2}", "[ a . b ]\n", "a . b = 1",
      '"" = 1', "''=2", "a=9223372036854775808", "a = 1e1_0"]
for src in OK:
    print(repr(src), "->", tomllib.loads(src))

try:
    tomllib.loads("a=1.5", parse_float=lambda s: [])
except ValueError as e:
    print(type(e).__name__, e)
try:
    tomllib.loads(b"a=1")
except TypeError as e:
    print("TypeError", e)
try:
    tomllib.load(io.StringIO("a=1"))
except TypeError as e:
    print("TypeError", e)
print(tomllib.load(io.BytesIO("k = 'é'\n".encode())))
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "c.toml")
    with open(path, "wb") as f:
        f.write(b"[tool]\nname = 'x'\nlist = [1, 2]\n")
    with open(path, "rb") as f:
        print(tomllib.load(f))
