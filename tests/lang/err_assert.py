def positive(n):
    assert n > 0, "n must be positive"
    return n

positive(5)
positive(0)
