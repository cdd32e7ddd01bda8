try:
    [][0]
except IndexError:
    raise ValueError("while handling")
