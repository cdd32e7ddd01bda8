def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        kind = "small"
    else:
        kind = "large"
    return kind

if 0:
    print("never")
if 1:
    print("always")
else:
    print("dead")
print(classify(5))
