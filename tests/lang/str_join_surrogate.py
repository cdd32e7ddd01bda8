# str.join keeps lone surrogates as + does (json builds strings with join).
hi, lo = chr(0xd83d), chr(0xde00)
for s in ("".join([hi, "x"]), "-".join([hi, lo]), "".join([lo]), "é".join(["a", hi, "€"])):
    print(repr(s), len(s), [hex(ord(c)) for c in s])
print("".join([hi, lo]) == hi + lo, "".join([hi, lo]) == "\U0001f600")
