def counter(start):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get

def outer():
    x = 1
    def middle():
        def inner():
            return x
        return inner
    return middle
