# chr and ord.
print(chr(65), chr(97), chr(48), chr(233), chr(8364), chr(0x65e5), chr(128512))
print(ord("A"), ord("a"), ord("0"), ord("é"), ord("€"), ord("日"), ord("😀"), ord("\n"))
print("".join([chr(ord(c) + 1) for c in "HAL"]))
print(ord(chr(1114111)), repr(chr(0)), repr(chr(127)))
print([ord(c) for c in "hé"])
try:
    chr(1114112)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
