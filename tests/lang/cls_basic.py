# class: __init__, methods, attributes.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x * self.x + self.y * self.y
    def moved(self, dx, dy=0):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.norm2())
q = p.moved(1)
print(q.x, q.y, p.x)
r = p.moved(dy=10, dx=0)
print(r.x, r.y)
p.x = 30
print(p.x, p.norm2())
p.label = "new attribute"
print(p.label)
class Empty:
    pass
e = Empty()
print(type(e).__name__, type(Point).__name__)
m = p.norm2
print(type(m).__name__, m())
print(Point.norm2(q))
try:
    p.missing
except AttributeError as ex:
    print("AttributeError:", ex)
class NoInit:
    def hello(self):
        return "hello from " + type(self).__name__
print(NoInit().hello())
