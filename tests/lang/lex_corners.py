# Lexer corners: non-ASCII identifiers, every string prefix combination, underscores in literals,
# ';' after a one-line suite, trailing commas, comments inside brackets.
café = "unicode identifier"
print(café)
x = rf"raw f {1 + 1} \n"
print(x, Rb"\x" == b"\\x", bR"a", Br"b", fR"{2}")
print(0xDEAD_BEEF, 0O_17 if False else 0o1_7, 1_0.0_1, 1e-0_1 if False else 1e1_0)
print('''a'b''' + """c"d""")
print("tab\there", 'quote\'s', "nul\0end".replace("\0", "0"))
if True: pass; x = 5
print(x)
y = [1,
2,
  3]; print(y)
z = {  # comment
 'k': 1 }
print(z)
def f(a,): return a
print(f(1,))
print(1 if True else 2, (1,), [1,][0])
