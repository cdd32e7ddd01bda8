# return: values, tuples, early exit, from inside loops.
def pair():
    return 1, 2
print(pair(), type(pair()).__name__)
a, b = pair()
print(a, b)
def first_even(lst):
    for x in lst:
        if x % 2 == 0:
            return x
    return None
print(first_even([1, 3, 4, 6]), first_even([1, 3]))
def bare():
    return
print(bare())
def nested_loops():
    for i in range(3):
        j = 0
        while True:
            if i * j == 2:
                return i, j
            j += 1
            if j > 5:
                break
    return "none"
print(nested_loops())
def returns_function():
    def inner():
        return "inner result"
    return inner
print(returns_function()())
