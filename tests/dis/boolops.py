a = x and y
b = x or y or z
c = not x
d = x and not y
if a and b or c:
    print(1)
if not (a or b):
    print(2)
if not x in y:
    print(3)
e = x if y else z
if (x if y else z):
    pass
