def check(v):
    if v < 0:
        raise ValueError
    return v
check(1)
check(-1)
