# str methods in the subset.
s = "  Hello, World  "
print(repr(s.strip()), repr(s.strip(" Hd")), repr("xxhixx".strip("x")), repr("\t\n a \n".strip()))
print(s.upper(), s.lower(), "MiXeD".upper(), "MiXeD".lower(), "é".upper())
print("a,b,,c".split(","), "a b  c\td\n".split(), "".split(), "".split(","), "abc".split("b"))
print("one two three".split(" "), "a--b--c".split("--"), "no sep".split("x"))
print("-".join(["a", "b", "c"]), "".join(["x", "y"]), ", ".join([]), "+".join("abc"))
print("hello".replace("l", "L"), "aaa".replace("a", "bb"), "abc".replace("x", "y"), "abab".replace("ab", ""))
print("hello".find("l"), "hello".find("lo"), "hello".find("z"), "hello".find(""), "hello".find("h", 1))
print("hello".startswith("he"), "hello".startswith("lo"), "hello".endswith("lo"), "hello".endswith(""))
print("héllo".encode(), "abc".encode(), type("x".encode()).__name__)
print("{} and {}".format("x", "y"), "{1}{0}".format("a", "b"))
try:
    ",".join(["a", 1])
except TypeError as e:
    print("TypeError:", e)
try:
    "abc".split("")
except ValueError as e:
    print("ValueError:", e)
