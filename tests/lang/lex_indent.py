# Indentation: nested blocks, blank lines and comments at odd columns.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:

        return "zero"
  # a comment at a column that matches no block
    else:
        if n % 2 == 0:
                return "even"      # deeper than needed is fine
        else:
            return "odd"

for v in [-3, 0, 4, 7]:
    print(v, classify(v))

if True:
    x = 1
    if x:
        y = 2
        if y:
            z = 3
print(x, y, z)          # three dedents at once
if x: print("one-line suite")
while x < 4: x += 1
print(x)
for i in range(2): print("i", i); print("same line", i)
class K: pass
print(type(K()).__name__)
