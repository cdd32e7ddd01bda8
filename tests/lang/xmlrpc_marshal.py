# xmlrpc.client marshalling: dumps() text as python3 writes it for every
# type, loads() back (wrappers or builtin types), errors and faults, the
# DateTime and Binary wrappers, gzip helpers and ServerProxy basics.
import xmlrpc.client as x
from datetime import datetime
vals = (1, -5, True, False, "a<b&c>", 1.5, 1e100, [1, "two", [3.0]], {"k": 1, "n": {"x": [True]}},
        x.DateTime("20240102T03:04:05"), datetime(2001, 2, 3, 4, 5, 6), x.Binary(b"hello\x00\xff"*10), b"raw", bytearray(b"ba"), (1,2))
print(x.dumps(vals))
print(x.dumps((None,), allow_none=True))
print(x.dumps((1,), "meth"))
print(x.dumps((1,), methodresponse=True))
print(x.dumps(x.Fault(3, "bad")))
print(x.dumps(("é",), "m", encoding="iso-8859-1"))
print(repr(x.dumps((datetime(5, 1, 1),))))
for bad in [(None,), (2**31,), ({1: 2},), (object(),), (x,)]:
    try:
        x.dumps(bad)
    except Exception as e:
        print(type(e).__name__, e)
l = [1]; l.append(l)
try: x.dumps((l,))
except TypeError as e: print(e)
class P: 
    def __init__(self): self.a = 1; self.b = "s"
print(x.dumps((P(),)))
class S(str): pass
try: x.dumps((S("a"),))
except TypeError as e: print(e)
r = x.loads(x.dumps(vals, "m"))
print(r[1]); 
for v in r[0]: print(type(v).__name__, v if not isinstance(v, x.DateTime) else v.value)
r = x.loads(x.dumps(vals, "m"), use_builtin_types=True)
print(r[0][9], r[0][11][:5], r[0][12])
r = x.loads(x.dumps(vals, "m"), use_datetime=True)
print(r[0][9], type(r[0][11]).__name__)
print(x.loads("<methodResponse><params><param><value>bare</value></param><param><value><i4>7</i4></value></param><param><value><ex:nil/></value></param></params></methodResponse>"))
try: x.loads(x.dumps(x.Fault(4, "no")))
except x.Fault as f: print(repr(f), str(f), f.faultCode, f.faultString)
try: x.loads("<methodResponse><params><param><value><boolean>2</boolean></value></param></params></methodResponse>")
except TypeError as e: print(e)
try: x.loads("<methodResponse></methodResponse>")
except x.ResponseError as e: print(repr(e), str(e))
try: x.loads("<methodResponse><params><param><value><foo>1</foo></value></param></params></methodResponse>")
except x.ResponseError as e: print(repr(e))
print(repr(x.ProtocolError("h/x", 404, "Not Found", {})), x.ProtocolError("h/x", 404, "Not Found", {}))
d = x.DateTime("20240102T03:04:05")
print(d == "20240102T03:04:05", d < x.DateTime("20250102T03:04:05"), d == datetime(2024,1,2,3,4,5), str(d), tuple(d.timetuple())[:6])
print(x.DateTime((2020, 1, 2, 3, 4, 5, 0, 0, 0)).value, x.DateTime(datetime(1999,12,31,23,59,59)).value)
b = x.Binary(b"abc"); print(str(b), b == b"abc", b == x.Binary(b"abc"))
try: x.Binary("s")
except TypeError as e: print(e)
print(x.escape("<&>"), x.MAXINT, x.MININT, x.boolean is bool)
print(repr(x.ServerProxy("http://u:p@host:8/path?q")))
print(repr(x.ServerProxy("http://host")))
try: x.ServerProxy("ftp://h")
except OSError as e: print(e)
print(x.gzip_decode(x.gzip_encode(b"data"*100)) == b"data"*100)
try: x.gzip_decode(b"garbage")
except ValueError as e: print(e)
try: x.gzip_decode(x.gzip_encode(b"a"*100), max_decode=10)
except ValueError as e: print(e)
print(x.loads("<params><param><value><double>2.5</double></value></param></params>"))
print(x.loads(x.dumps(("é€",), "m", encoding="iso-8859-1").encode("iso-8859-1", "xmlcharrefreplace")))
