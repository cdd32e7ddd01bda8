# str is Unicode: len counts code points, indexing and slicing by code point.
s = "héllo"
print(len(s), s[1], s[-1], s[1:3], s.upper())
j = "日本"
print(len(j), j[0], j[1], j + "語", j * 2)
e = "a😀b"
print(len(e), e[1], e[2], ord(e[1]))
print(len("€"), ord("€"), chr(8364), chr(233), chr(26085), ord("日"))
print("é" == "\u00e9", "日本" < "日本語", "a" < "é")
print([c for c in "añb"])
print(len("héllo".encode()), len("日本".encode()), "日本".encode())
print("héllo".find("l"), "日本語".find("語"))
print(repr("é日"), str("é日"))
print("ÀÉÎ".lower(), "straße".upper())
mixed = "x" + chr(0x10FFFF) + "y"
print(len(mixed), mixed[2])
print("café".replace("é", "e"), "naïve".split("ï"))
