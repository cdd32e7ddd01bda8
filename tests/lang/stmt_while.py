# while with break, continue and else.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i", i)
else:
    print("else runs when the condition turns false")
j = 0
while True:
    j += 1
    if j > 3:
        break
print("j", j)
k = 0
while k < 10:
    if k == 4:
        break
    k += 1
else:
    print("not printed")
print("k", k)
n = 0
while n < 0:
    print("never")
else:
    print("else of a loop that never ran")
outer = 0
while outer < 3:
    inner = 0
    while inner < 3:
        if inner == outer:
            break
        inner += 1
    print(outer, inner)
    outer += 1
