def lookup(d, k):
    try:
        return d[k]
    except KeyError as e:
        raise ValueError("no such key") from e

lookup({}, "x")
