# str operators, comparison, repr quoting, str() of containers.
a = "abc"
print(a + "def", a * 2, 2 * a, a * 0, a * -1)
print(a == "abc", a != "abd", a < "abd", "Z" < "a", "abc" > "ab")
print("b" in a, "bc" in a, "ac" in a)
print(len(a), a[0], a[-1], a[1:])
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("back\\slash"))
print(repr("tab\tnew\nline"), repr("\x1b"), repr("é"))
print(str([1, "a", 'b"c']), str({"k": "v"}), str(("t",)))
print(str(None), str(True), str(1.5), str(-3))
s = "immutable"
try:
    s[0] = "I"
except TypeError as e:
    print("TypeError:", e)
print(s, "".join([s[0].upper(), s[1:]]))
t = "x"
t += "y"
print(t)
print(str(), repr(""), len(str()))
