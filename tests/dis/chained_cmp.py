def between(a, b, c):
    return a < b < c

def check(x):
    if 0 <= x < 10 and x != 5:
        return True
    return 1 < x <= 2 == x

ok = 1 < 2 < 3
