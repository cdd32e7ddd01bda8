def loops(n):
    i = 0
    while i < n:
        i += 1
        if i == 3:
            continue
        if i == 7:
            break
    else:
        print("no break")
    while True:
        n -= 1
        if n < 0:
            break
    while 1:
        return i
