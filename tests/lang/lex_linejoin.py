# Implicit line joining inside brackets, explicit with backslash.
total = (1 +
         2 +
    3)
print(total)
items = [
    "a",
    "b",
]
print(items)
d = {
    "x": 1,
        "y": 2,
}
print(d)
def f(a,
      b,
      c=3):
    return a + b + c
print(f(1,
        2))
n = 1 + \
    2 + \
    3
print(n)
if n == 6 and \
   total == 6:
    print("backslash in condition")
s = "abc" \
    "def"
print(s)
t = ("implicit "
     "concatenation")
print(t)
print(f(1, 2,
c=10))
