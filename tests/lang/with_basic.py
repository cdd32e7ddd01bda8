# with: __enter__/__exit__ order and the `as` value.
class Ctx:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et)
        return False
with Ctx("a") as v:
    print("body sees", v)
print("after")
with Ctx("no-as"):
    print("body without as")
with Ctx("outer") as o:
    with Ctx("inner") as i:
        print("nested", o, i)
def early():
    with Ctx("return"):
        return "returned value"
print(early())
for n in range(3):
    with Ctx("loop" + str(n)):
        if n == 1:
            break
class Self:
    def __enter__(self):
        return self
    def __exit__(self, a, b, c):
        print("exit args are None:", a is None, b is None, c is None)
s = Self()
with s as t:
    print("as binds __enter__ result:", t is s)
