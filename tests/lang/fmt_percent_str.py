# %-formatting: %s and %r, tuples versus single values.
print("%s and %s" % ("a", "b"))
print("%s" % "single", "%s" % 42, "%s" % None, "%s" % [1, 2], "%s" % (1,))
print("%r %r %r" % ("str", 1, [1, "a"]))
print("[%10s] [%-10s] [%.2s] [%10.2s] [%-5r]" % ("right", "left", "truncate", "ab12", "x"))
print("%s" % ((1, 2),), "%s %s" % (1, (2, 3)))
print("%s|%s|%s" % (True, 1.5, b"by"))
print("%s" % {"k": "v"})
class P:
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
print("%s %r" % (P(), P()))
name, n = "x", 3
print("name=%s n=%d hex=%x pct=%d%%" % (name, n, n * 100, 50))
print("no format args" % ())
s = "%s-%s"
print(s % ("a", "b"))
