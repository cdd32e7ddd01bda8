# unicodedata: character properties, names, numeric values, normalization
# and decompositions, with CPython's argument errors.
import unicodedata as u

print(type(u.unidata_version).__name__, u.unidata_version.count("."))
for c in ("A", "a", "ǅ", "ʰ", "\u0301", "\u20dd", "\u0903", "٣", "Ⅷ", "½", " ", "\u2028",
          "\u2029", "\x07", "\u00ad", "\ue000", "-", "(", ")", "_", "!", "+", "$", "^", "©",
          "«", "»", "中", "\u0378", "\U0001f600"):
    print("%04x" % ord(c), u.category(c), repr(u.bidirectional(c)), u.combining(c),
          u.mirrored(c), u.east_asian_width(c))
for c in ("ｱ", "Ａ", "α", "→", "\u05d0", "\u0661", "1", "\u202e"):
    print("%04x" % ord(c), u.east_asian_width(c), u.bidirectional(c))

for c in ("7", "٣", "²", "Ⅷ", "½", "一", "兆", "x", "𝟘", "⑳", "\u0f33"):
    print("%04x" % ord(c), u.decimal(c, None), u.digit(c, None), u.numeric(c, None))
for fn, why in ((u.decimal, "decimal"), (u.digit, "digit"), (u.numeric, "numeric")):
    for c in ("x", "½"):
        try:
            print(fn.__name__, c, fn(c))
        except ValueError as e:
            print(fn.__name__, c, "ValueError", e)
print(u.decimal("x", -1), u.digit("x", "none"), u.numeric("x", 0.0))

for c in ("A", "é", "€", "中", "가", "\U0001f600", "\ufb01", "\uf900"):
    print("%04x" % ord(c), u.name(c))
for c in ("\x00", "\ue000", "\u0378"):
    try:
        print(u.name(c))
    except ValueError as e:
        print("name", "%04x" % ord(c), "ValueError", e, u.name(c, "-"))
for n in ("LATIN SMALL LETTER A", "latin capital letter e with acute", "EURO SIGN",
          "CJK UNIFIED IDEOGRAPH-4E2D", "HANGUL SYLLABLE GA", "LATIN CAPITAL LETTER GHA",
          "GRINNING FACE"):
    print(ascii(u.lookup(n)))
for n in ("NO SUCH THING", "LATIN SMALL LETTER", ""):
    try:
        u.lookup(n)
    except KeyError as e:
        print("KeyError", e.args[0])

for s in ("e\u0301", "é", "ﬁ", "Å", "\u212b", "가", "\u1100\u1161", "x\u0323\u0307",
          "①²", "ｶﾞ", "\u1e9b\u0323", "plain"):
    print(ascii(s), [ascii(u.normalize(f, s)) for f in ("NFC", "NFD", "NFKC", "NFKD")],
          [u.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])
print(ascii(u.normalize("NFC", "")), u.is_normalized("NFD", ""))
print(ascii(u.normalize("NFD", "é" + chr(0xd800) + "é")))
print(ascii(u.normalize("NFKD", "\ufdfa")), len(u.normalize("NFKD", "\ufdfa" * 40)))

for c in ("A", "é", "ﬁ", "²", "½", "Å", "\u212b", "가", "ｶ", "㍱", "\u00a0", "ﺀ", "①",
          "\U0001d400", "\u0344", "\uf900", "\ufe10"):
    print("%04x" % ord(c), repr(u.decomposition(c)))

def err(label, f):
    try:
        f()
    except Exception as e:
        print(label, type(e).__name__, e)

err("category('ab')", lambda: u.category("ab"))
err("category('')", lambda: u.category(""))
err("category(1)", lambda: u.category(1))
err("bidirectional(b'a')", lambda: u.bidirectional(b"a"))
err("combining(1.5)", lambda: u.combining(1.5))
err("mirrored('xy')", lambda: u.mirrored("xy"))
err("east_asian_width(3.0)", lambda: u.east_asian_width(3.0))
err("decomposition('ab')", lambda: u.decomposition("ab"))
err("name('')", lambda: u.name(""))
err("decimal('12')", lambda: u.decimal("12"))
err("digit(5)", lambda: u.digit(5))
err("numeric([])", lambda: u.numeric([]))
err("normalize('NFX')", lambda: u.normalize("NFX", "a"))
err("normalize('nfc')", lambda: u.normalize("nfc", "a"))
err("normalize(1, 'a')", lambda: u.normalize(1, "a"))
err("normalize('NFC', 1)", lambda: u.normalize("NFC", 1))
err("is_normalized('NFY')", lambda: u.is_normalized("NFY", "a"))
err("is_normalized('NFC', b'a')", lambda: u.is_normalized("NFC", b"a"))
