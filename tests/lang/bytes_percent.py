# bytes % args and bytearray % args (PEP 461): %s and %b take bytes-like
# objects or __bytes__, %r and %a are ascii(), %c a byte; python3's errors.
class Raw:
    def __bytes__(self):
        return b"raw!"

print(b"GET %s HTTP/1.0\r\n" % b"/index.html")
print(b"[%5s|%-5s|%.2s|%-6.3b]" % (b"ab", b"cd", b"efgh", bytearray(b"ijkl")))
print(b"%s %b %s" % (memoryview(b"mv"), Raw(), bytearray(b"ba")))
print(b"%r %a %r" % ("caf\u00e9", "\u2603", b"x"))
print(b"%c%c%c" % (72, b"i", bytearray(b"!")))
print(b"%d %5.1f %x %o %X %+d %05d %i %u" % (42, 2.25, 255, 8, 255, 7, -3, 3.9, 6))
print(b"%(name)s=%(n)d" % {b"name": b"k", b"n": 9})
print(b"a\x00b %s \x00" % b"\x00c")
print(bytearray(b"%s-%s") % (b"x", b"y"), b"100%%" % (), b"" % ())
print(b"%s" % (b"single",), b"%s" % b"bare")
for fmt, args in ((b"%s", "text"), (b"%s", 3), (b"%c", 256), (b"%c", b"ab"), (b"%c", "x"),
                  (b"%d", b"1"), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%", ()),
                  (b"%(k)s", {b"j": 1}), (b"%y", 1), (b"%(k", {b"k": 1})):
    try:
        print(fmt % args)
    except Exception as e:
        print(type(e).__name__ + ":", e)
