# Unary minus, plus and invert.
x = 5
print(-x, +x, ~x, -(-x), ~~x, - - x)
print(-0, +0, ~0, ~-1, ~255)
print(-1.5, +1.5, -(-1.5), -0.0)
print(-True, +True, ~True, ~False)
print(not x, not 0, not not x)
y = -9223372036854775807
print(-y, ~y)
try:
    -"s"
except TypeError as e:
    print("TypeError:", e)
try:
    ~1.5
except TypeError as e:
    print("TypeError:", e)
