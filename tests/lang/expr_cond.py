# Conditional expressions.
for n in [-1, 0, 1]:
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
x = 10
y = x * 2 if x > 5 else x / 2
print(y)
log = []
def side(v):
    log.append(v)
    return v
r = side("yes") if True else side("no")
print(r, log)
print([i if i % 2 else -i for i in range(5)])
print((lambda v: "big" if v > 100 else "small")(101))
print(1 if [] else 2, 1 if [0] else 2)
