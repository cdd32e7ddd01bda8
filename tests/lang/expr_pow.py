# The power operator.
print(2 ** 0, 2 ** 1, 2 ** 62, 3 ** 39)
print(-3 ** 2, (-3) ** 3, (-1) ** 1001)
print(2 ** -3, 10 ** -2, 2.0 ** 3, 9 ** 0.5, 0.5 ** 2)
print(0 ** 5, 1 ** 10000, (-1) ** 0)
print(type(2 ** 3).__name__, type(2 ** -3).__name__)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
x = 3
x **= 2
print(x)
print(2 ** 2 ** 3)
