# str.encode, bytes.decode and str(b, encoding, errors) for UTF-8, ASCII and
# Latin-1 under their aliases, with every error handler and python3's errors.
def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__ + ":", e)


text = "h\xe9\xe9llo \u20ac \U0001f600!"
for enc in ("utf-8", "UTF8", "ascii", "US-ASCII", "latin-1", "Latin_1", "iso-8859-1", "L1", "646"):
    for errors in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"):
        attempt("encode %s %s" % (enc, errors), lambda: text.encode(enc, errors))
attempt("clean text, unknown handler", lambda: "abc".encode("ascii", "bogus"))
attempt("unknown handler used", lambda: "\xe9".encode("ascii", "bogus"))
attempt("unknown encoding", lambda: "a".encode("klingon"))
attempt("encoding not str", lambda: "a".encode(1))
attempt("errors not str", lambda: "a".encode("ascii", 1))
attempt("keywords", lambda: "\xe9".encode(encoding="latin-1", errors="strict"))

data = b"h\xc3\xa9llo \xff\xfe w\xe2\x82 \xed\xa0\x80 \xf0\x9f\x98"
for enc in ("utf-8", "ascii", "latin-1"):
    for errors in ("strict", "ignore", "replace", "backslashreplace"):
        attempt("decode %s %s" % (enc, errors), lambda: data.decode(enc, errors))
attempt("decode xmlcharrefreplace", lambda: data.decode("ascii", "xmlcharrefreplace"))
attempt("decode clean, unknown handler", lambda: b"abc".decode("ascii", "bogus"))
attempt("decode unknown handler used", lambda: b"\xff".decode("ascii", "bogus"))
attempt("decode unknown encoding", lambda: b"a".decode("klingon"))
attempt("decode encoding not str", lambda: b"a".decode(1))
attempt("bytearray", lambda: bytearray(b"\xe9t\xe9").decode("latin-1"))
attempt("str()", lambda: str(b"\xe9t\xe9", "latin-1"))
attempt("str() replace", lambda: str(b"a\xffb", "utf-8", "replace"))
attempt("str() strict", lambda: str(b"a\xffb", "ascii"))
attempt("str() encoding not str", lambda: str(b"a", 1))
attempt("round trip", lambda: bytes(range(256)).decode("latin-1").encode("latin-1") == bytes(range(256)))
try:
    "a\xe9\xe9b".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
try:
    b"a\xe9\xe9b".decode("ascii")
except UnicodeDecodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
