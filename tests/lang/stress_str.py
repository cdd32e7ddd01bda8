# Building, splitting and searching larger strings.
parts = []
for i in range(2000):
    parts.append(str(i * i))
s = ",".join(parts)
print(len(s), s[:40], s[-20:])
back = s.split(",")
print(len(back), back[1234], back == parts)
print(s.find("1522756"), s.find("nope"), s.startswith("0,1,4"), s.endswith("3996001"))
t = ""
for i in range(3000):
    t += chr(97 + i % 26)
print(len(t), t[:30], t.upper()[-5:], t.replace("abc", "-")[:20])
u = "日本語" * 500
print(len(u), u[700:706], len(u.encode()), u.encode().decode() == u)
lines = "\n".join(["line %d" % i for i in range(500)])
print(len(lines.split("\n")), lines.split("\n")[250], len(lines.split()))
print("%s|%5d|%-8s|%.3f" % ("x" * 10, 42, "left", 2.0 / 3) * 2)
