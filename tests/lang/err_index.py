def get(lst, i):
    return lst[i]

def outer():
    return get([1, 2, 3], 10)

outer()
