# Destruction order follows reference drops; __del__ sees its attributes intact.
class T:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
    def __del__(self):
        print("del", self.name, "child:", self.child.name if self.child else None)
root = T("root", T("mid", T("leaf")))
print("drop root")
root = None
print("list order")
lst = [T("first"), T("second"), T("third")]
lst = None
print("swap")
a = T("A")
b = T("B")
a, b = b, a
print("after swap:", a.name, b.name)
a = b = None
print("end")
