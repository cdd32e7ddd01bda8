# bytes: indexing gives ints, slicing gives bytes, decode.
b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], type(b[0]).__name__)
print(b + b" world", b * 2, b"l" in b, 104 in b)
print(b == b"hello", b < b"help", b != "hello")
print(b.decode(), type(b.decode()).__name__, b"h\xc3\xa9llo".decode(), len(b"h\xc3\xa9llo".decode()))
print("日本".encode().decode() == "日本")
print([x for x in b"abc"], list(b"\x00\xff"))
print(repr(b"\x00\x01\x7f\x80\xff"), repr(b"'"), repr(b'"'), repr(b"\t\n\r"))
print(str(b"abc"), b"")
print(bytes is type(b""))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    b"\xff".decode()
except ValueError as e:
    print("decode error is a ValueError")
try:
    b"a" + "a"
except TypeError as e:
    print("TypeError:", e)
