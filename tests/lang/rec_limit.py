# Unbounded recursion raises RecursionError; the program carries on afterwards.
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print("still works:", count(500))
try:
    forever(0)
except RuntimeError as e:
    print("caught again as RuntimeError:", type(e).__name__)
class R:
    def method(self):
        return self.method()
try:
    R().method()
except RecursionError:
    print("method recursion: RecursionError")
def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(1)
except RecursionError:
    print("mutual recursion: RecursionError")
print("end")
