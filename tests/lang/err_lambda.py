f = lambda x: x + "suffix"
print("calling")
f(1)
