# str methods over edge inputs: empty strings, separators at the ends, repeats, Unicode.
subjects = ["", " ", "a", "abc", "  a b  ", "a,b,,c,", ",", "aaa", "héllo wörld", "日本 語", "\tx\ny\r\n", "abcabc"]
args = ["", "a", ",", "b", "ab", "bc", "é", "本", " ", "abc", "aa", "x"]
for s in subjects:
    print(repr(s), "split()", s.split(), "strip()", repr(s.strip()), "upper/lower", s.upper(), s.lower())
    row = []
    for a in args:
        item = [s.find(a), s.startswith(a), s.endswith(a), a in s, s.replace(a, "<>") if a else s.replace("", "|")]
        if a:
            item.append(s.split(a))
            item.append(repr(s.strip(a)))
        row.append(item)
    for a, item in zip(args, row):
        print("   ", repr(a), item)
print("-".join([]), "-".join(["x"]), "".join(["a", "", "b"]), " ".join("日本"))
print("a".replace("a", "aa").replace("aa", "a"), "aaaa".replace("aa", "b"), "abc".replace("", "-"))
print("abc".find("c", 1), "abc".find("c", 3), "abc".find("", 3), "abc".find("", 4), "abc".find("a", -3))
