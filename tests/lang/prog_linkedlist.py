# A linked list and a binary search tree built from instances.
class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.nxt = nxt
class LinkedList:
    def __init__(self):
        self.head = None
        self.size = 0
    def push(self, v):
        self.head = Node(v, self.head)
        self.size += 1
    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            nxt = cur.nxt
            cur.nxt = prev
            prev = cur
            cur = nxt
        self.head = prev
    def to_list(self):
        out = []
        cur = self.head
        while cur:
            out.append(cur.value)
            cur = cur.nxt
        return out
    def __len__(self):
        return self.size
ll = LinkedList()
for i in range(6):
    ll.push(i * i)
print(ll.to_list(), len(ll))
ll.reverse()
print(ll.to_list())
class Tree:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None
    def insert(self, key):
        if key < self.key:
            if self.left is None:
                self.left = Tree(key)
            else:
                self.left.insert(key)
        else:
            if self.right is None:
                self.right = Tree(key)
            else:
                self.right.insert(key)
    def inorder(self, out):
        if self.left:
            self.left.inorder(out)
        out.append(self.key)
        if self.right:
            self.right.inorder(out)
        return out
    def height(self):
        lh = self.left.height() if self.left else 0
        rh = self.right.height() if self.right else 0
        return 1 + max(lh, rh)
root = Tree(50)
for k in [30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root.insert(k)
print(root.inorder([]), root.height())
words = Tree("m")
for w in "the quick brown fox jumps over lazy dogs".split():
    words.insert(w)
print(words.inorder([]))
