# Adjacent literals are concatenated at compile time.
print("a" "b" 'c')
print("x" """y""" 'z')
print(r"\n" "\n".replace("\n", "<NL>"))
print(b"ab" b"cd")
x = ("one "
     "two "
     "three")
print(x, len(x))
print("f" f"{1+1}" "g")
