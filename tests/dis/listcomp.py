squares = [x * x for x in range(10)]
evens = [x for x in data if x % 2 == 0]
pairs = [(i, j) for i in range(3) for j in range(i) if i != j]

def in_function(items):
    return [str(item) for item in items]
