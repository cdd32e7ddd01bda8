# Locals die when the function returns; returned objects survive.
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def f():
    local = T("local")
    kept = T("returned")
    print("returning")
    return kept
r = f()
print("back in caller with", r.name)
def g(arg):
    print("in g")
g(T("argument"))
print("after g")
def loop():
    for i in range(3):
        item = T("item" + str(i))
    print("loop done")
loop()
print("after loop()")
r = None
print("end")
