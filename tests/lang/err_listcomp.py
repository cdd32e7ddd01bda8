def inverse(values):
    return [1 / v for v in values]

print(inverse([1, 2]))
print(inverse([1, 0]))
