# Freeing a very deep chain of objects must not overflow the C stack.
x = None
for i in range(200000):
    x = [x]
print("built nested lists")
x = None
print("freed nested lists")
class Node:
    def __init__(self, nxt):
        self.nxt = nxt
head = None
for i in range(200000):
    head = Node(head)
print("built node chain")
head = None
print("freed node chain")
t = ()
for i in range(100000):
    t = (t, i)
d = {}
for i in range(100000):
    d = {"next": d}
t = d = None
print("freed tuples and dicts")
