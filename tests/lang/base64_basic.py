# base64 and binascii's base64: every length's padding, altchars, urlsafe,
# validate (strict mode) and its errors, Base32 (casefold, map01, hex
# alphabet), Base16, encodebytes line breaks, file encode/decode, and the
# errors for bad input types.
import base64
import binascii
import io

samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[250:], b"\xfb\xff\xbf"]
for s in samples:
    e = base64.b64encode(s)
    print(s, e, base64.b64decode(e) == s, base64.b32encode(s), base64.b32hexencode(s), base64.b16encode(s))
    assert base64.b32decode(base64.b32encode(s)) == s and base64.b16decode(base64.b16encode(s)) == s
    assert base64.b32hexdecode(base64.b32hexencode(s)) == s
print(base64.b64encode(b"\xfb\xff\xbf", altchars=b"*!"), base64.b64decode(b"+/+/", altchars=b"/+"))
print(base64.urlsafe_b64encode(b"\xfb\xff\xbf"), base64.urlsafe_b64decode("-_-_"), base64.urlsafe_b64decode(b"+/+/"))
print(base64.standard_b64encode(bytearray(b"ab")), base64.standard_b64decode("YWI="))
print(base64.b64encode(memoryview(b"xyz")), base64.b64decode(bytearray(b"eHl6")), base64.b64decode("eH\nl6"))
print(binascii.b2a_base64(b"hi"), binascii.b2a_base64(b"hi", newline=False), binascii.a2b_base64("aGk="))

for s in [b"YQ", b"YQ=", b"YQ==", b"YQ===", b"Y", b"YWJj!ZA==", b"=YQ==", b"YQ==YQ==", b"YWJjZ",
          b"YW=Jj", b"YWJj\n", b"", b"YQ==\n"]:
    for strict in (False, True):
        try:
            print(s, strict, base64.b64decode(s, validate=strict))
        except binascii.Error as e:
            print(s, strict, "Error", e)
for bad in ("é", 3, None):
    try:
        base64.b64decode(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    binascii.b2a_base64("text")
except TypeError as e:
    print("TypeError", e)
try:
    binascii.b2a_base64(b"x", True)
except TypeError as e:
    print("TypeError", e)
print(issubclass(binascii.Error, ValueError))

for s in [b"MFRGG===", b"mfrgg===", b"ME======", b"ME=====", b"M1======", b"MFRGG=A=", b"MFRGGZDF", b"MFRG====", b"M0======"]:
    try:
        print(s, base64.b32decode(s))
    except binascii.Error as e:
        print(s, "Error", e)
print(base64.b32decode(b"mfrgg===", casefold=True), base64.b32decode(b"M0======", map01=b"L"),
      base64.b32decode(b"I1======", map01=b"I"))
for s in [b"ab", b"AB", b"A", b"GG", "0aFF"]:
    try:
        print(s, base64.b16decode(s))
    except binascii.Error as e:
        print(s, "Error", e)
print(base64.b16decode(b"ab", casefold=True))

blob = bytes(range(200))
lines = base64.encodebytes(blob)
print(lines.count(b"\n"), [len(x) for x in lines.split(b"\n")], base64.decodebytes(lines) == blob)
print(base64.encodebytes(b""), base64.encodebytes(b"x"))
try:
    base64.encodebytes("text")
except TypeError as e:
    print("TypeError", e)
out = io.BytesIO()
base64.encode(io.BytesIO(blob), out)
print(out.getvalue() == lines)
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == blob)
