# Bytes literals.
b = b"abc"
print(b, type(b).__name__, len(b))
print(b'\x00\xff\n\t')
print(B"x" + b'y')
print(b"it's", b'say "hi"', b'both \' and "')
print(b"""triple
bytes""")
print(b[0], b[-1], b[1:])
print(list(b"AZ"))
print(b"" == b'', len(b""))
print(repr(b"\\"))
print(b"\x7f\x80")
