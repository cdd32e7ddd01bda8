total = 0
for i in [1, 2, 3]:
    total += i
for k, v in pairs.items():
    if v is None:
        continue
    if k == "stop":
        break
    print(k, v)
else:
    print("finished")
for ch in "abc":
    pass
