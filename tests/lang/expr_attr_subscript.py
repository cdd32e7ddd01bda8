# Attribute and subscript expressions, nested.
class Node:
    def __init__(self, val, nxt=None):
        self.val = val
        self.nxt = nxt
chain = Node(1, Node(2, Node(3)))
print(chain.val, chain.nxt.val, chain.nxt.nxt.val, chain.nxt.nxt.nxt)
grid = [[1, 2, 3], [4, 5, 6]]
print(grid[1][2], grid[-1][-3], grid[0])
d = {"a": {"b": [10, 20, {"c": "deep"}]}}
print(d["a"]["b"][2]["c"], d["a"]["b"][-2])
print("hello"[1], "hello"[-1], (1, 2, 3)[1], b"xyz"[0], range(10, 20)[3])
t = (Node(5),)
print(t[0].val)
m = {1: "int key", 1.5: "float key", (1, 2): "tuple key", "s": "str key", None: "none key", True: "bool key"}
print(m[1], m[1.5], m[(1, 2)], m["s"], m[None], m[1.0])
print(len(m))
print("abc".upper().lower().replace("b", "B")[1])
