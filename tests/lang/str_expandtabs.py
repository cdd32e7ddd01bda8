print(repr("a\tb".expandtabs()), repr("\tx\n\ty".expandtabs(4)), repr("é\tb".expandtabs(3)), repr("a\tb".expandtabs(0)), repr("a\tb".expandtabs(-1)), repr("ab\r\tc".expandtabs(tabsize=2)))
print(repr("x\t".expandtabs(100)))
try:
    "x".expandtabs("a")
except TypeError as e: print(e)
print(repr("".expandtabs()), repr("no tabs".expandtabs(4)), repr("\t\t".expandtabs(3)))
print(repr("12345\t|\n1\t|".expandtabs(4)))
