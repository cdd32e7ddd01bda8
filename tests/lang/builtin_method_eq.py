# Bound methods of built-in types compare and hash by their function and object.
l, m = [], []
print(l.append == l.append, l.append != l.append, l.append == m.append, l.append == l.extend)
print(hash(l.append) == hash(l.append), len({l.append, l.append, m.append}))
callbacks = [l.append, m.append]
callbacks.remove(l.append)
print(callbacks == [m.append], len == len, print == len, {}.get == {}.get)
