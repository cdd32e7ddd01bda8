# str case mapping and character classes follow Unicode's full data, as
# CPython's do: one character may map to several, final sigma, numeric types.
def show(label, s):
    print(label, ascii(s), len(s))

for s in ("ß", "ẞ", "ﬁ", "İ", "Ǆ", "ΣΑΣ", "Straße", "ŉ"):
    show("casefold", s.casefold())
for s in ("ﬁ", "straße", "ŉ", "ΐ", "ǰx", "ǆ", "\u0345"):
    show("upper", s.upper())
for s in ("İ", "ΟΔΟΣ", "ΣΑ", "Σ", "ΑΣ'Α", "ΑΣ.", "Α'Σ", "ΑΣ\u0301", "ǅ", "ΑΣ" + chr(0xd800)):
    show("lower", s.lower())
for s in ("ǆemal", "ﬂour ﬁsh", "hello wORLD's", "ΣΑΣ ΣΑΣ", "ß", "ŉa", "ÿ-a", "ａｂｃ ｄ"):
    show("title", s.title())
for s in ("ǆ", "ßa", "ﬁNAL", "ΣΑΣ", "İİ", "ǳǲ"):
    show("capitalize", s.capitalize())
for s in ("ß", "ΑΣ", "İ", "ǅ", "Ⓐⓑ", "ﬁX"):
    show("swapcase", s.swapcase())
# a lone surrogate has no case and survives the mapping
for s in (chr(0xd800) + "é", "x" + chr(0xdc00)):
    print(ascii(s.upper()), ascii(s.lower()), ascii(s.title()), ascii(s.swapcase()))
# ASCII stays on its own path: same answers as ever
s = "hello World, it's 42_x"
print(s.upper(), s.lower(), s.casefold(), s.title(), s.capitalize(), s.swapcase())
print(repr("".upper()), repr("a".upper()), repr("Q".title()), repr("7".swapcase()))

def classes(c):
    return "".join("1" if f else "0" for f in (
        c.isdecimal(), c.isdigit(), c.isnumeric(), c.isalpha(), c.isalnum(),
        c.isspace(), c.isprintable(), c.isupper(), c.islower(), c.istitle()))

for c in ("7", "٣", "²", "Ⅷ", "½", "一", "ª", "ǅ", "Ⓐ", "\u0300", "\u00ad", "\u3000",
          "\u2028", "\ue000", "ʰ", "ß", "Ω", "\u0e50", "𝟘", "\U0001f600"):
    print("%04x" % ord(c), classes(c))
print("Ⅷ8".isnumeric(), "Ⅷ8".isdigit(), "²3".isdigit(), "²3".isdecimal(), "".isnumeric())
for s in ("a\u0300", "\u0300a", "x·y", "·", "Ⅷx", "x²", "℘", "_1", "1_", "ǅ", "a b"):
    print(ascii(s), s.isidentifier())
